import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LOADED } from '../text/checks/evaluative.ts';
import { testApp } from '../testing/app.ts';
import { REPORT } from './testing.ts';
import { testMeeting } from '../testing/factories.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
let meetingId: number;
let docId: number;
before(async () => {
  ctx = await testApp();
  meetingId = (await testMeeting(ctx.db, 3)).meeting.id;
});
after(() => ctx.close());

const multipart = (fields: Record<string, string>, file?: { name: string; bytes: Uint8Array; type?: string }) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  if (file) fd.set('file', new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type ?? 'text/plain' }), file.name);
  return fd;
};

test('upload through the page form, review, then publish makes statements public', async () => {
  const chair = await ctx.as('chair');
  const res = await chair.request('/documents', {
    method: 'POST',
    body: multipart({ _csrf: chair.csrf, meetingId: String(meetingId), kind: 'event-report' }, { name: 'report.txt', bytes: new TextEncoder().encode(REPORT) }),
  });
  assert.equal(res.status, 303, await res.clone().text());
  docId = Number(res.headers.get('location')!.match(/\/documents\/(\d+)\/review/)![1]);
  const review = await (await chair.request(`/documents/${docId}/review`)).text();
  assert.match(review, /Russian Federation/);
  const pub = await ctx.as('public');
  assert.doesNotMatch(await (await pub.request(`/meetings/${meetingId}`)).text(), /permanent home/);
  assert.equal(
    ((await pub.request(`/api/v1/search?q=${encodeURIComponent('"permanent home"')}`).then((r) => r.json())) as { results: unknown[] }).results.length,
    0,
  );
  assert.equal((await chair.request(`/documents/${docId}/publish`, { form: {} })).status, 303);
  const page = await (await pub.request(`/meetings/${meetingId}`)).text();
  assert.match(page, /permanent home/);
  const hits = (await pub.request(`/api/v1/search?q=${encodeURIComponent('"permanent home"')}`).then((r) => r.json())) as {
    results: Array<{ speaker: string; snippet: string }>;
  };
  assert.deepEqual(
    hits.results.map((h) => h.speaker),
    ['NZL'],
  );
  assert.match(hits.results[0]!.snippet, /«permanent» «home»/);
});

test('a 50 MB upload is refused with 413 and nothing is stored', async () => {
  const sec = await ctx.as('secretariat');
  const before = Number(
    (
      await ctx.db
        .selectFrom('source_documents')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const res = await sec.request('/api/v1/documents', {
    method: 'POST',
    body: multipart({ meetingId: String(meetingId) }, { name: 'big.txt', bytes: new Uint8Array(50 * 1024 * 1024).fill(97) }),
  });
  assert.equal(res.status, 413);
  const after = Number(
    (
      await ctx.db
        .selectFrom('source_documents')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  assert.equal(after, before);
  const empty = await sec.request('/api/v1/documents', { json: { meetingId, filename: 'e.txt', contentBase64: '' } });
  assert.equal(empty.status, 400);
  assert.equal(((await empty.json()) as { error: { code: string } }).error.code, 'upload.empty');
});

test('positions show a neutral, linked summary, a chart and a DOCX', async () => {
  const pub = await ctx.as('public');
  const html = await (await pub.request('/positions?question=new-institutional-body')).text();
  assert.match(html, /<svg/);
  const summary = html.match(/<p class="summary">([\s\S]*?)<\/p>/)![1]!;
  assert.match(summary, /considered a new permanent body or mechanism for regular institutional dialogue premature/);
  assert.match(summary, /<a href="\/meetings\/\d+#s-\d+-5-\d+"[^>]*>Russian Federation<\/a>/);
  const words = summary.replace(/<[^>]+>/g, ' ').toLowerCase();
  for (const w of LOADED) assert.ok(!new RegExp(`\\b${w}\\b`).test(words), w);
  const docx = await pub.request('/positions/new-institutional-body/docx');
  assert.equal(docx.status, 200);
  assert.equal(new Uint8Array(await docx.arrayBuffer())[0], 0x50); // "PK": a zip container
});

test('exports: Akoma Ntoso debate with one speech per statement, CSV safe against formulas', async () => {
  const pub = await ctx.as('public');
  const akn = await (await pub.request(`/meetings/${meetingId}/akn`)).text();
  assert.match(akn, /<akomaNtoso xmlns="http:\/\/docs.oasis-open.org\/legaldocml\/ns\/akn\/3.0">/);
  assert.equal((akn.match(/<speech /g) ?? []).length, 4);
  assert.match(akn, /<speech eId="speech_\d+_1" by="#NZL">/);
  assert.match(akn, /<TLCOrganization eId="NZL"/);
  assert.match(akn, /<TLCPerson eId="chair"/);
  const csv = await (await pub.request(`/search/statements.csv?meeting=${meetingId}`)).text();
  assert.match(csv, /^statement_id,document_id/);
  assert.equal(csv.split('\r\n').filter(Boolean).length, 5);
});

test('the State profile and element page link to everything said there', async () => {
  const pub = await ctx.as('public');
  const profile = await (await pub.request('/states/NZL')).text();
  assert.match(profile, /href="\/search\?speaker=NZL&amp;element=dialogue-poa"/);
  const linkText = (html: string) => /element=dialogue-poa" data-element="dialogue-poa">([^<]+)</.exec(html)?.[1];
  const fr = await (await pub.request('/states/NZL?lang=fr')).text();
  assert.ok(linkText(fr) && linkText(fr) !== linkText(profile), "the element is named in the reader's language");
  const element = await (await pub.request('/framework/elements/dialogue-poa')).text();
  assert.match(element, /href="\/search\?speaker=NZL&amp;element=dialogue-poa"/);
  const hits = (await pub.request('/api/v1/search?speaker=NZL&element=dialogue-poa').then((r) => r.json())) as { results: unknown[] };
  assert.equal(hits.results.length, 1);
});

test('the Chair sets a proposal status; a delegate may not', async () => {
  const list = (await (await ctx.as('public')).request('/api/v1/proposals').then((r) => r.json())) as {
    proposals: Array<{ id: number; proposer: string; supporters: string[] }>;
  };
  const p = list.proposals.find((x) => x.proposer === 'NZL')!;
  assert.deepEqual(p.supporters, ['BRA']);
  assert.equal((await (await ctx.as('delegate')).request(`/api/v1/proposals/${p.id}/status`, { json: { status: 'agreed' } })).status, 403);
  assert.equal((await (await ctx.as('chair')).request(`/proposals/${p.id}/status`, { form: { status: 'agreed' } })).status, 303);
  assert.match(await (await (await ctx.as('public')).request('/proposals')).text(), /agreed/);
});
