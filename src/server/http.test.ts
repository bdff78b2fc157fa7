import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testApp } from '../testing/app.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp({ bodyLimitBytes: 64 * 1024 });
});
after(() => ctx.close());

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

test('health, home page and OpenAPI document', async () => {
  const pub = await ctx.as('public');
  assert.equal((await pub.request('/healthz')).status, 200);
  const home = await pub.request('/');
  assert.equal(home.status, 200);
  assert.match(await home.text(), /<html lang="en" dir="ltr">/);
  const doc = (await (await pub.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
  assert.equal(doc.openapi, '3.1.0');
  assert.ok(doc.paths['/api/v1/framework']);
  assert.ok(doc.paths['/api/v1/stance-questions']);
});

test('unknown routes answer 404 with a code, as JSON for the API and as a page otherwise', async () => {
  const pub = await ctx.as('public');
  const api = await pub.request('/api/v1/no-such-thing');
  assert.equal(api.status, 404);
  assert.equal((await errorOf(api)).code, 'not_found');
  const html = await pub.request('/no-such-page');
  assert.equal(html.status, 404);
  assert.match(html.headers.get('content-type') ?? '', /text\/html/);
});

test('malformed JSON, wrong content type and invalid fields get stable codes', async () => {
  const sec = await ctx.as('secretariat');
  const malformed = await sec.request('/api/v1/stance-questions', { method: 'POST', body: '{"id": ', headers: { 'content-type': 'application/json' } });
  assert.equal(malformed.status, 400);
  assert.equal((await errorOf(malformed)).code, 'request.malformed_json');
  const wrongType = await sec.request('/api/v1/stance-questions', { method: 'POST', body: 'id=x', headers: { 'content-type': 'text/plain' } });
  assert.equal(wrongType.status, 415);
  assert.equal((await errorOf(wrongType)).code, 'request.unsupported_media_type');
  const invalid = await sec.request('/api/v1/stance-questions', { json: { id: 'Bad Id!', question: 'short', pillarId: 'norms' } });
  assert.equal(invalid.status, 400);
  const err = (await invalid.json()) as { error: { code: string; fields: Record<string, string> } };
  assert.equal(err.error.code, 'question.invalid');
  assert.ok(err.error.fields.id && err.error.fields.question);
});

test('an oversized body is refused with 413 and a code, before anything is parsed', async () => {
  const sec = await ctx.as('secretariat');
  const big = JSON.stringify({ id: 'big', question: 'x'.repeat(100 * 1024), pillarId: 'norms' });
  const res = await sec.request('/api/v1/stance-questions', {
    method: 'POST',
    body: big,
    headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
  });
  assert.equal(res.status, 413);
  assert.equal((await errorOf(res)).code, 'request.too_large');
});

test('a state-changing request without the CSRF token is refused', async () => {
  const sec = await ctx.as('secretariat');
  const res = await sec.request('/api/v1/stance-questions', {
    json: { id: 'no-csrf', question: 'Is the CSRF token checked?', pillarId: 'norms' },
    headers: { 'x-csrf-token': 'forged' },
  });
  assert.equal(res.status, 403);
  assert.equal((await errorOf(res)).code, 'auth.csrf_failed');
  const form = await ctx.app.request('/login', {
    method: 'POST',
    body: 'email=a%40b.org&password=x',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(form.status, 403, 'the sign-in form is protected too');
});

test('a visitor gets a CSRF cookie from the sign-in form, not from every page, and the form works with it', async () => {
  const plain = await ctx.app.request('/framework');
  assert.equal(plain.status, 200);
  assert.equal(plain.headers.get('set-cookie'), null, 'a page without a form sets no cookie');
  assert.doesNotMatch(await plain.text(), /csrf-token/, 'and has no token for htmx');
  const login = await ctx.app.request('/login');
  const cookie = login.headers.get('set-cookie') ?? '';
  assert.match(cookie, /accord_csrf=[^;]{20,};.*HttpOnly.*SameSite=Lax/i);
  const token = cookie.match(/accord_csrf=([^;]+)/)![1];
  assert.ok((await login.text()).includes(`name="_csrf" value="${token}"`), 'the form echoes the cookie');
  const body = new URLSearchParams({ _csrf: token, email: 'chair@accord.test', password: 'accord-demo-2026' }).toString();
  const signedIn = await ctx.app.request('/login', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `accord_csrf=${token}` },
  });
  assert.equal(signedIn.status, 303);
  const again = await ctx.app.request('/login', { headers: { cookie: `accord_csrf=${token}` } });
  assert.equal(again.headers.get('set-cookie'), null, 'a visitor who has a token keeps it');
});

test('script- and SQL-looking text is stored as typed and shown escaped', async () => {
  const sec = await ctx.as('secretariat');
  const nasty = `<script>alert("x")</script>'; drop table users; -- ?`;
  const res = await sec.request('/api/v1/stance-questions', { json: { id: 'escaping-check', question: nasty, pillarId: 'norms' } });
  assert.equal(res.status, 201);
  const stored = await ctx.db.selectFrom('stance_questions').select('question').where('id', '=', 'escaping-check').executeTakeFirstOrThrow();
  assert.equal(stored.question, nasty);
  const html = await (await sec.request('/framework')).text();
  assert.ok(!html.includes('<script>alert'), 'never rendered as markup');
  assert.ok(html.includes('&lt;script&gt;alert'));
  assert.equal((await ctx.db.selectFrom('users').select('id').execute()).length > 0, true, 'and users is still there');
});

test('signing in through the form sets an HTTP-only SameSite cookie; a wrong password does not', async () => {
  const pub = await ctx.as('public');
  const ok = await pub.request('/login', { form: { email: 'chair@accord.test', password: 'accord-demo-2026', next: '/framework' } });
  assert.equal(ok.status, 303);
  assert.equal(ok.headers.get('location'), '/framework');
  assert.match(ok.headers.get('set-cookie') ?? '', /accord_session=[^;]+;.*HttpOnly.*SameSite=Lax/i);
  const offsite = await pub.request('/login', { form: { email: 'chair@accord.test', password: 'accord-demo-2026', next: '//evil.example' } });
  assert.equal(offsite.headers.get('location'), '/', 'never redirects to another host');
  const bad = await pub.request('/login', { form: { email: 'chair@accord.test', password: 'nope-nope-nope' } });
  assert.equal(bad.status, 401);
  assert.doesNotMatch(bad.headers.get('set-cookie') ?? '', /accord_session=[^;]/);
});

test('an expired session is treated as the public', async () => {
  const mex = await ctx.as({ email: 'mex@accord.test' });
  assert.equal((await mex.request('/api/v1/me')).status, 200);
  await ctx.db
    .updateTable('sign_in_sessions')
    .set({ expires_at: new Date(Date.now() - 1) })
    .execute();
  const res = await mex.request('/api/v1/me');
  assert.equal(res.status, 401);
  assert.equal((await errorOf(res)).code, 'auth.required');
  ctx.forget('secretariat');
});

test('Arabic pages are right-to-left; Accept-Language picks the language', async () => {
  const pub = await ctx.as('public');
  const ar = await (await pub.request('/framework?lang=ar')).text();
  assert.match(ar, /<html lang="ar" dir="rtl">/);
  const fr = await (await pub.request('/states', { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } })).text();
  assert.match(fr, /<html lang="fr" dir="ltr">/);
});

test('a personal API token works without CSRF and with only its owner’s rights', async () => {
  const nzl = await ctx.as({ email: 'nzl@accord.test' });
  const created = (await (await nzl.request('/api/v1/tokens', { json: { name: 'ci' } })).json()) as { token: { secret: string } };
  const bearer = { authorization: `Bearer ${created.token.secret}` };
  const me = await ctx.app.request('/api/v1/me', { headers: bearer });
  assert.equal(((await me.json()) as { stateIso3: string }).stateIso3, 'NZL');
  const forbidden = await ctx.app.request('/api/v1/users', { headers: bearer });
  assert.equal(forbidden.status, 403);
  const forged = await ctx.app.request('/api/v1/me', { headers: { authorization: 'Bearer acc_forged' } });
  assert.equal(forged.status, 401);
  assert.equal((await errorOf(forged)).code, 'auth.invalid_token');
});

test('the framework reads in the visitor’s language, with English as the fallback', async () => {
  const pub = await ctx.as('public');
  const fr = await (await pub.request('/framework?lang=fr')).text();
  assert.match(fr, /Mesures de confiance|mesures de confiance/);
  const element = await (await pub.request('/framework/elements/law-ihl?lang=ru')).text();
  assert.match(element, /гуманитарн/);
  const en = await (await pub.request('/framework?lang=en')).text();
  assert.match(en, /Confidence-building measures/);
});

test('pages forbid inline and foreign scripts through a Content-Security-Policy', async () => {
  const res = await (await ctx.as('public')).request('/framework');
  const csp = res.headers.get('content-security-policy') ?? '';
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
  assert.match(csp, /frame-ancestors 'none'/);
});

test('the audit log link is in the page header for whom the policy lets read it', async () => {
  for (const [role, shown] of [
    ['secretariat', true],
    ['chair', false],
    ['delegate', false],
    ['stakeholder', false],
    ['public', false],
  ] as const) {
    const page = await (await (await ctx.as(role)).request('/')).text();
    assert.equal(page.includes('href="/admin/audit"'), shown, role);
  }
});
