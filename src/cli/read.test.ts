import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Command } from 'commander';
import { Document, Packer, Paragraph } from 'docx';
import type { Reading } from '../text/records/types.ts';
import { contractOf, register, type ReadIo } from './read.ts';

const REPORT = [
  'Third meeting of the working group',
  'Event report',
  'The meeting discussed the topic of capacity-building.',
  'The representative of Kenya stated that capacity-building must be demand-driven. Kenya proposed a regional training network for incident responders.',
  'Chile underlined that funding remains the main gap. Chile supported the proposal made by Kenya.',
  'There is a need to coordinate donors to avoid duplication.',
].join('\n');

async function run(args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  let code = 0;
  const io: ReadIo = {
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
    setExitCode: (c) => {
      code = c;
    },
  };
  const program = new Command('accord').exitOverride();
  register(program, io);
  await program.parseAsync(['node', 'accord', ...args]);
  return { out, err, code };
}

test('accord read --json prints the contract', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'accord-read-'));
  try {
    const file = join(dir, 'report.txt');
    await writeFile(file, REPORT);
    const r = await run(['read', file, '--json']);
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out);
    assert.deepEqual(Object.keys(json), ['statements', 'unattributed', 'proposals']);
    assert.deepEqual(
      json.statements.map((s: { speaker: string; paragraphs: number[] }) => [s.speaker, s.paragraphs]),
      [
        ['KEN', [4]],
        ['CHL', [5, 6]],
      ],
    );
    assert.deepEqual(Object.keys(json.statements[0]), [
      'order',
      'speaker',
      'speakerKind',
      'paragraphs',
      'sentences',
      'tookFloorAgain',
      'pillars',
      'elements',
      'stances',
    ]);
    assert.equal(json.statements[0].speakerKind, 'state');
    // Each statement's run of sentences starts and ends in the paragraphs it lists.
    for (const s of json.statements as Array<{
      paragraphs: number[];
      sentences: { from: { paragraph: number; sentence: number }; to: { paragraph: number; sentence: number } };
    }>) {
      assert.equal(s.sentences.from.paragraph, s.paragraphs[0]);
      assert.equal(s.sentences.to.paragraph, s.paragraphs[s.paragraphs.length - 1]);
      assert.ok(s.sentences.from.sentence >= 1 && s.sentences.to.sentence >= 1);
    }
    assert.deepEqual(json.statements[0].sentences.from, { paragraph: 4, sentence: 1 });
    assert.deepEqual(json.unattributed, []);
    assert.ok(json.statements[0].pillars.includes('capacity-building'));
    assert.equal(json.proposals[0].by, 'KEN');
    assert.deepEqual(json.proposals[0].supportedBy, ['CHL']);

    const text = await run(['read', file, '--kind', 'event-report']);
    assert.match(text.out, /KEN/);
    assert.match(text.out, /supported by CHL/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('accord read reports bad input as a coded error with exit code 2', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'accord-read-'));
  try {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const r = await run(['read', empty, '--json']);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /^error upload\.empty: /);

    const missing = await run(['read', join(dir, 'missing.txt')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /^error read\.file_not_found: /);

    const badKind = await run(['read', empty, '--kind', 'novel']);
    assert.equal(badKind.code, 2);
    assert.match(badKind.err, /^error read\.invalid_kind: /);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('accord read reads a DOCX through the same pipeline', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'accord-read-'));
  try {
    const doc = new Document({ sections: [{ children: REPORT.split('\n').map((line) => new Paragraph(line)) }] });
    const file = join(dir, 'report.docx');
    await writeFile(file, new Uint8Array(await Packer.toBuffer(doc)));
    const r = await run(['read', file, '--json']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(
      JSON.parse(r.out).statements.map((s: { speaker: string }) => s.speaker),
      ['KEN', 'CHL'],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the contract carries sentence runs, joint speakers, persons, support of a proposal and unattributed sentences', () => {
  const base = { tookFloorAgain: false, pillars: [], elements: [], stances: [], tags: [], speakerCue: '' };
  const reading: Reading = {
    kind: 'event-report',
    mentions: {},
    agenda: [],
    warnings: [],
    statements: [
      {
        ...base,
        order: 1,
        speaker: 'CUB',
        speakerKind: 'state',
        paragraphs: [3],
        sentences: { from: { paragraph: 3, sentence: 2 }, to: { paragraph: 3, sentence: 3 } },
        joint: ['NIC'],
        span: { start: 40, end: 90 },
      },
      {
        ...base,
        order: 2,
        speaker: 'NIC',
        speakerKind: 'state',
        paragraphs: [3],
        sentences: { from: { paragraph: 3, sentence: 2 }, to: { paragraph: 3, sentence: 3 } },
        joint: ['CUB'],
        span: { start: 40, end: 90 },
      },
      {
        ...base,
        order: 3,
        speaker: 'person:jane-doe',
        speakerKind: 'person',
        person: { name: 'Jane Doe', affiliation: 'Cyber Institute' },
        paragraphs: [4, 5],
        sentences: { from: { paragraph: 4, sentence: 1 }, to: { paragraph: 5, sentence: 1 } },
        span: { start: 100, end: 180 },
      },
      {
        ...base,
        order: 4,
        speaker: 'AUS',
        speakerKind: 'state',
        paragraphs: [6],
        sentences: { from: { paragraph: 6, sentence: 3 }, to: { paragraph: 6, sentence: 3 } },
        supportsProposal: 0,
        span: { start: 220, end: 250 },
      },
    ],
    unattributed: [{ at: { paragraph: 7, sentence: 2 }, span: { start: 300, end: 340 }, cue: 'Ruritania' }],
    proposals: [{ by: 'MEX', paragraph: 6, summary: 'a registry', supportedBy: ['AUS'], opposedBy: [], span: { start: 190, end: 219 } }],
  };
  const c = contractOf(reading);
  assert.deepEqual(c.statements[0], {
    order: 1,
    speaker: 'CUB',
    speakerKind: 'state',
    paragraphs: [3],
    sentences: { from: { paragraph: 3, sentence: 2 }, to: { paragraph: 3, sentence: 3 } },
    joint: ['NIC'],
    tookFloorAgain: false,
    pillars: [],
    elements: [],
    stances: [],
  });
  assert.deepEqual(c.statements[2]!.person, { name: 'Jane Doe', affiliation: 'Cyber Institute' });
  assert.equal(c.statements[2]!.speakerKind, 'person');
  assert.equal(c.statements[3]!.supportsProposal, 0);
  assert.ok(!('supportsProposal' in c.statements[0]!) && !('joint' in c.statements[2]!));
  assert.deepEqual(c.unattributed, [{ at: { paragraph: 7, sentence: 2 }, cue: 'Ruritania' }]);
  // The JSON is stable: a reading prints the same every time.
  assert.equal(JSON.stringify(contractOf(reading)), JSON.stringify(c));
});
