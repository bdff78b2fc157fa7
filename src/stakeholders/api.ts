/** The JSON API of stakeholders: accreditation per process, modalities, representatives at meetings, contributions. */
import { Hono } from 'hono';
import { z } from 'zod';
import { can, requireAccess } from '../accounts/policy.ts';
import { NotFound, ValidationError } from '../foundation/errors.ts';
import { readJson } from '../server/api.ts';
import type { AppEnv, Ctx } from '../server/context.ts';
import { describeApi } from '../server/openapi.ts';
import { applyForAccreditation, NewApplication } from './commands/applyForAccreditation.ts';
import { applyForProcess } from './commands/applyForProcess.ts';
import { decideEcosoc, EcosocDecision } from './commands/decideEcosoc.ts';
import { NewObjection, objectToApplication } from './commands/objectToApplication.ts';
import {
  ApplicationDetail,
  ApplicationFiled,
  Applications,
  ContributionDetail,
  Contributions,
  ContributionSubmitted,
  ModalitiesSet,
  ObjectionFiled,
  presentApplication,
  presentApplications,
  presentContribution,
  presentContributions,
  presentFiled,
  presentModalities,
  presentModalitiesList,
  presentObjection,
  presentRepresentative,
  presentRepresentatives,
  presentSubmitted,
  ProcessModalities,
  RepresentativeRegistered,
  RepresentativeRemoved,
  Representatives,
} from './presenters.ts';
import { applicationFor, contributionById, listApplications, listContributions, listModalities, meetingOfProcess, representativesOf } from './queries.ts';
import { NewRepresentative, registerRepresentative } from './commands/registerRepresentative.ts';
import { removeRepresentative } from './commands/removeRepresentative.ts';
import { ModalitiesInput, setModalities } from './commands/setModalities.ts';
import { NewContribution, submitContribution } from './commands/submitContribution.ts';

const ApiContribution = NewContribution.extend({
  document: z.object({
    filename: z.string().min(1).max(255),
    mediaType: z.string().max(100).optional(),
    base64: z.string().min(1, 'Attach the document as base64.'),
  }),
});
const positive = (c: Ctx, name: string, what: string, code: string) => {
  const id = Number(c.req.param(name));
  if (!Number.isInteger(id) || id <= 0) throw NotFound(what, code);
  return id;
};
const applicationId = (c: Ctx) => positive(c, 'id', 'That application', 'accreditation.not_found');
const meetingId = (c: Ctx) => positive(c, 'id', 'That meeting', 'meeting.not_found');
/** An organisation's account (its own representatives) and the Secretariat (everyone's). */
const requireRepresentativesReader = (c: Ctx) => {
  const actor = c.get('actor');
  if (!can(actor, 'accreditation.decide')) requireAccess(actor, 'organisation.act');
  return actor;
};

export const api = new Hono<AppEnv>()
  // Accreditation
  .get('/api/v1/accreditation/applications', async (c) =>
    c.json(presentApplications(await listApplications(c.get('db'), { status: c.req.query('status'), process: c.req.query('process') }))),
  )
  .post('/api/v1/accreditation/applications', async (c) => {
    const body = await readJson(c, NewApplication, 'accreditation.invalid');
    return c.json(presentFiled(await applyForAccreditation(c.get('db'), c.get('actor'), body)), 201);
  })
  .get('/api/v1/accreditation/applications/:id', async (c) => {
    const a = await applicationFor(c.get('db'), c.get('actor'), applicationId(c));
    if (!a) throw NotFound('That application', 'accreditation.not_found');
    return c.json(presentApplication(a));
  })
  .post('/api/v1/accreditation/applications/:id/objections', async (c) => {
    const body = await readJson(c, NewObjection, 'objection.invalid');
    return c.json(presentObjection(await objectToApplication(c.get('db'), c.get('actor'), applicationId(c), body)), 201);
  })
  .post('/api/v1/accreditation/applications/:id/ecosoc-decision', async (c) => {
    const body = await readJson(c, EcosocDecision, 'accreditation.invalid');
    return c.json(presentFiled(await decideEcosoc(c.get('db'), c.get('actor'), applicationId(c), body)));
  })
  // Modalities per process
  .get('/api/v1/accreditation/processes', async (c) => c.json(presentModalitiesList(await listModalities(c.get('db')))))
  .put('/api/v1/accreditation/processes/:slug/modalities', async (c) => {
    const body = await readJson(c, z.unknown(), 'modalities.invalid');
    return c.json(presentModalities(await setModalities(c.get('db'), c.get('actor'), c.req.param('slug'), body as z.input<typeof ModalitiesInput>)));
  })
  .post('/api/v1/accreditation/processes/:slug/applications', async (c) =>
    c.json(presentFiled(await applyForProcess(c.get('db'), c.get('actor'), { process: c.req.param('slug') })), 201),
  )
  // Representatives
  .get('/api/v1/meetings/:id/representatives', async (c) => {
    const actor = requireRepresentativesReader(c);
    const id = meetingId(c);
    const m = await meetingOfProcess(c.get('db'), id);
    return c.json(presentRepresentatives(m, await representativesOf(c.get('db'), actor, id)));
  })
  .post('/api/v1/meetings/:id/representatives', async (c) => {
    const body = await readJson(c, NewRepresentative, 'representative.invalid');
    return c.json(presentRepresentative(await registerRepresentative(c.get('db'), c.get('actor'), meetingId(c), body)), 201);
  })
  .delete('/api/v1/meetings/:id/representatives/:rep', async (c) => {
    const id = meetingId(c);
    const rep = Number(c.req.param('rep')) || 0;
    await removeRepresentative(c.get('db'), c.get('actor'), id, rep);
    return c.json(RepresentativeRemoved.parse({ removed: { id: rep, meeting: id } }));
  })
  // Contributions
  .get('/api/v1/contributions', async (c) =>
    c.json(presentContributions(await listContributions(c.get('db'), { q: c.req.query('q'), element: c.req.query('element') || undefined }))),
  )
  .post('/api/v1/contributions', async (c) => {
    const body = await readJson(c, ApiContribution, 'contribution.invalid');
    const bytes = Buffer.from(body.document.base64, 'base64');
    if (bytes.length === 0)
      throw ValidationError('The document is empty or not valid base64.', { 'document.base64': 'Not valid base64.' }, 'contribution.invalid');
    const r = await submitContribution(c.get('db'), c.get('actor'), body, {
      filename: body.document.filename,
      mediaType: body.document.mediaType,
      bytes: new Uint8Array(bytes),
    });
    return c.json(presentSubmitted(r), 201);
  })
  .get('/api/v1/contributions/:id', async (c) => {
    const r = await contributionById(c.get('db'), positive(c, 'id', 'That contribution', 'contribution.not_found'));
    if (!r) throw NotFound('That contribution', 'contribution.not_found');
    return c.json(presentContribution(r));
  });

const tag = 'stakeholders';
describeApi({
  method: 'get',
  path: '/api/v1/accreditation/applications',
  tag,
  summary: 'Accreditation applications (public list, without contact details); ?process=<slug> and ?status= filter',
  access: 'public',
  response: Applications,
});
describeApi({
  method: 'post',
  path: '/api/v1/accreditation/applications',
  tag,
  summary: 'Apply for accreditation',
  body: NewApplication,
  access: 'anyone',
  response: ApplicationFiled,
  status: 201,
});
describeApi({
  method: 'get',
  path: '/api/v1/accreditation/applications/{id}',
  tag,
  summary: 'One application with its status history and the objections the caller may see',
  access: 'public; contact and who acted: Secretariat; objections: Chair and Secretariat, or shared',
  response: ApplicationDetail,
});
describeApi({
  method: 'post',
  path: '/api/v1/accreditation/applications/{id}/objections',
  tag,
  summary: 'Object under the no-objection procedure, before the deadline',
  body: NewObjection,
  access: 'delegate',
  response: ObjectionFiled,
  status: 201,
});
describeApi({
  method: 'post',
  path: '/api/v1/accreditation/applications/{id}/ecosoc-decision',
  tag,
  summary: "Confirm (or not) an applicant's ECOSOC status",
  body: EcosocDecision,
  access: 'secretariat',
  response: ApplicationFiled,
});
describeApi({
  method: 'get',
  path: '/api/v1/accreditation/processes',
  tag,
  summary: "Each process's stakeholder modalities: bases accepted, objection window, carry-over",
  access: 'public',
  response: ProcessModalities,
});
describeApi({
  method: 'put',
  path: '/api/v1/accreditation/processes/{slug}/modalities',
  tag,
  summary: "Set a process's stakeholder modalities",
  body: ModalitiesInput,
  access: 'secretariat',
  response: ModalitiesSet,
});
describeApi({
  method: 'post',
  path: '/api/v1/accreditation/processes/{slug}/applications',
  tag,
  summary: "Apply, for the caller's organisation, to a process (carried over when its modalities say so)",
  access: 'stakeholder',
  response: ApplicationFiled,
  status: 201,
});
describeApi({
  method: 'get',
  path: '/api/v1/meetings/{id}/representatives',
  tag,
  summary: "Representatives registered for a meeting (all for the Secretariat, the caller's own for an organisation)",
  access: 'stakeholder, secretariat',
  response: Representatives,
});
describeApi({
  method: 'post',
  path: '/api/v1/meetings/{id}/representatives',
  tag,
  summary: "Register a named representative of the caller's organisation for a meeting of a process it is accredited to",
  body: NewRepresentative,
  access: 'stakeholder',
  response: RepresentativeRegistered,
  status: 201,
});
describeApi({
  method: 'delete',
  path: '/api/v1/meetings/{id}/representatives/{rep}',
  tag,
  summary: "Withdraw one of the caller's organisation's representatives from a meeting",
  access: 'stakeholder (own organisation)',
  response: RepresentativeRemoved,
});
describeApi({
  method: 'get',
  path: '/api/v1/contributions',
  tag,
  summary: 'Stakeholder contributions, full-text searchable with ?q= (web-search syntax)',
  access: 'public',
  response: Contributions,
});
describeApi({
  method: 'post',
  path: '/api/v1/contributions',
  tag,
  summary: 'Submit a written contribution (document as base64)',
  body: ApiContribution,
  access: 'stakeholder',
  response: ContributionSubmitted,
  status: 201,
});
describeApi({
  method: 'get',
  path: '/api/v1/contributions/{id}',
  tag,
  summary: 'One contribution, marked as stakeholder input',
  access: 'public',
  response: ContributionDetail,
});
