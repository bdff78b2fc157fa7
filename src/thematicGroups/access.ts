import { systemActor } from '../accounts/actor.ts';
import { all, type AccessSpec, type MatrixRole } from '../server/accessMatrix.ts';
import { addFacilitator } from './commands/addFacilitator.ts';
import { addGuidingQuestion } from './commands/addGuidingQuestion.ts';
import { createDtgMeeting } from '../testing/factories.ts';

const secretariat = (ok: number): Record<MatrixRole, number> => all(403, { public: 401, secretariat: ok });

export const access: AccessSpec = {
  async fixtures(db) {
    const s = systemActor('access-matrix fixtures');
    const { meetingId } = await createDtgMeeting(db, { sessionNumber: 7, meetingNumber: 1, bodySlug: 'dtg-specific-challenges' });
    // One facilitator and one question to remove through a page, one of each through the API.
    const f1 = await addFacilitator(db, s, meetingId, { name: 'Ms Matrix Page', state: 'KEN' });
    const f2 = await addFacilitator(db, s, meetingId, { name: 'Mr Matrix Api', affiliation: 'Invented institute' });
    const q1 = await addGuidingQuestion(db, s, meetingId, { text: 'Which specific challenges should the group take up first?' });
    const q2 = await addGuidingQuestion(db, s, meetingId, { text: 'How could the group report its findings to the plenary?' });
    return { dtgMeeting: meetingId, dtgFacilitatorPage: f1.id, dtgFacilitatorApi: f2.id, dtgQuestionPage: q1.id, dtgQuestionApi: q2.id };
  },
  rows: [
    { route: 'GET /thematic-groups', path: '/thematic-groups', expect: all(200) },
    { route: 'GET /thematic-groups/meetings/:id', path: (f) => `/thematic-groups/meetings/${f.dtgMeeting}`, expect: all(200) },
    {
      route: 'POST /thematic-groups/meetings/:id/facilitators',
      path: (f) => `/thematic-groups/meetings/${f.dtgMeeting}/facilitators`,
      body: { name: 'Ms Matrix Form', state: 'NOR' },
      expect: secretariat(303),
    },
    {
      route: 'POST /thematic-groups/meetings/:id/facilitators/:fid/remove',
      path: (f) => `/thematic-groups/meetings/${f.dtgMeeting}/facilitators/${f.dtgFacilitatorPage}/remove`,
      body: {},
      expect: secretariat(303),
    },
    {
      route: 'POST /thematic-groups/meetings/:id/questions',
      path: (f) => `/thematic-groups/meetings/${f.dtgMeeting}/questions`,
      body: { text: 'What would a first step on this challenge look like?' },
      expect: secretariat(303),
    },
    {
      route: 'POST /thematic-groups/meetings/:id/questions/:qid/remove',
      path: (f) => `/thematic-groups/meetings/${f.dtgMeeting}/questions/${f.dtgQuestionPage}/remove`,
      body: {},
      expect: secretariat(303),
    },
    { route: 'GET /thematic-groups/meetings/:id/summary.docx', path: (f) => `/thematic-groups/meetings/${f.dtgMeeting}/summary.docx`, expect: all(200) },
    { route: 'GET /thematic-groups/meetings/:id/summary.xml', path: (f) => `/thematic-groups/meetings/${f.dtgMeeting}/summary.xml`, expect: all(200) },
    { route: 'GET /api/v1/thematic-groups', path: '/api/v1/thematic-groups', expect: all(200) },
    { route: 'GET /api/v1/meetings/:id/guiding-questions', path: (f) => `/api/v1/meetings/${f.dtgMeeting}/guiding-questions`, expect: all(200) },
    {
      route: 'POST /api/v1/meetings/:id/guiding-questions',
      path: (f) => `/api/v1/meetings/${f.dtgMeeting}/guiding-questions`,
      body: { text: 'Which partners already work on this challenge?' },
      expect: secretariat(201),
    },
    {
      route: 'DELETE /api/v1/meetings/:id/guiding-questions/:qid',
      path: (f) => `/api/v1/meetings/${f.dtgMeeting}/guiding-questions/${f.dtgQuestionApi}`,
      expect: secretariat(200),
    },
    { route: 'GET /api/v1/meetings/:id/facilitators', path: (f) => `/api/v1/meetings/${f.dtgMeeting}/facilitators`, expect: all(200) },
    {
      route: 'POST /api/v1/meetings/:id/facilitators',
      path: (f) => `/api/v1/meetings/${f.dtgMeeting}/facilitators`,
      body: { name: 'Mr Matrix Json', state: 'CHL' },
      expect: secretariat(201),
    },
    {
      route: 'DELETE /api/v1/meetings/:id/facilitators/:fid',
      path: (f) => `/api/v1/meetings/${f.dtgMeeting}/facilitators/${f.dtgFacilitatorApi}`,
      expect: secretariat(200),
    },
    { route: 'GET /api/v1/meetings/:id/dtg-summary', path: (f) => `/api/v1/meetings/${f.dtgMeeting}/dtg-summary`, expect: all(200) },
  ],
};
