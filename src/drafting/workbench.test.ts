import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { unzipSync, strFromU8 } from 'fflate';
import type { UserActor } from '../accounts/actor.ts';
import { testDb, type TestDatabase } from '../testing/database.ts';
import { actorFor } from '../testing/factories.ts';
import { AppError } from '../foundation/errors.ts';
import { runChecks } from './checksPanel.ts';
import { compilation } from './compilation.ts';
import { createDraft } from './commands/createDraft.ts';
import { seedDemo } from './demo.ts';
import { decideAmendment } from './commands/decideAmendment.ts';
import { versionDocx } from './docx.ts';
import { editParagraph } from './commands/editParagraph.ts';
import { importAgreedLanguage } from './commands/importAgreedLanguage.ts';
import { issueVersion } from './commands/issueVersion.ts';
import { labelParagraph } from './commands/labelParagraph.ts';
import { proposeAmendment } from './commands/proposeAmendment.ts';
import { draftById, paragraphsOf } from './queries.ts';
import { reactToAmendment } from './commands/reactToAmendment.ts';
import { agreedLanguageIndexFor } from './agreedLanguageCache.ts';
import { versionDiff } from './versionDiff.ts';

let t: TestDatabase;
const as: Record<string, UserActor> = {};
const enc = (s: string) => new TextEncoder().encode(s);
const AGREED = `1. The Group met in good faith and adopted this report by consensus after three sessions of discussion.
2. States should not conduct or knowingly support ICT activity that intentionally damages critical infrastructure or otherwise impairs its use.
3. States reaffirmed that international law, and in particular the Charter of the United Nations, is applicable to the ICT environment.`;

async function rejects(p: Promise<unknown>, code: string, status?: number) {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof AppError, `expected AppError ${code}, got ${String(e)}`);
    assert.equal(e.code, code);
    if (status) assert.equal(e.status, status);
    return true;
  });
}

before(async () => {
  t = await testDb();
  for (const email of ['chair', 'secretariat', 'nzl', 'fra', 'mex', 'stakeholder']) {
    as[email] = await actorFor(t.db, `${email}@accord.test`);
  }
});
after(() => t.close());

test('agreed-language import splits UN paragraphs, refuses bad files, and the cached index follows the corpus', async () => {
  const doc = await importAgreedLanguage(t.db, as.secretariat, {
    symbol: 'A/TEST/1',
    title: 'Test agreed report',
    consensus: true,
    filename: 'a.txt',
    bytes: enc(AGREED),
  });
  assert.equal(doc.paragraphs, 3);
  const stored = await t.db.selectFrom('agreed_language_paragraphs').select(['paragraph']).where('document_id', '=', doc.id).orderBy('position').execute();
  assert.deepEqual(
    stored.map((p) => p.paragraph),
    ['1', '2', '3'],
  );
  const first = await agreedLanguageIndexFor(t.db);
  assert.equal(first.documents, 1);
  assert.equal(await agreedLanguageIndexFor(t.db), first, 'unchanged corpus reuses the index');
  await rejects(
    importAgreedLanguage(t.db, as.secretariat, { symbol: 'A/TEST/2', title: 'Empty', filename: 'e.txt', bytes: new Uint8Array() }),
    'upload.empty',
    400,
  );
  await rejects(
    importAgreedLanguage(t.db, as.secretariat, { symbol: 'A/TEST/3', title: 'Binary', filename: 'b.txt', bytes: new Uint8Array([1, 0, 2, 0, 3, 0, 255]) }),
    'upload.binary',
    400,
  );
  await rejects(
    importAgreedLanguage(t.db, as.secretariat, { symbol: 'A/TEST/4', title: 'Huge', filename: 'h.txt', bytes: new Uint8Array(11 * 1024 * 1024).fill(65) }),
    'upload.too_large',
    413,
  );
  await rejects(
    importAgreedLanguage(t.db, as.secretariat, { symbol: 'A/TEST/1', title: 'Again', filename: 'a.txt', bytes: enc(AGREED) }),
    'agreedLanguage.exists',
    409,
  );
  await assert.rejects(importAgreedLanguage(t.db, as.nzl, { symbol: 'A/TEST/5', title: 'By a delegate', filename: 'a.txt', bytes: enc(AGREED) }), /Your role/);
});

test('draft lifecycle: issue freezes, amendments compete, the Chair accepts one, the diff credits it', async () => {
  const d = await createDraft(t.db, as.chair, {
    title: 'Final report',
    paragraphs: [
      { section: 'introduction', text: 'The working group adopted this report by consensus.' },
      {
        section: 'norms',
        text: 'States must not conduct or knowingly support ICT activity that intentionally damages critical infrastructure or otherwise impairs its use.',
      },
      { section: 'international-law', text: 'States reaffirmed that international law is applicable to the ICT environment.' },
    ],
  });
  const zero = await paragraphsOf(t.db, d.versionId);
  assert.deepEqual(
    zero.map((p) => p.number),
    [1, 2, 3],
  );
  assert.deepEqual(
    zero.map((p) => p.section),
    ['introduction', 'international-law', 'norms'],
    'numbered in section order',
  );
  assert.ok(zero[1].pillars.includes('international-law'), `auto pillars: ${zero[1].pillars}`);
  // The delegates cannot see the unissued zero draft.
  await rejects(draftById(t.db, as.nzl, d.id), 'draft.not_found', 404);

  const issued = await issueVersion(t.db, as.chair, d.id);
  assert.deepEqual([issued.issued, issued.next], [0, 1]);
  await assert.rejects(sql`update draft_paragraphs set text = 'tampered' where version_id = ${d.versionId}`.execute(t.db), /issued/);

  const nz = await proposeAmendment(t.db, as.nzl, d.id, {
    version: 0,
    paragraph: 3,
    kind: 'replace',
    text: 'States should not conduct or knowingly support ICT activity that intentionally damages critical infrastructure or otherwise impairs its use.',
    justification: 'Agreed language: norms are voluntary.',
  });
  const fr = await proposeAmendment(t.db, as.fra, d.id, { version: 0, paragraph: 3, kind: 'delete', justification: 'Covered elsewhere.' });
  await reactToAmendment(t.db, as.mex, nz.id, 'cosponsor');
  await reactToAmendment(t.db, as.fra, nz.id, 'object'); // the older word is still understood
  await rejects(reactToAmendment(t.db, as.nzl, nz.id, 'supports'), 'amendment.own', 409);
  await rejects(proposeAmendment(t.db, as.chair, d.id, { version: 0, paragraph: 2, kind: 'delete', justification: 'Chair.' }), 'auth.forbidden', 403);

  const comp = await compilation(t.db, as.nzl, d.id, 0);
  assert.deepEqual(
    comp.rows[2].amendments.map((a) => [a.delegation, a.kind]),
    [
      ['New Zealand', 'replace'],
      ['France', 'delete'],
    ],
  );
  assert.deepEqual(
    comp.rows[2].amendments[0].cosponsors.map((s) => s.iso3),
    ['MEX'],
  );
  assert.deepEqual(
    comp.rows[2].amendments[0].objectors.map((s) => s.iso3),
    ['FRA'],
  );

  await rejects(decideAmendment(t.db, as.secretariat, nz.id, { decision: 'accept' }), 'auth.forbidden', 403);
  await decideAmendment(t.db, as.chair, nz.id, { decision: 'accept' });
  // The paragraph moved on, so France's deletion cannot be accepted blindly; the Chair rejects it.
  await rejects(decideAmendment(t.db, as.chair, fr.id, { decision: 'accept' }), 'amendment.conflict', 409);
  await decideAmendment(t.db, as.chair, fr.id, { decision: 'reject', note: 'No support.' });
  await rejects(decideAmendment(t.db, as.chair, fr.id, { decision: 'accept' }), 'amendment.decided', 409);

  await issueVersion(t.db, as.chair, d.id);
  const diff = await versionDiff(t.db, as.fra, d.id, 0, 1);
  const changed = diff.rows.filter((r) => r.status !== 'unchanged');
  assert.equal(changed.length, 1);
  assert.deepEqual(
    changed[0].ops.filter((o) => o.op !== 'equal'),
    [
      { op: 'delete', text: 'must' },
      { op: 'insert', text: 'should' },
    ],
  );
  assert.equal(changed[0].changes[0].amendmentId, nz.id);
  assert.equal(changed[0].changes[0].delegation, 'New Zealand');

  await rejects(proposeAmendment(t.db, as.fra, d.id, { version: 0, paragraph: 1, kind: 'delete', justification: 'Late.' }), 'amendment.superseded', 409);

  const docx = await versionDocx(t.db, as.fra, d.id, 1);
  const xml = strFromU8(unzipSync(new Uint8Array(docx.bytes))['word/document.xml']);
  assert.match(xml, /<w:ins [^>]*w:author="New Zealand"/);
  assert.match(xml, /<w:del [^>]*w:author="New Zealand"[^>]*>.*?<w:delText[^>]*> must<\/w:delText>/s);
});

test('optimistic locking: the second save of one paragraph gets draft.stale with both texts', async () => {
  const d = await createDraft(t.db, as.secretariat, {
    title: 'Locking test',
    paragraphs: [{ section: 'cbms', text: 'States should nominate points of contact.' }],
  });
  const [p] = await paragraphsOf(t.db, d.versionId);
  await editParagraph(t.db, as.chair, d.id, p.id, { text: 'Chair text.', lockVersion: p.lockVersion });
  await assert.rejects(editParagraph(t.db, as.secretariat, d.id, p.id, { text: 'Secretariat text.', lockVersion: p.lockVersion }), (e: unknown) => {
    assert.ok(e instanceof AppError);
    assert.equal(e.code, 'draft.stale');
    assert.equal(e.status, 409);
    assert.deepEqual([e.fields?.current, e.fields?.yours], ['Chair text.', 'Secretariat text.']);
    return true;
  });
  const history = await t.db.selectFrom('draft_changes').select(['after_text']).where('version_id', '=', d.versionId).orderBy('id').execute();
  assert.deepEqual(
    history.map((h) => h.after_text),
    ['States should nominate points of contact.', 'Chair text.'],
  );
  await labelParagraph(t.db, as.chair, d.id, p.id, { pillars: ['cbms'], elements: [] });
  const [relabelled] = await paragraphsOf(t.db, d.versionId);
  assert.deepEqual([relabelled.pillars, relabelled.byPerson], [['cbms'], true]);
});

test('checks panel on a stored version finds provenance and flags the changed modal', async () => {
  const d = await createDraft(t.db, as.chair, {
    title: 'Checks test',
    paragraphs: [
      {
        section: 'norms',
        text: 'States must not conduct or knowingly support ICT activity that intentionally damages critical infrastructure or otherwise impairs its use.',
      },
    ],
  });
  const { result, timings } = await runChecks(t.db, { id: d.versionId }, { process: null });
  const s = result.sentences.find((x) => x.paragraph === '1')!;
  assert.equal(s.match?.symbol, 'A/TEST/1');
  assert.equal(s.match?.paragraph, '2');
  assert.ok(
    s.flags.some((f) => f.kind === 'modal-changed'),
    JSON.stringify(s.flags),
  );
  assert.ok(timings.checkMs >= 0);
});

test('the demo seeds a corpus, an issued zero draft and one amendment, once', async () => {
  const r = await seedDemo(t.db);
  assert.equal(r.seeded, true);
  assert.deepEqual(await seedDemo(t.db), { seeded: false });
  const { versions } = await draftById(t.db, as.fra, r.draftId!);
  assert.deepEqual(
    versions.map((v) => [v.number, v.status]),
    [[0, 'issued']],
  );
  const comp = await compilation(t.db, as.fra, r.draftId!, 0);
  assert.equal(comp.total, 1);
});
