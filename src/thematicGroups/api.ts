import { Hono } from 'hono';
import { z } from 'zod';
import { readJson } from '../server/api.ts';
import type { AppEnv, Ctx } from '../server/context.ts';
import { NotFound } from '../foundation/errors.ts';
import { describeApi } from '../server/openapi.ts';
import { addFacilitator, NewFacilitator } from './commands/addFacilitator.ts';
import { addGuidingQuestion, NewGuidingQuestion } from './commands/addGuidingQuestion.ts';
import { dtgMeeting } from './dtgMeeting.ts';
import * as P from './presenters.ts';
import { dtgMeetings, facilitatorsOf, questionsOf } from './queries.ts';
import { removeFacilitator } from './commands/removeFacilitator.ts';
import { removeGuidingQuestion } from './commands/removeGuidingQuestion.ts';
import { dtgSummary } from './summary.ts';

const num = (c: Ctx, name = 'id') => {
  const n = Number(c.req.param(name));
  if (!Number.isSafeInteger(n) || n <= 0) throw NotFound('That page');
  return n;
};
const AnyObject = z.record(z.string(), z.unknown());
async function requireDtgMeeting(c: Ctx) {
  const id = num(c);
  if (!(await dtgMeeting(c.get('db'), id))) throw NotFound('That thematic group meeting', 'thematic.meeting_not_found');
  return id;
}

/** The thematic groups' JSON API: DTG meetings, their guiding questions and co-facilitators, and who said what. */
export const api = new Hono<AppEnv>()
  .get('/api/v1/thematic-groups', async (c) => c.json({ meetings: (await dtgMeetings(c.get('db'), c.get('actor'))).map(P.presentDtgMeeting) }))
  .get('/api/v1/meetings/:id/guiding-questions', async (c) => {
    const id = await requireDtgMeeting(c);
    return c.json({ questions: (await questionsOf(c.get('db'), id)).map(P.presentGuidingQuestion) });
  })
  .post('/api/v1/meetings/:id/guiding-questions', async (c) => {
    // The command validates, so the API's field messages are English sentences, not catalogue keys.
    const body = (await readJson(c, AnyObject, 'thematic.question_invalid')) as z.input<typeof NewGuidingQuestion>;
    return c.json({ question: P.presentGuidingQuestion(await addGuidingQuestion(c.get('db'), c.get('actor'), num(c), body)) }, 201);
  })
  .delete('/api/v1/meetings/:id/guiding-questions/:qid', async (c) =>
    c.json({ removed: P.presentRemovedQuestion(await removeGuidingQuestion(c.get('db'), c.get('actor'), num(c), num(c, 'qid'))) }),
  )
  .get('/api/v1/meetings/:id/facilitators', async (c) => {
    const id = await requireDtgMeeting(c);
    return c.json({ facilitators: (await facilitatorsOf(c.get('db'), id)).map(P.presentFacilitator) });
  })
  .post('/api/v1/meetings/:id/facilitators', async (c) => {
    const body = (await readJson(c, AnyObject, 'thematic.facilitator_invalid')) as z.input<typeof NewFacilitator>;
    return c.json({ facilitator: P.presentFacilitator(await addFacilitator(c.get('db'), c.get('actor'), num(c), body)) }, 201);
  })
  .delete('/api/v1/meetings/:id/facilitators/:fid', async (c) =>
    c.json({ removed: P.presentFacilitator(await removeFacilitator(c.get('db'), c.get('actor'), num(c), num(c, 'fid'))) }),
  )
  .get('/api/v1/meetings/:id/dtg-summary', async (c) => c.json(P.presentDtgSummary(await dtgSummary(c.get('db'), c.get('actor'), num(c)))));

const tag = 'thematic-groups';
describeApi({
  method: 'get',
  path: '/api/v1/thematic-groups',
  tag,
  summary: 'Meetings of the dedicated thematic groups, by process and group',
  access: 'public',
  response: z.object({ meetings: z.array(P.DtgMeetingSchema) }),
});
describeApi({
  method: 'get',
  path: '/api/v1/meetings/{id}/guiding-questions',
  tag,
  summary: "A DTG meeting's guiding questions in order",
  access: 'public',
  response: z.object({ questions: z.array(P.GuidingQuestionSchema) }),
});
describeApi({
  method: 'post',
  path: '/api/v1/meetings/{id}/guiding-questions',
  tag,
  summary: "Add one of the Chair's guiding questions to a DTG meeting",
  body: NewGuidingQuestion,
  access: 'secretariat',
  status: 201,
  response: z.object({ question: P.GuidingQuestionSchema }),
});
describeApi({
  method: 'delete',
  path: '/api/v1/meetings/{id}/guiding-questions/{qid}',
  tag,
  summary: 'Remove a guiding question',
  access: 'secretariat',
  response: z.object({ removed: P.RemovedQuestionSchema }),
});
describeApi({
  method: 'get',
  path: '/api/v1/meetings/{id}/facilitators',
  tag,
  summary: "A DTG meeting's co-facilitators",
  access: 'public',
  response: z.object({ facilitators: z.array(P.FacilitatorSchema) }),
});
describeApi({
  method: 'post',
  path: '/api/v1/meetings/{id}/facilitators',
  tag,
  summary: 'Name a co-facilitator of a DTG meeting (the record reader then knows them)',
  body: NewFacilitator,
  access: 'secretariat',
  status: 201,
  response: z.object({ facilitator: P.FacilitatorSchema }),
});
describeApi({
  method: 'delete',
  path: '/api/v1/meetings/{id}/facilitators/{fid}',
  tag,
  summary: 'Remove a co-facilitator',
  access: 'secretariat',
  response: z.object({ removed: P.FacilitatorSchema }),
});
describeApi({
  method: 'get',
  path: '/api/v1/meetings/{id}/dtg-summary',
  tag,
  summary: 'Who said what on each guiding question, from the visible record',
  access: 'public (published documents)',
  response: P.DtgSummarySchema,
});
