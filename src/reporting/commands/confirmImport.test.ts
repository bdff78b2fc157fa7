import assert from 'node:assert/strict';
import { strToU8 } from 'fflate';
import { sql } from 'kysely';
import { after, before, test } from 'node:test';
import { testApp } from '../../testing/app.ts';
import { cancelImport } from './cancelImport.ts';
import { confirmImport } from './confirmImport.ts';
import { IMPORT_TTL_MS } from '../importReport.ts';
import { previewImport } from './previewImport.ts';
import { saveDraft } from './saveDraft.ts';
import { startReport } from './startReport.ts';
import { deflateBomb, rawZip } from '../testZip.ts';
import { demoActors, testCycle } from '../../testing/factories.ts';
import { codeOf, lockOf } from '../testing.ts';

let app: Awaited<ReturnType<typeof testApp>>;
let A: Awaited<ReturnType<typeof demoActors>>;
let cycleId: number;
before(async () => {
  app = await testApp();
  A = await demoActors(app.db);
  cycleId = (await testCycle(app.db, { title: 'Confirmation survey' })).id;
});
after(() => app.close());

const json = (v: unknown) => strToU8(JSON.stringify(v));

/** Six answered fields: norm-a, norm-b and norm-c each with a status and measures. */
const sixAnswers = {
  elements: Object.fromEntries(['norm-a', 'norm-b', 'norm-c'].map((id) => [id, { status: 'implemented', measures: `Measures for ${id}.` }])),
};

async function draftWithSix(actor = A.nzl) {
  const r = await startReport(app.db, actor, cycleId);
  const s = await saveDraft(app.db, actor, r.id, {
    lockVersion: await lockOf(app.db, r.id),
    answers: sixAnswers,
  });
  return { id: r.id, lock: s.lockVersion };
}
const draftOf = async (id: number) =>
  await app.db.selectFrom('national_reports').select(['draft_answers', 'lock_version']).where('id', '=', id).executeTakeFirstOrThrow();

test('an upload that empties more than half of the answers is saved only with an explicit confirmation; cancelling keeps the draft', async () => {
  const r = await draftWithSix();
  // Keeps norm-a only: four of six answers emptied.
  const p = await previewImport(app.db, A.nzl, r.id, 'json', json({ elements: { 'norm-a': sixAnswers.elements['norm-a'] } }));
  assert.equal(p.valid, true);
  assert.equal(p.existing, 6);
  assert.deepEqual(p.emptied.sort(), ['elements.norm-b.measures', 'elements.norm-b.status', 'elements.norm-c.measures', 'elements.norm-c.status']);
  assert.equal(p.emptiesMost, true);
  const before = await draftOf(r.id);
  assert.equal(await codeOf(confirmImport(app.db, A.nzl, r.id, p.importId!)), 'import.confirm_emptying');
  assert.deepEqual(await draftOf(r.id), before, 'refused confirmation writes nothing');

  // Cancel: the upload can no longer be confirmed; the draft is as it was; cancelling again is harmless.
  await cancelImport(app.db, A.nzl, r.id, { importId: p.importId! });
  await cancelImport(app.db, A.nzl, r.id, { importId: p.importId! });
  assert.equal(await codeOf(confirmImport(app.db, A.nzl, r.id, p.importId!, { confirmEmptying: true })), 'import.cancelled');
  assert.deepEqual(await draftOf(r.id), before);
  assert.equal(await codeOf(cancelImport(app.db, A.fra, r.id, { importId: p.importId! })), 'report.not_found', 'another delegation cannot touch it');

  // Upload again and confirm explicitly: saved.
  const again = await previewImport(app.db, A.nzl, r.id, 'json', json({ elements: { 'norm-a': sixAnswers.elements['norm-a'] } }));
  const saved = await confirmImport(app.db, A.nzl, r.id, again.importId!, { confirmEmptying: true });
  assert.deepEqual(Object.keys(saved.answers.elements ?? {}), ['norm-a']);
  assert.equal(await codeOf(cancelImport(app.db, A.nzl, r.id, { importId: again.importId! })), 'import.already_confirmed');

  // Emptying exactly half (three of six) needs no extra step.
  const half = await draftWithSix(A.mex);
  const h = await previewImport(
    app.db,
    A.mex,
    half.id,
    'json',
    json({ elements: { 'norm-a': sixAnswers.elements['norm-a'], 'norm-b': { status: 'implemented' } } }),
  );
  assert.equal(h.emptied.length, 3);
  assert.equal(h.emptiesMost, false);
  assert.equal(await codeOf(confirmImport(app.db, A.mex, half.id, h.importId!)), 'ok');
});

test('confirming is one transaction: when marking the upload confirmed fails, the draft and the audit log are as before', async () => {
  const r = await draftWithSix(A.mex);
  const p = await previewImport(app.db, A.mex, r.id, 'json', json({ ...sixAnswers, general: { pointsOfContact: 'NCSC' } }));
  const before = await draftOf(r.id);
  const audit = async () =>
    (await app.db.selectFrom('audit_events').select('action').where('item_type', '=', 'national_report').where('item_id', '=', String(r.id)).execute()).map(
      (e) => e.action,
    );
  const eventsBefore = await audit();
  await sql`create function refuse_import_update() returns trigger language plpgsql as $$ begin raise exception 'imports are read-only in this test'; end $$`.execute(
    app.db,
  );
  await sql`create trigger refuse_import_update before update on national_report_imports for each row execute function refuse_import_update()`.execute(app.db);
  try {
    assert.match(await codeOf(confirmImport(app.db, A.mex, r.id, p.importId!)), /read-only in this test/);
  } finally {
    await sql`drop trigger refuse_import_update on national_report_imports`.execute(app.db);
    await sql`drop function refuse_import_update()`.execute(app.db);
  }
  assert.deepEqual(await draftOf(r.id), before, 'the draft save rolled back with the failed write');
  assert.deepEqual(await audit(), eventsBefore, 'no audit event for a confirmation that did not happen');

  // The upload is still pending: confirmed now, the draft, the upload and one audit event commit together.
  const saved = await confirmImport(app.db, A.mex, r.id, p.importId!);
  assert.equal(saved.lockVersion, before.lock_version + 1);
  assert.deepEqual((await draftOf(r.id)).draft_answers.general, { pointsOfContact: 'NCSC' });
  const imp = await app.db.selectFrom('national_report_imports').select('confirmed_at').where('id', '=', p.importId!).executeTakeFirstOrThrow();
  assert.ok(imp.confirmed_at);
  assert.deepEqual(await audit(), [...eventsBefore, 'report.import_confirmed']);
  assert.equal(await codeOf(confirmImport(app.db, A.mex, r.id, p.importId!)), 'import.already_confirmed');
});

test('a pending upload expires after a day and old ones are cleared at the next upload', async () => {
  const r = await draftWithSix(A.fra);
  const p = await previewImport(app.db, A.fra, r.id, 'json', json(sixAnswers));
  await app.db
    .updateTable('national_report_imports')
    .set({ created_at: new Date(Date.now() - IMPORT_TTL_MS - 60_000) })
    .where('id', '=', p.importId!)
    .execute();
  assert.equal(await codeOf(confirmImport(app.db, A.fra, r.id, p.importId!)), 'import.expired');
  await previewImport(app.db, A.fra, r.id, 'json', json(sixAnswers));
  const left = await app.db
    .selectFrom('national_report_imports')
    .select(sql<number>`count(*)`.as('n'))
    .where('id', '=', p.importId!)
    .executeTakeFirstOrThrow();
  assert.equal(Number(left.n), 0);
});

test('pages: the upload shows what would be emptied with Confirm and Cancel; Cancel keeps the draft, Confirm saves', async () => {
  const delegate = await app.as('delegate');
  const r = await startReport(app.db, A.nzl, cycleId); // NZL's report of this cycle (already filled by the first test)
  await saveDraft(app.db, A.nzl, r.id, { lockVersion: (await draftOf(r.id)).lock_version, answers: sixAnswers });
  const upload = async () => {
    const form = new FormData();
    form.set('file', new File([JSON.stringify({ general: { pointsOfContact: 'NCSC' } })], 'answers.json', { type: 'application/json' }));
    const res = await delegate.request(`/reports/${r.id}/import`, { method: 'POST', body: form });
    assert.equal(res.status, 303);
    return res.headers.get('location')!;
  };
  const review = await upload();
  assert.match(review, new RegExp(`^/reports/${r.id}/imports/\\d+$`));
  const html = await (await delegate.request(review)).text();
  assert.match(html, /This upload would empty most of your answers/);
  assert.match(html, /The draft has 6 answers; the upload would empty 6 of them/);
  assert.match(html, /Cooperate for stability; prevent harmful practices · Measures taken/, 'emptied answers named in words');
  assert.match(html, /Measures for norm-b\./, 'with their current text');
  assert.match(html, /name="confirmEmptying" value="1"/);
  assert.match(html, /Cancel the upload/);
  assert.match(
    html,
    /<tr data-field="general.pointsOfContact" data-kind="added"><th scope="row">General · Points of contact \(policy and technical\)<\/th>/,
    'the change in words',
  );
  assert.match(html, /<del>Implemented<\/del>/, 'statuses by their label');
  const before = await draftOf(r.id);

  const cancelled = await delegate.request(`${review}/cancel`, { form: {} });
  assert.equal(cancelled.status, 303);
  assert.equal(cancelled.headers.get('location'), `/reports/${r.id}/import?cancelled=1`);
  assert.match(await (await delegate.request(cancelled.headers.get('location')!)).text(), /The upload was cancelled; the draft is unchanged\./);
  assert.deepEqual(await draftOf(r.id), before);
  assert.equal((await delegate.request(review)).status, 409, 'a cancelled upload has no review page');

  // A confirm without the emptying flag goes back to the review; with it, the draft is saved.
  const second = await upload();
  const noFlag = await delegate.request(`${second}/confirm`, { form: {} });
  assert.equal(noFlag.headers.get('location'), second);
  assert.deepEqual(await draftOf(r.id), before);
  const ok = await delegate.request(`${second}/confirm`, { form: { confirmEmptying: '1' } });
  assert.equal(ok.status, 303);
  assert.deepEqual((await draftOf(r.id)).draft_answers, { general: { pointsOfContact: 'NCSC' } });

  // The API: 409 with the fields that would be emptied, then confirmEmptying: true.
  type Preview = { preview: { importId: number; emptiesMost: boolean } };
  const grow = (
    (await (
      await delegate.request(`/api/v1/reports/${r.id}/imports?format=json`, { json: { ...sixAnswers, general: { pointsOfContact: 'NCSC' } } })
    ).json()) as Preview
  ).preview;
  assert.equal(grow.emptiesMost, false, 'adding answers empties nothing');
  assert.equal((await delegate.request(`/api/v1/reports/${r.id}/imports/${grow.importId}/confirm`, { json: {} })).status, 200);
  const wipe = ((await (await delegate.request(`/api/v1/reports/${r.id}/imports?format=json`, { json: {} })).json()) as Preview).preview;
  assert.equal(wipe.emptiesMost, true);
  const refusedRes = await delegate.request(`/api/v1/reports/${r.id}/imports/${wipe.importId}/confirm`, { json: {} });
  assert.equal(refusedRes.status, 409);
  assert.equal(((await refusedRes.json()) as { error: { code: string } }).error.code, 'import.confirm_emptying');
  assert.equal(Object.keys((await draftOf(r.id)).draft_answers.elements ?? {}).length, 3, 'still the six answers');
  assert.equal((await delegate.request(`/api/v1/reports/${r.id}/imports/${wipe.importId}/confirm`, { json: { confirmEmptying: true } })).status, 200);
  assert.deepEqual((await draftOf(r.id)).draft_answers, {});
});

test('through the API, a hostile upload is a 422 with its stable code and the page shows the reason', async () => {
  const delegate = await app.as('delegate');
  const r = await startReport(app.db, A.nzl, cycleId);
  const bomb = rawZip([{ name: 'word/document.xml', data: deflateBomb(1024) }]);
  const res = await delegate.request(`/api/v1/reports/${r.id}/imports`, {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    body: Buffer.from(bomb),
  });
  assert.equal(res.status, 422);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'import.docx_too_large');
  const form = new FormData();
  form.set('file', new File([new Uint8Array(Buffer.from('field,value\nelements.norm-a.measures,=1+1\n'))], 'answers.csv', { type: 'text/csv' }));
  const page = await delegate.request(`/reports/${r.id}/import`, { method: 'POST', body: form });
  assert.equal(page.status, 422);
  assert.match(await page.text(), /import\.csv_formula/);
});
