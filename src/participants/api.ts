import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../server/context.ts';
import { NotFound, ValidationError } from '../foundation/errors.ts';
import { describeApi } from '../server/openapi.ts';
import { chosenStates } from './pages/compare.tsx';
import { comparison, listOrganisations, listRegionalGroups, listStates, stateProfile } from './queries.ts';
import * as P from './presenters.ts';
import { resolveParticipant } from './resolve.ts';

/** The participants' JSON API: States, regional groups, organisations, name resolution, the comparison of States. */
export const api = new Hono<AppEnv>()
  // Before /api/v1/states/:iso3, which would otherwise take "compare" for a State code.
  .get('/api/v1/states/compare', async (c) => {
    const { codes } = await chosenStates(c);
    if (!codes.length)
      throw ValidationError('Choose two or three different States to compare.', { states: 'Choose two or three different States.' }, 'compare.count');
    return c.json(P.presentComparison(codes, await comparison(c.get('db'), c.get('actor'), codes)));
  })
  .get('/api/v1/states', async (c) => {
    const states = await listStates(c.get('db'), {
      group: c.req.query('group') || undefined,
      organisation: c.req.query('organisation') || undefined,
      q: c.req.query('q') || undefined,
    });
    return c.json({ states: states.map(P.presentStateListItem) });
  })
  .get('/api/v1/states/:iso3', async (c) => {
    const s = await stateProfile(c.get('db'), c.req.param('iso3'));
    if (!s) throw NotFound('That State', 'state.not_found');
    return c.json(P.presentState(s));
  })
  .get('/api/v1/regional-groups', async (c) => c.json({ groups: (await listRegionalGroups(c.get('db'))).map(P.presentRegionalGroup) }))
  .get('/api/v1/organisations', async (c) => c.json({ organisations: (await listOrganisations(c.get('db'))).map(P.presentOrganisation) }))
  .get('/api/v1/resolve', (c) => c.json({ text: c.req.query('text') ?? '', participant: P.presentParticipant(resolveParticipant(c.req.query('text') ?? '')) }));

const tag = 'participants';
describeApi({
  method: 'get',
  path: '/api/v1/states/compare',
  tag,
  summary:
    "Two or three States side by side: reported status per element from each State's newest report the reader may read (with its cycle), statements per element, stances per question, reports (400 compare.count, compare.unknown_state)",
  query: z.object({ states: z.string().describe('two or three ISO alpha-3 codes, comma-separated') }),
  access: 'public; by visibility',
  response: P.ComparisonSchema,
});
describeApi({
  method: 'get',
  path: '/api/v1/states',
  tag,
  summary: 'States, filterable by regional group, regional organisation and name',
  query: z.object({ group: z.string().optional(), organisation: z.string().optional(), q: z.string().optional() }),
  access: 'public',
  response: z.object({ states: z.array(P.StateListItemSchema) }),
});
describeApi({ method: 'get', path: '/api/v1/states/{iso3}', tag, summary: 'One State', access: 'public', response: P.StateSchema });
describeApi({
  method: 'get',
  path: '/api/v1/regional-groups',
  tag,
  summary: 'UN regional groups',
  access: 'public',
  response: z.object({ groups: z.array(P.RegionalGroupSchema) }),
});
describeApi({
  method: 'get',
  path: '/api/v1/organisations',
  tag,
  summary: 'Regional organisations, speaking groups and UN entities',
  access: 'public',
  response: z.object({ organisations: z.array(P.OrganisationSchema) }),
});
describeApi({
  method: 'get',
  path: '/api/v1/resolve',
  tag,
  summary: 'Resolve a name as texts use it ("the Russian delegate") to a participant',
  query: z.object({ text: z.string() }),
  access: 'public',
  response: P.ResolvedSchema,
});
