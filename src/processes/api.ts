import { Hono } from 'hono';
import { readJson } from '../server/api.ts';
import type { AppEnv } from '../server/context.ts';
import { NotFound } from '../foundation/errors.ts';
import { describeApi } from '../server/openapi.ts';
import { addAgendaItem, NewAgendaItem } from './commands/addAgendaItem.ts';
import { addBody, NewBody } from './commands/addBody.ts';
import { createCycle, NewCycle } from './commands/createCycle.ts';
import { createSession, NewSession } from './commands/createSession.ts';
import {
  AgendaItemAdded,
  BodyAdded,
  CycleCreated,
  presentAgendaItem,
  presentBody,
  presentCycle,
  presentDetail,
  presentProcess,
  presentSession,
  ProcessDetailOut,
  ProcessList,
  SessionCreated,
} from './presenters.ts';
import { listProcesses, processDetail } from './queries.ts';
import { z } from 'zod';
import type { Ctx } from '../server/context.ts';

/**
 * The body as JSON: only its media type and syntax are checked here. The command checks access first
 * (the public gets 401 before any word about its fields), then the fields, with the same
 * `processes.*_invalid` codes and field messages as the forms.
 */
const jsonBody = (c: Ctx) => readJson(c, z.unknown()) as Promise<never>;

export const api = new Hono<AppEnv>()
  .get('/api/v1/processes', async (c) => c.json({ processes: (await listProcesses(c.get('db'))).map(presentProcess) }))
  .get('/api/v1/processes/:slug', async (c) => {
    const p = await processDetail(c.get('db'), c.get('actor'), c.req.param('slug'));
    if (!p) throw NotFound('That process', 'process.not_found');
    return c.json({ process: presentDetail(p) });
  })
  .post('/api/v1/processes/:slug/cycles', async (c) => {
    const body = await jsonBody(c);
    return c.json({ cycle: presentCycle(await createCycle(c.get('db'), c.get('actor'), c.req.param('slug'), body)) }, 201);
  })
  .post('/api/v1/processes/:slug/bodies', async (c) => {
    const body = await jsonBody(c);
    return c.json({ body: presentBody(await addBody(c.get('db'), c.get('actor'), c.req.param('slug'), body)) }, 201);
  })
  .post('/api/v1/processes/:slug/sessions', async (c) => {
    const body = await jsonBody(c);
    return c.json({ session: presentSession(await createSession(c.get('db'), c.get('actor'), c.req.param('slug'), body)) }, 201);
  })
  .post('/api/v1/processes/:slug/sessions/:id/agenda-items', async (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || id <= 0) throw NotFound('That session', 'session.not_found');
    const body = await jsonBody(c);
    return c.json({ agendaItem: presentAgendaItem(await addAgendaItem(c.get('db'), c.get('actor'), c.req.param('slug'), id, body)) }, 201);
  });

describeApi({
  method: 'get',
  path: '/api/v1/processes',
  tag: 'processes',
  summary: 'The processes (OEWGs, the Global Mechanism): dates, framework version, counts of bodies, cycles, sessions and meetings',
  access: 'public',
  response: ProcessList,
});
describeApi({
  method: 'get',
  path: '/api/v1/processes/{slug}',
  tag: 'processes',
  summary: 'One process: its bodies, cycles, and sessions with meeting type, agenda items and meetings',
  access: 'public',
  response: ProcessDetailOut,
});
describeApi({
  method: 'post',
  path: '/api/v1/processes/{slug}/cycles',
  tag: 'processes',
  summary: 'Open a cycle of a process (e.g. a biennial cycle ending in a progress report); cycles do not overlap',
  body: NewCycle,
  access: 'secretariat',
  status: 201,
  response: CycleCreated,
});
describeApi({
  method: 'post',
  path: '/api/v1/processes/{slug}/bodies',
  tag: 'processes',
  summary: 'Add a body to a process (a dedicated thematic group with its theme, an intersessional meeting…)',
  body: NewBody,
  access: 'secretariat',
  status: 201,
  response: BodyAdded,
});
describeApi({
  method: 'post',
  path: '/api/v1/processes/{slug}/sessions',
  tag: 'processes',
  summary: 'Schedule a session in a body, with its meeting type, cycle, dates and agenda items',
  body: NewSession,
  access: 'secretariat',
  status: 201,
  response: SessionCreated,
});
describeApi({
  method: 'post',
  path: '/api/v1/processes/{slug}/sessions/{id}/agenda-items',
  tag: 'processes',
  summary: "Add an item to a session's agenda",
  body: NewAgendaItem,
  access: 'secretariat',
  status: 201,
  response: AgendaItemAdded,
});
