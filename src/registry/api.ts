/** The JSON API of the registry: existing mechanisms, the directory of points of contact, communication checks and communications. */
import { Hono } from 'hono';
import { z } from 'zod';
import { requireAccess } from '../accounts/policy.ts';
import { NotFound, ValidationError } from '../foundation/errors.ts';
import { readJson } from '../server/api.ts';
import type { AppEnv, Ctx } from '../server/context.ts';
import { describeApi } from '../server/openapi.ts';
import { movedTo } from '../server/moved.ts';
import { acknowledge } from './ackTokens.ts';
import { checkDuplication, proposalText } from './duplication.ts';
import { followUpCommunicationCheck } from './commands/followUpCommunicationCheck.ts';
import { baseUrl, numId } from './pages/parts.tsx';
import {
  Acknowledged,
  CommunicationCheckDetail,
  CommunicationChecks,
  CommunicationCheckStarted,
  Communications,
  CommunicationSent,
  Duplication,
  FollowedUp,
  MechanismDetail,
  Mechanisms,
  MechanismSaved,
  PointOfContactHistory,
  PointOfContactSaved,
  PointsOfContact,
  presentAck,
  presentCheckDetail,
  presentChecks,
  presentCommunications,
  presentDuplication,
  presentFollowUp,
  presentMechanism,
  presentMechanisms,
  presentPointOfContact,
  presentPointOfContactHistory,
  presentPointsOfContact,
  presentSavedMechanism,
  presentSent,
  presentStarted,
} from './presenters.ts';
import {
  pointOfContactStatus,
  type PointOfContactStatus,
  listCommunications,
  listMechanisms,
  listPointsOfContact,
  mechanismBySlug,
  communicationCheckById,
  communicationCheckSummaries,
  pointOfContactHistory,
  roundByRegion,
  roundByState,
  roundPointsOfContact,
} from './queries.ts';
import { MechanismInput, saveMechanism } from './commands/saveMechanism.ts';
import { PointOfContactInput, savePointOfContact } from './commands/savePointOfContact.ts';
import { NewCommunication, sendCommunication } from './commands/sendCommunication.ts';
import { NewCommunicationCheck, startCommunicationCheck } from './commands/startCommunicationCheck.ts';

const DuplicationRequest = z.object({ text: z.string().max(50000).optional(), proposalId: z.number().int().positive().optional() });
const pointOfContactId = (c: Ctx) => numId(c, 'That point of contact', 'pointOfContact.not_found');

export const api = new Hono<AppEnv>()
  // Points of contact
  .get('/api/v1/points-of-contact', async (c) =>
    c.json(presentPointsOfContact(await listPointsOfContact(c.get('db'), c.get('actor'), { state: c.req.query('state')?.toUpperCase() }))),
  )
  .post('/api/v1/points-of-contact', async (c) => {
    const actor = c.get('actor');
    requireAccess(actor, 'pointsOfContact.read');
    const body = await readJson(c, PointOfContactInput, 'pointOfContact.invalid');
    return c.json(presentPointOfContact(await savePointOfContact(c.get('db'), actor, body)), 201);
  })
  .put('/api/v1/points-of-contact/:id', async (c) => {
    const id = pointOfContactId(c);
    const owner = await c.get('db').selectFrom('points_of_contact').select('state_iso3').where('id', '=', id).executeTakeFirst();
    requireAccess(c.get('actor'), 'pointsOfContact.read');
    if (!owner) throw NotFound('That point of contact', 'pointOfContact.not_found');
    requireAccess(c.get('actor'), 'pointsOfContact.write', { ownerStateIso3: owner.state_iso3 });
    const body = await readJson(c, PointOfContactInput.omit({ stateIso3: true }), 'pointOfContact.invalid');
    return c.json(presentPointOfContact(await savePointOfContact(c.get('db'), c.get('actor'), { ...body, stateIso3: owner.state_iso3, pointOfContactId: id })));
  })
  .get('/api/v1/points-of-contact/:id/history', async (c) =>
    c.json(presentPointOfContactHistory(await pointOfContactHistory(c.get('db'), c.get('actor'), pointOfContactId(c)))),
  )
  // Mechanisms
  .get('/api/v1/mechanisms', async (c) => c.json(presentMechanisms(await listMechanisms(c.get('db')))))
  .post('/api/v1/mechanisms', async (c) => {
    const body = await readJson(c, MechanismInput, 'mechanism.invalid');
    return c.json(presentSavedMechanism(await saveMechanism(c.get('db'), c.get('actor'), body, { expectNew: true })), 201);
  })
  .get('/api/v1/mechanisms/:slug', async (c) => c.json(presentMechanism(await mechanismBySlug(c.get('db'), c.req.param('slug')))))
  .put('/api/v1/mechanisms/:slug', async (c) => {
    requireAccess(c.get('actor'), 'mechanisms.manage');
    await mechanismBySlug(c.get('db'), c.req.param('slug'));
    const body = await readJson(c, MechanismInput.omit({ slug: true }), 'mechanism.invalid');
    return c.json(presentSavedMechanism(await saveMechanism(c.get('db'), c.get('actor'), { ...body, slug: c.req.param('slug') })));
  })
  .post('/api/v1/mechanisms/duplication-check', async (c) => {
    const body = await readJson(c, DuplicationRequest, 'duplication.invalid');
    let text = body.text ?? '';
    if (!text && body.proposalId) {
      text = (await proposalText(c.get('db'), body.proposalId)) ?? '';
      if (!text) throw NotFound('That proposal', 'proposal.not_found');
    }
    if (!text) throw ValidationError('Send the proposal text, or a proposalId from the meeting record.', { text: 'Required.' }, 'duplication.invalid');
    return c.json(presentDuplication(await checkDuplication(c.get('db'), text)));
  })
  // Communication checks and communications
  .get('/api/v1/communication-checks', async (c) => {
    requireAccess(c.get('actor'), 'pointsOfContact.read');
    return c.json(presentChecks(await communicationCheckSummaries(c.get('db'))));
  })
  .post('/api/v1/communication-checks', async (c) => {
    requireAccess(c.get('actor'), 'communicationChecks.manage');
    const body = await readJson(c, NewCommunicationCheck, 'communicationCheck.invalid');
    return c.json(presentStarted(await startCommunicationCheck(c.get('db'), c.get('actor'), body, { baseUrl: baseUrl(c) })), 201);
  })
  .post('/api/v1/communication-checks/:id/follow-up', async (c) => {
    requireAccess(c.get('actor'), 'communicationChecks.manage');
    const id = numId(c, 'That communication check', 'communicationCheck.not_found');
    return c.json(presentFollowUp(await followUpCommunicationCheck(c.get('db'), c.get('actor'), id, { baseUrl: baseUrl(c) })), 201);
  })
  .get('/api/v1/communication-checks/:id', async (c) => {
    requireAccess(c.get('actor'), 'pointsOfContact.read');
    const id = numId(c, 'That communication check', 'communicationCheck.not_found');
    const round = await communicationCheckById(c.get('db'), id);
    if (!round) throw NotFound('That communication check', 'communicationCheck.not_found');
    const [byState, byRegion, contacts] = await Promise.all([
      roundByState(c.get('db'), id),
      roundByRegion(c.get('db'), id),
      roundPointsOfContact(c.get('db'), id),
    ]);
    const now = new Date();
    const status = { acknowledged: 0, late: 0, awaiting: 0, overdue: 0 } as Record<PointOfContactStatus, number>;
    for (const x of contacts) status[pointOfContactStatus(x, round.respond_by, now)]++;
    return c.json(presentCheckDetail(round, status, byState, byRegion));
  })
  // The paths until migrations/0509_communication_checks.sql: 308 keeps the method, so clients that follow redirects keep working.
  .get('/api/v1/pings', movedTo('/api/v1/communication-checks'))
  .post('/api/v1/pings', movedTo('/api/v1/communication-checks'))
  .get(
    '/api/v1/pings/:id',
    movedTo((c) => `/api/v1/communication-checks/${c.req.param('id')}`),
  )
  .post(
    '/api/v1/pings/:id/follow-up',
    movedTo((c) => `/api/v1/communication-checks/${c.req.param('id')}/follow-up`),
  )
  // The paths until migrations/0510_points_of_contact_names.sql.
  .get('/api/v1/contacts', movedTo('/api/v1/points-of-contact'))
  .post('/api/v1/contacts', movedTo('/api/v1/points-of-contact'))
  .put(
    '/api/v1/contacts/:id',
    movedTo((c) => `/api/v1/points-of-contact/${c.req.param('id')}`),
  )
  .get(
    '/api/v1/contacts/:id/history',
    movedTo((c) => `/api/v1/points-of-contact/${c.req.param('id')}/history`),
  )
  .get('/api/v1/communications', async (c) => c.json(presentCommunications(await listCommunications(c.get('db'), c.get('actor')))))
  .post('/api/v1/communications', async (c) => {
    requireAccess(c.get('actor'), 'communications.send');
    const body = await readJson(c, NewCommunication, 'communication.invalid');
    return c.json(presentSent(await sendCommunication(c.get('db'), c.get('actor'), body, { baseUrl: baseUrl(c) })), 201);
  })
  .post('/api/v1/acks/:token', async (c) =>
    c.json(presentAck(await acknowledge(c.get('db'), c.req.param('token'), { client: c.req.header('user-agent') ?? '' }))),
  );

const tag = 'registry';
describeApi({
  method: 'get',
  path: '/api/v1/points-of-contact',
  tag,
  summary: 'Points-of-contact directory (never public)',
  access: 'States and the Secretariat',
  response: PointsOfContact,
});
describeApi({
  method: 'post',
  path: '/api/v1/points-of-contact',
  tag,
  summary: 'Add a point of contact',
  body: PointOfContactInput,
  access: "own State's delegates, Secretariat",
  response: PointOfContactSaved,
  status: 201,
});
describeApi({
  method: 'put',
  path: '/api/v1/points-of-contact/{id}',
  tag,
  summary: 'Record a new revision of a point of contact',
  body: PointOfContactInput.omit({ stateIso3: true }),
  access: "own State's delegates, Secretariat",
  response: PointOfContactSaved,
});
describeApi({
  method: 'get',
  path: '/api/v1/points-of-contact/{id}/history',
  tag,
  summary: 'All revisions of a point of contact',
  access: 'States and the Secretariat',
  response: PointOfContactHistory,
});
describeApi({ method: 'get', path: '/api/v1/mechanisms', tag, summary: 'Existing mechanisms (current revisions)', access: 'public', response: Mechanisms });
describeApi({
  method: 'post',
  path: '/api/v1/mechanisms',
  tag,
  summary: 'Add a mechanism',
  body: MechanismInput,
  access: 'secretariat',
  response: MechanismSaved,
  status: 201,
});
describeApi({
  method: 'get',
  path: '/api/v1/mechanisms/{slug}',
  tag,
  summary: 'One mechanism with all its revisions',
  access: 'public',
  response: MechanismDetail,
});
describeApi({
  method: 'put',
  path: '/api/v1/mechanisms/{slug}',
  tag,
  summary: 'Record a new revision of a mechanism',
  body: MechanismInput.omit({ slug: true }),
  access: 'secretariat',
  response: MechanismSaved,
});
describeApi({
  method: 'post',
  path: '/api/v1/mechanisms/duplication-check',
  tag,
  summary: 'Rank mechanisms whose mandates overlap a proposal',
  body: DuplicationRequest,
  access: 'public',
  response: Duplication,
});
describeApi({
  method: 'get',
  path: '/api/v1/communication-checks',
  tag,
  summary: 'Communication checks with their acknowledgement rates',
  access: 'States and the Secretariat',
  response: CommunicationChecks,
});
describeApi({
  method: 'post',
  path: '/api/v1/communication-checks',
  tag,
  summary: 'Start a communication check (returns the acknowledgement links once)',
  body: NewCommunicationCheck,
  access: 'secretariat',
  response: CommunicationCheckStarted,
  status: 201,
});
describeApi({
  method: 'post',
  path: '/api/v1/communication-checks/{id}/follow-up',
  tag,
  summary: 'Follow up the points of contact of a check that have not acknowledged (fresh links, counts of email sent, queued, failed, not sent)',
  access: 'secretariat',
  response: FollowedUp,
  status: 201,
});
describeApi({
  method: 'get',
  path: '/api/v1/communication-checks/{id}',
  tag,
  summary: 'One check per State and per region',
  access: 'States and the Secretariat',
  response: CommunicationCheckDetail,
});
describeApi({ method: 'get', path: '/api/v1/pings', tag, summary: 'Communication checks (the old path)', movedTo: '/api/v1/communication-checks' });
describeApi({ method: 'post', path: '/api/v1/pings', tag, summary: 'Start a communication check (the old path)', movedTo: '/api/v1/communication-checks' });
describeApi({
  method: 'get',
  path: '/api/v1/pings/{id}',
  tag,
  summary: 'One communication check (the old path)',
  movedTo: '/api/v1/communication-checks/{id}',
});
describeApi({
  method: 'post',
  path: '/api/v1/pings/{id}/follow-up',
  tag,
  summary: 'Follow up a communication check (the old path)',
  movedTo: '/api/v1/communication-checks/{id}/follow-up',
});
describeApi({ method: 'get', path: '/api/v1/contacts', tag, summary: 'Points-of-contact directory (the old path)', movedTo: '/api/v1/points-of-contact' });
describeApi({ method: 'post', path: '/api/v1/contacts', tag, summary: 'Add a point of contact (the old path)', movedTo: '/api/v1/points-of-contact' });
describeApi({
  method: 'put',
  path: '/api/v1/contacts/{id}',
  tag,
  summary: 'Record a new revision of a point of contact (the old path)',
  movedTo: '/api/v1/points-of-contact/{id}',
});
describeApi({
  method: 'get',
  path: '/api/v1/contacts/{id}/history',
  tag,
  summary: 'All revisions of a point of contact (the old path)',
  movedTo: '/api/v1/points-of-contact/{id}/history',
});
describeApi({
  method: 'get',
  path: '/api/v1/communications',
  tag,
  summary: "Template communications the caller's State sent or received",
  access: 'States and the Secretariat',
  response: Communications,
});
describeApi({
  method: 'post',
  path: '/api/v1/communications',
  tag,
  summary: 'Send a template communication (e.g. a norm 13 (h) request for assistance)',
  body: NewCommunication,
  access: 'delegate, secretariat',
  response: CommunicationSent,
  status: 201,
});
describeApi({
  method: 'post',
  path: '/api/v1/acks/{token}',
  tag,
  summary: 'Acknowledge a communication check or communication',
  access: 'anyone holding the link',
  response: Acknowledged,
});
