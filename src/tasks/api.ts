import { Hono } from 'hono';
import type { Actor } from '../accounts/actor.ts';
import { requireDelegation } from '../accounts/policy.ts';
import type { AppEnv } from '../server/context.ts';
import { describeApi } from '../server/openapi.ts';
import { presentTasks, TasksSchema } from './presenters.ts';
import { delegationTasks } from './queries.ts';

/** The tasks page is a delegation's: a delegate with a State (the policy's `tasks.read`). */
export const delegateOf = (actor: Actor) => requireDelegation(actor, 'tasks.read');

/** The tasks' JSON API: the signed-in delegation's open items (reads only). */
export const api = new Hono<AppEnv>().get('/api/v1/tasks', async (c) => {
  const actor = delegateOf(c.get('actor'));
  return c.json(presentTasks(await delegationTasks(c.get('db'), actor, actor.stateIso3)));
});

describeApi({
  method: 'get',
  path: '/api/v1/tasks',
  tag: 'tasks',
  summary:
    "The signed-in delegation's tasks: open cycles, report drafts, amendments awaiting a reaction, points of contact to confirm, acknowledgements outstanding, notices",
  access: 'delegate',
  response: TasksSchema,
});
