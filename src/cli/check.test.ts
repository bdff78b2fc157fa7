import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { referenceFromText, register, runCheck } from './check.ts';

const AGREED = `Symbol: A/TEST/5
Consensus: yes
1. States should exchange contact details of their national incident teams through a shared directory that is kept up to date.
2. States should not knowingly permit their networks to be used to harm the essential services of another State.`;

async function fixture() {
  const dir = await mkdtemp(join(tmpdir(), 'accord-check-'));
  await mkdir(join(dir, 'refs', 'nested'), { recursive: true });
  await writeFile(join(dir, 'refs', 'nested', 'agreed.txt'), AGREED);
  await writeFile(join(dir, 'refs', 'notes.csv'), 'ignored,file');
  await writeFile(join(dir, 'draft.txt'), '1. States must not knowingly permit their networks to be used to harm the essential services of another State.\n');
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42, 0x00, 0xff]));
  return dir;
}

test('accord check --json reports provenance and flags from a reference folder', async () => {
  const dir = await fixture();
  try {
    const out = await runCheck(join(dir, 'draft.txt'), { agreedLanguage: [join(dir, 'refs')], json: true });
    assert.equal(out.exitCode, 0, out.stderr);
    const result = JSON.parse(out.stdout);
    assert.equal(result.sentences[0].match.symbol, 'A/TEST/5', 'the Symbol: line wins over the file name');
    assert.equal(result.sentences[0].match.paragraph, '2');
    assert.ok(result.sentences[0].flags.some((f: { kind: string }) => f.kind === 'modal-changed'));
    assert.deepEqual(
      result.sentences[0].sources.map((x: { paragraph: string }) => x.paragraph),
      ['2'],
      'sources holds the primary too',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('accord check reports every source of a spliced sentence, and a line without a full stop stays its own paragraph', async () => {
  const dir = await fixture();
  try {
    await writeFile(
      join(dir, 'spliced.txt'),
      [
        'States should exchange contact details of their national incident teams through a shared directory',
        'States should exchange contact details of their national incident teams; States should not knowingly permit their networks to be used to harm the essential services of another State.',
      ].join('\n'),
    );
    const out = await runCheck(join(dir, 'spliced.txt'), { agreedLanguage: [join(dir, 'refs')], json: true });
    assert.equal(out.exitCode, 0, out.stderr);
    const [first, second] = JSON.parse(out.stdout).sentences;
    assert.deepEqual(
      first.sources.map((x: { paragraph: string }) => x.paragraph),
      ['1'],
      'the first line is not read into the second',
    );
    assert.deepEqual(second.sources.map((x: { paragraph: string }) => x.paragraph).sort(), ['1', '2']);
    assert.equal(second.match.paragraph, second.sources[0].paragraph);
    for (const x of second.sources) assert.ok(x.sentenceSpan.end > x.sentenceSpan.start && typeof x.sourceText === 'string');
    const text = await runCheck(join(dir, 'spliced.txt'), { agreedLanguage: [join(dir, 'refs')] });
    assert.match(text.stdout, /← A\/TEST\/5 para\. 1 \(100%\) for “States should exchange contact details of their national incident teams”/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('accord check refuses empty, binary and missing files with a code on stderr and exit 2', async () => {
  const dir = await fixture();
  try {
    const empty = await runCheck(join(dir, 'empty.txt'), { agreedLanguage: [join(dir, 'refs')] });
    assert.equal(empty.exitCode, 2);
    assert.match(empty.stderr, /^error check\.empty_draft: /);
    const binary = await runCheck(join(dir, 'draft.txt'), { agreedLanguage: [join(dir, 'binary.txt')] });
    assert.match(binary.stderr, /^error upload\.binary: /);
    const missing = await runCheck(join(dir, 'nope.txt'), {});
    assert.match(missing.stderr, /^error check\.not_found: /);
    const share = await runCheck(join(dir, 'draft.txt'), { minPillarShare: 'lots' });
    assert.match(share.stderr, /^error check\.invalid_option: /);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a reference symbol comes from a Symbol line, a symbol on the first line, or the file name', () => {
  assert.equal(referenceFromText('Symbol: A/70/174\n1. Text.', 'x.txt').symbol, 'A/70/174');
  const first = referenceFromText('A/RES/70/237\n1. Text.', 'x.txt');
  assert.equal(first.symbol, 'A/RES/70/237');
  assert.ok(!first.text.includes('A/RES/70/237'));
  assert.equal(referenceFromText('Report of the Group\n1. Text.', '/r/gge-2015.txt').symbol, 'gge-2015');
  assert.equal(referenceFromText('Consensus: yes\n1. Text.', 'a.txt').consensus, true);
});

test('register adds the check command with its options', () => {
  const program = new Command('accord');
  register(program);
  const check = program.commands.find((c) => c.name() === 'check');
  assert.ok(check);
  assert.deepEqual(check.options.map((o) => o.long).sort(), ['--agreed-language', '--json', '--min-pillar-share', '--reference', '--stance-map']);
  assert.doesNotMatch(check.helpInformation(), /--reference/, 'the earlier name works but is not offered');
});

test('--reference, the earlier name of --agreed-language, still reads agreed language', async () => {
  const program = new Command('accord').exitOverride();
  register(program);
  const check = program.commands.find((c) => c.name() === 'check')!;
  check.parseOptions(['--reference', 'a', '--agreed-language', 'b']);
  assert.deepEqual(check.opts(), { reference: ['a'], agreedLanguage: ['b'], minPillarShare: '0.08' });
});
