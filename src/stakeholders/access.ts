import { ANONYMOUS, systemActor } from '../accounts/actor.ts';
import { all, type AccessSpec } from '../server/accessMatrix.ts';
import { applyForAccreditation } from './commands/applyForAccreditation.ts';
import { decideEcosoc } from './commands/decideEcosoc.ts';
import { subscribeToInterestList } from './commands/subscribeToInterestList.ts';
import { accreditDirectly, dtgMeeting } from './testing.ts';

let n = 0;
const application = (name?: string) => ({
  name: name ?? `Matrix applicant ${++n}`,
  kind: 'ngo',
  ecosocStatus: 'none',
  description: 'An organisation created by the access-matrix test.',
  contactName: 'Matrix Contact',
  contactEmail: 'matrix@example.org',
});
const apply = (db: Parameters<NonNullable<AccessSpec['fixtures']>>[0], name: string, ecosoc = false) =>
  applyForAccreditation(db, ANONYMOUS, { ...application(name), kind: 'ngo', ecosocStatus: ecosoc ? 'special' : 'none' });

const states = (okStatus: number) => all(403, { public: 401, delegate: okStatus, otherDelegate: okStatus });
/** An organisation's account (its own) and the Secretariat (everyone's). */
const orgOrSecretariat = (okStatus: number) => all(403, { public: 401, secretariat: okStatus, stakeholder: okStatus });
const secretariatOnly = (okStatus: number) => all(403, { public: 401, secretariat: okStatus });
const stakeholderOnly = (okStatus: number) => all(403, { public: 401, stakeholder: okStatus });

/** Expected status per role for every route of this capability (checked by the access-matrix test). */
export const access: AccessSpec = {
  async fixtures(db) {
    const secretariat = systemActor('access-matrix fixtures');
    const open = await apply(db, 'Matrix open application');
    const openApi = await apply(db, 'Matrix open application (API)');
    const ecosoc = await apply(db, 'Matrix ECOSOC application', true);
    const ecosocApi = await apply(db, 'Matrix ECOSOC application (API)', true);
    const accredited = await apply(db, 'Matrix accredited organisation', true);
    await decideEcosoc(db, secretariat, accredited.id, { confirmed: true });
    const org = await db.selectFrom('users').select('organisation_id').where('email', '=', 'stakeholder@accord.test').executeTakeFirstOrThrow();
    const contribution = await db
      .insertInto('stakeholder_contributions')
      .values({
        organisation_id: org.organisation_id!,
        session_label: 'Matrix session',
        process_name: null,
        session_id: null,
        title: 'Matrix contribution',
        summary: 'A contribution created by the access-matrix test fixtures.',
        filename: 'matrix.txt',
        media_type: 'text/plain',
        bytes: new TextEncoder().encode('matrix'),
        sha256: 'a'.repeat(64),
        body_text: 'matrix',
        framework_version: '2025',
        pillar_ids: [],
        element_ids: [],
        suggested_element_ids: [],
        submitted_by: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The demo stakeholder's organisation is accredited to the Global Mechanism, which has a DTG meeting.
    await accreditDirectly(db, org.organisation_id!, 'global-mechanism');
    const gmMeeting = await dtgMeeting(db, 950);
    const rep = (email: string) =>
      db
        .insertInto('stakeholder_representatives')
        .values({ organisation_id: org.organisation_id!, meeting_id: gmMeeting, name: 'Matrix Withdrawn', email, function: '', registered_by: null })
        .returning('id')
        .executeTakeFirstOrThrow()
        .then((r) => r.id);
    const [gmRep, gmRepApi] = [await rep('matrix-withdrawn@example.org'), await rep('matrix-withdrawn-api@example.org')];
    await subscribeToInterestList(
      db,
      ANONYMOUS,
      { name: 'Matrix Subscriber', email: 'matrix-subscriber@example.org', language: 'en' },
      { baseUrl: 'http://matrix.test' },
    );
    const mail = await db.selectFrom('outbound_emails').select('body').where('to_address', '=', 'matrix-subscriber@example.org').executeTakeFirstOrThrow();
    const token = (kind: string) => new RegExp(`/interest-list/${kind}/([A-Za-z0-9_-]+)`).exec(mail.body)![1]!;
    return {
      openApp: open.id,
      openAppApi: openApi.id,
      ecosocApp: ecosoc.id,
      ecosocAppApi: ecosocApi.id,
      accreditedApp: accredited.id,
      contribution: contribution.id,
      gmMeeting,
      gmRep,
      gmRepApi,
      interestConfirm: token('confirm'),
      interestUnsubscribe: token('unsubscribe'),
    };
  },
  rows: [
    { route: 'GET /stakeholders', path: '/stakeholders', expect: all(200) },
    { route: 'GET /stakeholders/apply', path: '/stakeholders/apply', expect: all(200) },
    { route: 'POST /stakeholders/apply', path: '/stakeholders/apply', body: () => application(), expect: all(303) },
    { route: 'GET /stakeholders/applications/:id', path: (f) => `/stakeholders/applications/${f.openApp}`, expect: all(200) },
    {
      route: 'POST /stakeholders/applications/:id/objection',
      path: (f) => `/stakeholders/applications/${f.openApp}/objection`,
      body: { basis: 'Matrix' },
      expect: states(303),
    },
    {
      route: 'POST /stakeholders/applications/:id/ecosoc',
      path: (f) => `/stakeholders/applications/${f.ecosocApp}/ecosoc`,
      body: { confirmed: '1' },
      expect: all(403, { public: 401, secretariat: 303 }),
    },
    {
      route: 'POST /stakeholders/applications/:id/account',
      path: (f) => `/stakeholders/applications/${f.accreditedApp}/account`,
      body: { email: 'matrix-org@accord.test', password: 'matrix-password-2026' },
      expect: all(403, { public: 401, secretariat: 303 }),
    },
    { route: 'GET /api/v1/accreditation/applications', path: '/api/v1/accreditation/applications', expect: all(200) },
    { route: 'POST /api/v1/accreditation/applications', path: '/api/v1/accreditation/applications', body: () => application(), expect: all(201) },
    { route: 'GET /api/v1/accreditation/applications/:id', path: (f) => `/api/v1/accreditation/applications/${f.openApp}`, expect: all(200) },
    {
      route: 'POST /api/v1/accreditation/applications/:id/objections',
      path: (f) => `/api/v1/accreditation/applications/${f.openAppApi}/objections`,
      body: { basis: 'Matrix', shareWithStates: true },
      expect: states(201),
    },
    {
      route: 'POST /api/v1/accreditation/applications/:id/ecosoc-decision',
      path: (f) => `/api/v1/accreditation/applications/${f.ecosocAppApi}/ecosoc-decision`,
      body: { confirmed: false },
      expect: all(403, { public: 401, secretariat: 200 }),
    },
    // Modalities by process: public to read, the Secretariat sets them; an organisation's account applies for itself.
    { route: 'GET /stakeholders/processes', path: '/stakeholders/processes', expect: all(200) },
    {
      route: 'POST /stakeholders/processes/:slug/modalities',
      path: '/stakeholders/processes/oewg-2019-2021/modalities',
      body: { ecosocBasis: '1', noObjectionBasis: '1', objectionWorkingDays: '', carryOverFrom: '' },
      expect: secretariatOnly(303),
    },
    { route: 'POST /stakeholders/processes/:slug/apply', path: '/stakeholders/processes/oewg-2019-2021/apply', body: {}, expect: stakeholderOnly(303) },
    { route: 'GET /api/v1/accreditation/processes', path: '/api/v1/accreditation/processes', expect: all(200) },
    {
      route: 'PUT /api/v1/accreditation/processes/:slug/modalities',
      path: '/api/v1/accreditation/processes/oewg-2019-2021/modalities',
      body: { ecosocBasis: true, noObjectionBasis: true, carryOverFrom: null },
      expect: secretariatOnly(200),
    },
    {
      route: 'POST /api/v1/accreditation/processes/:slug/applications',
      path: '/api/v1/accreditation/processes/oewg-2021-2025/applications',
      body: {},
      expect: stakeholderOnly(201),
    },
    // Representatives per meeting: an organisation registers its own; the Secretariat sees all.
    { route: 'GET /stakeholders/representatives', path: '/stakeholders/representatives', expect: orgOrSecretariat(200) },
    {
      route: 'GET /stakeholders/meetings/:id/representatives',
      path: (f) => `/stakeholders/meetings/${f.gmMeeting}/representatives`,
      expect: orgOrSecretariat(200),
    },
    {
      route: 'POST /stakeholders/meetings/:id/representatives',
      path: (f) => `/stakeholders/meetings/${f.gmMeeting}/representatives`,
      body: { name: 'Matrix Representative', email: 'matrix-rep@example.org', function: 'Delegate' },
      expect: stakeholderOnly(303),
    },
    // Withdrawing: the organisation's own account only (the Secretariat's request would otherwise remove the row before the stakeholder's turn).
    {
      route: 'POST /stakeholders/meetings/:id/representatives/:rep/remove',
      path: (f) => `/stakeholders/meetings/${f.gmMeeting}/representatives/${f.gmRep}/remove`,
      body: {},
      expect: stakeholderOnly(303),
    },
    {
      route: 'DELETE /api/v1/meetings/:id/representatives/:rep',
      path: (f) => `/api/v1/meetings/${f.gmMeeting}/representatives/${f.gmRepApi}`,
      expect: stakeholderOnly(200),
    },
    { route: 'GET /api/v1/meetings/:id/representatives', path: (f) => `/api/v1/meetings/${f.gmMeeting}/representatives`, expect: orgOrSecretariat(200) },
    {
      route: 'POST /api/v1/meetings/:id/representatives',
      path: (f) => `/api/v1/meetings/${f.gmMeeting}/representatives`,
      body: { name: 'Matrix API Representative', email: 'matrix-api-rep@example.org' },
      expect: stakeholderOnly(201),
    },
    // The interest list: anyone signs up, confirms and unsubscribes (no sign-in); the Secretariat counts and exports.
    { route: 'GET /stakeholders/interest-list', path: '/stakeholders/interest-list', expect: all(200) },
    {
      route: 'POST /stakeholders/interest-list',
      path: '/stakeholders/interest-list',
      body: { name: 'Matrix Visitor', email: 'matrix-visitor@example.org', affiliation: '', language: 'fr' },
      expect: all(303),
    },
    { route: 'GET /stakeholders/interest-list/confirm/:token', path: (f) => `/stakeholders/interest-list/confirm/${f.interestConfirm}`, expect: all(200) },
    {
      route: 'POST /stakeholders/interest-list/confirm/:token',
      path: (f) => `/stakeholders/interest-list/confirm/${f.interestConfirm}`,
      body: {},
      expect: all(200),
    },
    {
      route: 'GET /stakeholders/interest-list/unsubscribe/:token',
      path: (f) => `/stakeholders/interest-list/unsubscribe/${f.interestUnsubscribe}`,
      expect: all(200),
    },
    {
      route: 'POST /stakeholders/interest-list/unsubscribe/:token',
      path: (f) => `/stakeholders/interest-list/unsubscribe/${f.interestUnsubscribe}`,
      body: {},
      expect: all(200),
    },
    { route: 'GET /stakeholders/interest-list/subscribers', path: '/stakeholders/interest-list/subscribers', expect: secretariatOnly(200) },
    { route: 'GET /stakeholders/interest-list/subscribers.csv', path: '/stakeholders/interest-list/subscribers.csv', expect: secretariatOnly(200) },
    { route: 'GET /stakeholders/contributions', path: '/stakeholders/contributions?q=matrix', expect: all(200) },
    { route: 'GET /stakeholders/contributions/new', path: '/stakeholders/contributions/new', expect: all(403, { public: 401, stakeholder: 200 }) },
    // Without a file the stakeholder gets the form back with the error (400); everyone else is refused first.
    {
      route: 'POST /stakeholders/contributions',
      path: '/stakeholders/contributions',
      body: { session: 'Matrix session', title: 'Matrix', summary: 'A summary long enough to be valid.' },
      expect: all(403, { public: 401, stakeholder: 400 }),
    },
    { route: 'GET /stakeholders/contributions/:id', path: (f) => `/stakeholders/contributions/${f.contribution}`, expect: all(200) },
    { route: 'GET /stakeholders/contributions/:id/document', path: (f) => `/stakeholders/contributions/${f.contribution}/document`, expect: all(200) },
    { route: 'GET /api/v1/contributions', path: '/api/v1/contributions', expect: all(200) },
    {
      route: 'POST /api/v1/contributions',
      path: '/api/v1/contributions',
      body: {
        session: 'Matrix session',
        title: 'Matrix API contribution',
        summary: 'A summary long enough to be valid.',
        document: { filename: 'm.txt', base64: Buffer.from('Points of contact and communication checks.').toString('base64') },
      },
      expect: all(403, { public: 401, stakeholder: 201 }),
    },
    { route: 'GET /api/v1/contributions/:id', path: (f) => `/api/v1/contributions/${f.contribution}`, expect: all(200) },
  ],
};
