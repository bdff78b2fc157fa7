import { Hono } from 'hono';
import { z } from 'zod';
import { readJson } from '../server/api.ts';
import type { AppEnv } from '../server/context.ts';
import { describeApi } from '../server/openapi.ts';
import { createApiToken } from './commands/createApiToken.ts';
import { createUser } from './commands/createUser.ts';
import { requireAccess } from './policy.ts';
import * as P from './presenters.ts';
import { listAuditEvents, listUsers, userById } from './queries.ts';

const NewUser = z.object({
  email: z.string(),
  displayName: z.string(),
  password: z.string(),
  role: z.enum(['secretariat', 'chair', 'delegate', 'stakeholder']),
  stateIso3: z.string().optional().describe("a delegate's State"),
  stakeholderId: z.number().int().optional().describe("a stakeholder's organisation"),
  organisationId: z.number().int().optional().describe('the former name of stakeholderId'),
});
const NewToken = z.object({ name: z.string() });
const AuditQuery = z.object({
  action: z.string().optional(),
  itemType: z.string().optional(),
  actor: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  limit: z.string().optional(),
  before: z.string().optional(),
});

/** The accounts' JSON API: who is asking, accounts, personal tokens, the audit log. No password or token hash ever leaves. */
export const api = new Hono<AppEnv>()
  .get('/api/v1/audit', async (c) => {
    const q = c.req.query();
    const events = await listAuditEvents(c.get('db'), c.get('actor'), {
      action: q.action,
      itemType: q.itemType,
      actor: q.actor,
      from: q.from,
      to: q.to,
      limit: Number(q.limit ?? 1000),
      before: q.before ? Number(q.before) : undefined,
    });
    return c.json({ events: events.map(P.presentAuditEvent) });
  })
  .get('/api/v1/me', (c) => {
    const actor = requireAccess(c.get('actor'), 'account.self');
    return c.json(P.presentMe(actor as Parameters<typeof P.presentMe>[0]));
  })
  .get('/api/v1/users', async (c) => c.json({ users: (await listUsers(c.get('db'), c.get('actor'))).map(P.presentUser) }))
  .post('/api/v1/users', async (c) => {
    requireAccess(c.get('actor'), 'users.manage');
    const { stakeholderId, organisationId, ...body } = await readJson(c, NewUser, 'user.invalid');
    const created = await createUser(c.get('db'), c.get('actor'), { ...body, organisationId: stakeholderId ?? organisationId });
    return c.json({ user: P.presentUser((await userById(c.get('db'), c.get('actor'), created.id))!) }, 201);
  })
  .post('/api/v1/tokens', async (c) => {
    const body = await readJson(c, NewToken, 'token.invalid');
    return c.json({ token: P.presentCreatedToken(await createApiToken(c.get('db'), c.get('actor'), body)) }, 201);
  });

const tag = 'accounts';
describeApi({ method: 'get', path: '/api/v1/me', tag, summary: 'Who the token or session belongs to', access: 'signed in', response: P.MeSchema });
describeApi({
  method: 'get',
  path: '/api/v1/audit',
  tag,
  summary: 'Audit log as JSON, newest first (filters: action, itemType, actor, from, to, limit, before)',
  query: AuditQuery,
  access: 'secretariat',
  response: z.object({ events: z.array(P.AuditEventSchema) }),
});
describeApi({
  method: 'get',
  path: '/api/v1/users',
  tag,
  summary: 'List accounts',
  access: 'secretariat',
  response: z.object({ users: z.array(P.UserSchema) }),
});
describeApi({
  method: 'post',
  path: '/api/v1/users',
  tag,
  summary: 'Create an account',
  body: NewUser,
  access: 'secretariat',
  status: 201,
  response: z.object({ user: P.UserSchema }),
});
describeApi({
  method: 'post',
  path: '/api/v1/tokens',
  tag,
  summary: 'Create a personal API token (the secret is returned once)',
  body: NewToken,
  access: 'signed in',
  status: 201,
  response: z.object({ token: P.CreatedTokenSchema }),
});
