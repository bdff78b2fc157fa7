import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { testApp } from '../testing/app.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

const AGREED = [
  '1. States should exchange contact details of their national incident teams through a shared directory that is kept up to date.',
  '2. States should not knowingly permit their networks to be used to harm the essential services of another State.',
].join('\n');
// Spliced by a drafter from paragraphs 1 and 2, the second with one word changed.
const SPLICED =
  'States should exchange contact details of their national incident teams; States must not knowingly permit their networks to be used to harm the essential services of another State.';

async function splicedDraft() {
  const chair = await ctx.as('chair');
  const ref = await chair.request('/api/v1/agreed-language', {
    json: { symbol: 'A/SRC/1', title: 'Agreed', consensus: true, filename: 'a.txt', contentBase64: Buffer.from(AGREED).toString('base64') },
  });
  assert.equal(ref.status, 201);
  const created = await (
    await chair.request('/api/v1/drafts', { json: { title: 'Spliced report', paragraphs: [{ section: 'norms', text: SPLICED }] } })
  ).json();
  return { chair, id: created.draft.id as number };
}

test("a spliced sentence shows every agreed source: API, checks page in the reader's language, DOCX comment", async () => {
  const { chair, id } = await splicedDraft();

  const checks = await (await chair.request(`/api/v1/drafts/${id}/versions/0/checks`)).json();
  const s = checks.sentences.find((x: { text: string }) => x.text === SPLICED);
  assert.deepEqual(s.sources.map((x: { paragraph: string }) => x.paragraph).sort(), ['1', '2']);
  assert.equal(s.match.paragraph, s.sources[0].paragraph, 'match stays, as the primary source');
  assert.ok(
    s.flags.some((f: { kind: string }) => f.kind === 'modal-changed'),
    'the changed modal of paragraph 2 is found in its own stretch',
  );

  const page = await (await chair.request(`/drafts/${id}/v/0/checks`)).text();
  assert.match(page, /Drawn from 2 agreed sources/);
  assert.match(page, /data-source="A\/SRC\/1 1"/);
  assert.match(page, /data-source="A\/SRC\/1 2"/);
  assert.match(page, /for “States should exchange contact details of their national incident teams”/);
  const fr = await (await chair.request(`/drafts/${id}/v/0/checks?lang=fr`)).text();
  assert.match(fr, /Tiré de 2 sources convenues/);

  const docx = await chair.request(`/drafts/${id}/v/0/docx?lang=fr`);
  assert.equal(docx.status, 200);
  const files = unzipSync(new Uint8Array(await docx.arrayBuffer()));
  const body = strFromU8(files['word/document.xml']);
  assert.match(body, /<w:commentRangeStart w:id="0"\/>/, 'the paragraph carries the comment');
  assert.ok(body.includes('States must not knowingly'), 'the version text itself is unchanged');
  const comments = strFromU8(files['word/comments.xml']);
  assert.match(comments, /Libellé convenu dans/);
  assert.match(comments, /A\/SRC\/1, par\. 1/);
  assert.match(comments, /A\/SRC\/1, par\. 2/);
  assert.match(comments, /<w:strike\/>.*should/s, 'the agreed word the draft dropped is struck through');
});
