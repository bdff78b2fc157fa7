import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiContract } from '../testing/apiContract.ts';
import { testApp } from '../testing/app.ts';
import { digest } from './tokens.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

test('every accounts API route answers what its OpenAPI schema declares, and none shows a password or token hash', async () => {
  const api = apiContract('accounts');
  const sec = await ctx.as('secretariat');
  const texts: string[] = [];
  const go = async (who: typeof sec, method: string, path: string, json?: unknown) => {
    const body = await who.request(path, { method: method.toUpperCase(), json }).then((res) => api.check(res, method, path));
    texts.push(JSON.stringify(body));
    return body;
  };
  const org = await ctx.db.selectFrom('stakeholder_organisations').select('id').orderBy('id').executeTakeFirstOrThrow();
  const { user } = await go(sec, 'post', '/api/v1/users', {
    email: 'contract@accord.test',
    displayName: 'Contract Person',
    password: 'a long enough passphrase',
    role: 'stakeholder',
    stakeholderId: org.id,
  });
  assert.equal(user.stakeholderId, org.id);
  const { users } = await go(sec, 'get', '/api/v1/users');
  assert.ok(users.some((u: { email: string }) => u.email === 'contract@accord.test'));
  const me = await go(sec, 'get', '/api/v1/me');
  assert.equal(me.role, 'secretariat');
  assert.equal(me.viaToken, false);
  const nzl = await ctx.as('delegate');
  const { token } = await go(nzl, 'post', '/api/v1/tokens', { name: 'contract' });
  const viaToken = await api.check(await ctx.app.request('/api/v1/me', { headers: { authorization: `Bearer ${token.secret}` } }), 'get', '/api/v1/me');
  assert.deepEqual([viaToken.stateIso3, viaToken.viaToken], ['NZL', true]);
  const { events } = await go(sec, 'get', '/api/v1/audit?limit=50');
  assert.ok(events.some((e: { action: string }) => e.action === 'user.created') && events.some((e: { action: string }) => e.action === 'token.created'));
  await go(sec, 'get', '/api/v1/audit?action=user.&itemType=user&from=2020-01-01');
  assert.deepEqual(api.unchecked(), []);

  const hashes = [
    ...(
      await ctx.db
        .selectFrom('users')
        .select('password_hash')
        .where('email', 'in', ['contract@accord.test', 'secretariat@accord.test', 'nzl@accord.test'])
        .execute()
    ).map((u) => u.password_hash),
    digest(token.secret),
  ];
  for (const h of hashes) for (const t of texts) assert.ok(!t.includes(h), 'no hash in any response');
  for (const t of texts) assert.doesNotMatch(t, /password_?hash|token_?hash|passwordHash|tokenHash/i);
});
