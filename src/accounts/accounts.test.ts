import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testDb, type TestDatabase } from '../testing/database.ts';
import { systemActor } from './actor.ts';
import { createApiToken } from './commands/createApiToken.ts';
import { revokeApiToken } from './commands/revokeApiToken.ts';
import { changePassword } from './commands/changePassword.ts';
import { createUser } from './commands/createUser.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { can, canSee } from './policy.ts';
import { RateLimiter } from './rateLimit.ts';
import { loadApiToken, loadSession, signIn } from './signIn.ts';
import { updateUser } from './commands/updateUser.ts';

let t: TestDatabase;
before(async () => {
  t = await testDb();
});
after(() => t.close());
const operator = systemActor('test');
const code = (c: string) => (e: { code?: string }) => e.code === c;

test('scrypt hashes verify only the right password and never repeat', async () => {
  const a = await hashPassword('correct horse battery');
  const b = await hashPassword('correct horse battery');
  assert.notEqual(a, b);
  assert.ok(a.startsWith('scrypt$'));
  assert.equal(await verifyPassword('correct horse battery', a), true);
  assert.equal(await verifyPassword('wrong horse battery', a), false);
});

test('creating users validates input and records an audit event', async () => {
  await assert.rejects(
    createUser(t.db, operator, { email: 'not-an-email', displayName: 'X', password: 'long-enough-pw', role: 'chair' }),
    code('user.invalid'),
  );
  await assert.rejects(createUser(t.db, operator, { email: 'a@b.org', displayName: 'X', password: 'short', role: 'chair' }), code('user.invalid'));
  await assert.rejects(createUser(t.db, operator, { email: 'a@b.org', displayName: 'X', password: 'long-enough-pw', role: 'delegate' }), code('user.invalid'));
  await assert.rejects(
    createUser(t.db, operator, { email: 'a@b.org', displayName: 'X', password: 'long-enough-pw', role: 'delegate', stateIso3: 'XXX' }),
    code('user.invalid'),
  );
  const u = await createUser(t.db, operator, {
    email: ' New.Delegate@Example.org ',
    displayName: 'New delegate',
    password: 'long-enough-pw',
    role: 'delegate',
    stateIso3: 'bra',
  });
  assert.equal(u.email, 'new.delegate@example.org');
  assert.equal(u.state_iso3, 'BRA');
  await assert.rejects(
    createUser(t.db, operator, { email: 'new.delegate@example.org', displayName: 'Again', password: 'long-enough-pw', role: 'chair' }),
    code('user.email_taken'),
  );
  const audit = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'user.created').where('item_id', '=', String(u.id)).execute();
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.actor_label, 'test');
});

test('only the Secretariat manages users', async () => {
  const { actor: delegate } = await signIn(t.db, 'nzl@accord.test', 'accord-demo-2026');
  await assert.rejects(
    createUser(t.db, delegate, { email: 'x@y.org', displayName: 'X', password: 'long-enough-pw', role: 'secretariat' }),
    code('auth.forbidden'),
  );
});

test('sign-in, sessions, disabling, and the same error for unknown email and wrong password', async () => {
  await assert.rejects(signIn(t.db, 'nobody@accord.test', 'whatever-password'), code('auth.invalid_credentials'));
  await assert.rejects(signIn(t.db, 'chair@accord.test', 'wrong-password'), code('auth.invalid_credentials'));
  const { token, actor } = await signIn(t.db, 'chair@accord.test', 'accord-demo-2026');
  assert.equal(actor.role, 'chair');
  assert.equal((await loadSession(t.db, token))?.actor.email, 'chair@accord.test');
  await updateUser(t.db, operator, { email: 'chair@accord.test', disabled: true });
  assert.equal(await loadSession(t.db, token), null, 'disabling ends sessions');
  await assert.rejects(signIn(t.db, 'chair@accord.test', 'accord-demo-2026'), code('auth.invalid_credentials'));
  await updateUser(t.db, operator, { email: 'chair@accord.test', disabled: false });
});

test('an expired session is no session', async () => {
  const { token } = await signIn(t.db, 'mex@accord.test', 'accord-demo-2026');
  await t.db
    .updateTable('sign_in_sessions')
    .set({ expires_at: new Date(Date.now() - 1000) })
    .execute();
  assert.equal(await loadSession(t.db, token), null);
});

test('API tokens carry their owner’s rights, and revoking ends them', async () => {
  const { actor } = await signIn(t.db, 'fra@accord.test', 'accord-demo-2026');
  const tk = await createApiToken(t.db, actor, { name: 'script' });
  const viaToken = await loadApiToken(t.db, tk.secret);
  assert.equal(viaToken?.role, 'delegate');
  assert.equal(viaToken?.stateIso3, 'FRA');
  assert.equal(can(viaToken!, 'users.manage'), false);
  await revokeApiToken(t.db, actor, { id: tk.id });
  assert.equal(await loadApiToken(t.db, tk.secret), null);
  const row = await t.db.selectFrom('api_tokens').select('token_hash').where('id', '=', tk.id).executeTakeFirstOrThrow();
  assert.notEqual(row.token_hash, tk.secret, 'only a digest is stored');
});

test('changing a password checks the current one and ends other sessions', async () => {
  const first = await signIn(t.db, 'stakeholder@accord.test', 'accord-demo-2026');
  const second = await signIn(t.db, 'stakeholder@accord.test', 'accord-demo-2026');
  await assert.rejects(changePassword(t.db, second.actor, { current: 'wrong', next: 'a-brand-new-password' }), code('password.wrong'));
  await assert.rejects(changePassword(t.db, second.actor, { current: 'accord-demo-2026', next: 'short' }), code('password.invalid'));
  const keep = (await loadSession(t.db, second.token))!.sessionId;
  await changePassword(t.db, second.actor, { current: 'accord-demo-2026', next: 'a-brand-new-password', keepSessionId: keep });
  assert.equal(await loadSession(t.db, first.token), null);
  assert.ok(await loadSession(t.db, second.token));
  await signIn(t.db, 'stakeholder@accord.test', 'a-brand-new-password');
});

test('visibility: public, states, secretariat and owner', () => {
  const pub = { kind: 'anonymous' } as const;
  const nzl = { kind: 'user', id: 1, role: 'delegate', email: '', displayName: '', stateIso3: 'NZL', organisationId: null } as const;
  const fra = { ...nzl, stateIso3: 'FRA' } as const;
  const chair = { ...nzl, role: 'chair', stateIso3: null } as const;
  const sec = { ...nzl, role: 'secretariat', stateIso3: null } as const;
  const ngo = { ...nzl, role: 'stakeholder', stateIso3: null, organisationId: 7 } as const;
  const item = (visibility: 'public' | 'states' | 'secretariat' | 'owner') => ({ visibility, ownerStateIso3: 'NZL' });
  assert.deepEqual(
    [pub, nzl, fra, chair, sec, ngo].map((a) => canSee(a, item('public'))),
    [true, true, true, true, true, true],
  );
  assert.deepEqual(
    [pub, nzl, fra, chair, sec, ngo].map((a) => canSee(a, item('states'))),
    [false, true, true, true, true, false],
  );
  assert.deepEqual(
    [pub, nzl, fra, chair, sec, ngo].map((a) => canSee(a, item('secretariat'))),
    [false, true, false, false, true, false],
  );
  assert.deepEqual(
    [pub, nzl, fra, chair, sec, ngo].map((a) => canSee(a, item('owner'))),
    [false, true, false, false, true, false],
  );
  assert.equal(canSee(ngo, { visibility: 'owner', ownerOrganisationId: 7 }), true);
});

test('the rate limiter allows five attempts in the window, then asks to wait', () => {
  const rl = new RateLimiter(5, 60_000);
  for (let i = 0; i < 5; i++) assert.equal(rl.attempt('k', 1000 + i), 0);
  assert.ok(rl.attempt('k', 2000) > 0);
  assert.equal(rl.attempt('other', 2000), 0);
  assert.equal(rl.attempt('k', 1000 + 60_001), 0, 'the window slides');
});
