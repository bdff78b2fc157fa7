import { systemActor } from '../accounts/actor.ts';
import { all, type AccessSpec } from '../server/accessMatrix.ts';
import { saveMechanism } from './commands/saveMechanism.ts';
import { savePointOfContact } from './commands/savePointOfContact.ts';
import { sendCommunication } from './commands/sendCommunication.ts';
import { startCommunicationCheck } from './commands/startCommunicationCheck.ts';

const pointOfContact = (stateIso3: string, name: string) => ({
  stateIso3,
  name,
  role: 'technical' as const,
  organisation: 'National CERT',
  email: `${name.toLowerCase().replace(/\W+/g, '-')}@cert.example.org`,
  phone: '+64 4 555 0100',
  languages: ['en'],
  timeZone: 'Pacific/Auckland',
});
const mechanism = (slug: string) => ({
  slug,
  name: `Matrix mechanism ${slug}`,
  parentOrganisation: 'Matrix Organisation',
  kind: 'forum',
  mandateText: 'Promotes points of contact and communication checks between national CERTs in the region.',
  mandateSource: 'Matrix decision 1',
});
// States (delegates, Chair, Secretariat) may read the directory; the public and stakeholders never.
const states = (ok = 200) => all(ok, { public: 401, stakeholder: 403 });
// Only the owning State's delegate (NZL) and the Secretariat may write NZL's points of contact.
const nzlWrite = (ok: number) => all(403, { public: 401, secretariat: ok, delegate: ok });
const secretariatOnly = (ok: number) => all(403, { public: 401, secretariat: ok });
const counter = (prefix: string, start: number) => {
  let i = start;
  return (f: Record<string, string | number>) => `${prefix}${f[`ackToken${i++ % 12}`]}`;
};

export const access: AccessSpec = {
  async fixtures(db) {
    const s = systemActor('access-matrix fixtures');
    await saveMechanism(db, s, mechanism('matrix-fixture') as never);
    const nzl = await savePointOfContact(db, s, pointOfContact('NZL', 'NZL matrix contact'));
    const retire = await savePointOfContact(db, s, pointOfContact('NZL', 'NZL contact to retire'));
    await savePointOfContact(db, s, pointOfContact('MEX', 'MEX matrix contact'));
    await savePointOfContact(db, s, pointOfContact('FRA', 'FRA matrix contact'));
    const tokens: string[] = [];
    let roundId = 0;
    while (tokens.length < 12) {
      const r = await startCommunicationCheck(db, s, { states: ['NZL', 'MEX', 'FRA'] }, { baseUrl: 'http://test', smtp: null });
      roundId = r.round.id;
      tokens.push(...r.links.map((l) => l.link.split('/ack/')[1]!));
    }
    // A round of its own for the follow-up rows, so re-minted links never touch the tokens above.
    const followUpRound = (await startCommunicationCheck(db, s, { states: ['MEX'], respondWithinHours: 24 }, { baseUrl: 'http://test', smtp: null })).round.id;
    const nzlDelegate = await db.selectFrom('users').selectAll().where('email', '=', 'nzl@accord.test').executeTakeFirstOrThrow();
    const { toActor } = await import('../accounts/signIn.ts');
    const comm = await sendCommunication(
      db,
      toActor(nzlDelegate),
      { toState: 'MEX', template: 'assistance-13h', situation: 'Matrix situation affecting a hospital network.' },
      { baseUrl: 'http://test', smtp: null },
    );
    return {
      mechanismSlug: 'matrix-fixture',
      nzlPointOfContact: nzl.point_of_contact_id,
      retirePointOfContact: retire.point_of_contact_id,
      communicationCheck: roundId,
      followUpRound,
      communication: comm.communication.id,
      ...Object.fromEntries(tokens.slice(0, 12).map((t, i) => [`ackToken${i}`, t])),
    };
  },
  rows: [
    { route: 'GET /mechanisms', path: '/mechanisms', expect: all(200) },
    { route: 'GET /mechanisms/new', path: '/mechanisms/new', expect: secretariatOnly(200) },
    { route: 'POST /mechanisms', path: '/mechanisms', body: { ...mechanism('matrix-form'), note: '' }, expect: secretariatOnly(303) },
    { route: 'GET /mechanisms/duplication', path: '/mechanisms/duplication', expect: all(200) },
    {
      route: 'POST /mechanisms/duplication',
      path: '/mechanisms/duplication',
      body: { text: 'Establish points of contact and regular communication checks.' },
      expect: all(200),
    },
    { route: 'GET /mechanisms/:slug', path: (f) => `/mechanisms/${f.mechanismSlug}`, expect: all(200) },
    { route: 'GET /mechanisms/:slug/edit', path: (f) => `/mechanisms/${f.mechanismSlug}/edit`, expect: secretariatOnly(200) },
    {
      route: 'POST /mechanisms/:slug',
      path: (f) => `/mechanisms/${f.mechanismSlug}`,
      body: { ...mechanism('ignored'), note: 'matrix revision' },
      expect: secretariatOnly(303),
    },
    { route: 'GET /api/v1/mechanisms', path: '/api/v1/mechanisms', expect: all(200) },
    { route: 'POST /api/v1/mechanisms', path: '/api/v1/mechanisms', body: mechanism('matrix-api'), expect: secretariatOnly(201) },
    { route: 'GET /api/v1/mechanisms/:slug', path: (f) => `/api/v1/mechanisms/${f.mechanismSlug}`, expect: all(200) },
    {
      route: 'PUT /api/v1/mechanisms/:slug',
      path: (f) => `/api/v1/mechanisms/${f.mechanismSlug}`,
      body: { ...mechanism('x'), slug: undefined },
      expect: secretariatOnly(200),
    },
    {
      route: 'POST /api/v1/mechanisms/duplication-check',
      path: '/api/v1/mechanisms/duplication-check',
      body: { text: 'Points of contact and communication checks between CERTs.' },
      expect: all(200),
    },
    { route: 'GET /points-of-contact', path: '/points-of-contact', expect: states() },
    {
      route: 'GET /points-of-contact/new',
      path: '/points-of-contact/new',
      expect: all(403, { public: 401, secretariat: 200, delegate: 200, otherDelegate: 200 }),
    },
    {
      route: 'POST /points-of-contact',
      path: '/points-of-contact',
      body: { ...pointOfContact('NZL', 'NZL form contact'), languages: 'en' },
      expect: nzlWrite(303),
    },
    { route: 'GET /points-of-contact/:id', path: (f) => `/points-of-contact/${f.nzlPointOfContact}`, expect: states() },
    {
      route: 'POST /points-of-contact/:id',
      path: (f) => `/points-of-contact/${f.nzlPointOfContact}`,
      body: { ...pointOfContact('NZL', 'NZL matrix contact'), languages: 'en, mi' },
      expect: nzlWrite(303),
    },
    { route: 'POST /points-of-contact/:id/retire', path: (f) => `/points-of-contact/${f.retirePointOfContact}/retire`, body: {}, expect: nzlWrite(303) },
    { route: 'GET /api/v1/points-of-contact', path: '/api/v1/points-of-contact', expect: states() },
    { route: 'POST /api/v1/points-of-contact', path: '/api/v1/points-of-contact', body: pointOfContact('NZL', 'NZL API contact'), expect: nzlWrite(201) },
    {
      route: 'PUT /api/v1/points-of-contact/:id',
      path: (f) => `/api/v1/points-of-contact/${f.nzlPointOfContact}`,
      body: { ...pointOfContact('NZL', 'NZL matrix contact'), stateIso3: undefined },
      expect: nzlWrite(200),
    },
    { route: 'GET /api/v1/points-of-contact/:id/history', path: (f) => `/api/v1/points-of-contact/${f.nzlPointOfContact}/history`, expect: states() },
    { route: 'GET /points-of-contact/communication-checks', path: '/points-of-contact/communication-checks', expect: states() },
    {
      route: 'POST /points-of-contact/communication-checks',
      path: '/points-of-contact/communication-checks',
      body: { states: 'NZL' },
      expect: secretariatOnly(200),
    },
    {
      route: 'GET /points-of-contact/communication-checks/:id',
      path: (f) => `/points-of-contact/communication-checks/${f.communicationCheck}`,
      expect: states(),
    },
    {
      route: 'POST /points-of-contact/communication-checks/:id/follow-up',
      path: (f) => `/points-of-contact/communication-checks/${f.followUpRound}/follow-up`,
      body: {},
      expect: secretariatOnly(200),
    },
    // The old paths answer 308 to the new ones for everyone; the new paths decide access.
    { route: 'GET /contacts', path: '/contacts?state=NZL', expect: all(308) },
    { route: 'POST /contacts', path: '/contacts', body: {}, expect: all(308) },
    { route: 'GET /contacts/new', path: '/contacts/new', expect: all(308) },
    { route: 'GET /contacts/:id', path: (f) => `/contacts/${f.nzlPointOfContact}`, expect: all(308) },
    { route: 'POST /contacts/:id', path: (f) => `/contacts/${f.nzlPointOfContact}`, body: {}, expect: all(308) },
    { route: 'POST /contacts/:id/retire', path: (f) => `/contacts/${f.retirePointOfContact}/retire`, body: {}, expect: all(308) },
    { route: 'GET /contacts/communication-checks', path: '/contacts/communication-checks', expect: all(308) },
    { route: 'POST /contacts/communication-checks', path: '/contacts/communication-checks', body: {}, expect: all(308) },
    { route: 'GET /contacts/communication-checks/:id', path: (f) => `/contacts/communication-checks/${f.communicationCheck}`, expect: all(308) },
    {
      route: 'POST /contacts/communication-checks/:id/follow-up',
      path: (f) => `/contacts/communication-checks/${f.followUpRound}/follow-up`,
      body: {},
      expect: all(308),
    },
    { route: 'GET /contacts/communications', path: '/contacts/communications', expect: all(308) },
    { route: 'POST /contacts/communications', path: '/contacts/communications', body: {}, expect: all(308) },
    { route: 'GET /contacts/communications/:id', path: (f) => `/contacts/communications/${f.communication}`, expect: all(308) },
    { route: 'GET /api/v1/contacts', path: '/api/v1/contacts', expect: all(308) },
    { route: 'POST /api/v1/contacts', path: '/api/v1/contacts', body: {}, expect: all(308) },
    { route: 'PUT /api/v1/contacts/:id', path: (f) => `/api/v1/contacts/${f.nzlPointOfContact}`, body: {}, expect: all(308) },
    { route: 'GET /api/v1/contacts/:id/history', path: (f) => `/api/v1/contacts/${f.nzlPointOfContact}/history`, expect: all(308) },
    { route: 'GET /contacts/pings', path: '/contacts/pings', expect: all(308) },
    { route: 'POST /contacts/pings', path: '/contacts/pings', body: { states: 'NZL' }, expect: all(308) },
    { route: 'GET /contacts/pings/:id', path: (f) => `/contacts/pings/${f.communicationCheck}`, expect: all(308) },
    { route: 'POST /contacts/pings/:id/follow-up', path: (f) => `/contacts/pings/${f.followUpRound}/follow-up`, body: {}, expect: all(308) },
    { route: 'GET /points-of-contact/communications', path: '/points-of-contact/communications', expect: states() },
    {
      route: 'POST /points-of-contact/communications',
      path: '/points-of-contact/communications',
      body: { fromState: 'NZL', toState: 'MEX', template: 'incident-notification', situation: 'Matrix incident on a port authority network.' },
      expect: all(200, { public: 401, stakeholder: 403, chair: 403 }),
    },
    // Communications are bilateral: the Chair and third States do not see them (404, as if absent).
    {
      route: 'GET /points-of-contact/communications/:id',
      path: (f) => `/points-of-contact/communications/${f.communication}`,
      expect: { public: 401, secretariat: 200, chair: 404, delegate: 200, otherDelegate: 404, stakeholder: 403 },
    },
    { route: 'GET /ack/:token', path: (f) => `/ack/${f.ackToken0}`, expect: all(200) },
    { route: 'POST /ack/:token', path: counter('/ack/', 0), body: {}, expect: all(200) },
    { route: 'GET /api/v1/communication-checks', path: '/api/v1/communication-checks', expect: states() },
    { route: 'POST /api/v1/communication-checks', path: '/api/v1/communication-checks', body: { states: ['NZL'] }, expect: secretariatOnly(201) },
    { route: 'GET /api/v1/communication-checks/:id', path: (f) => `/api/v1/communication-checks/${f.communicationCheck}`, expect: states() },
    {
      route: 'POST /api/v1/communication-checks/:id/follow-up',
      path: (f) => `/api/v1/communication-checks/${f.followUpRound}/follow-up`,
      body: {},
      expect: secretariatOnly(201),
    },
    { route: 'GET /api/v1/pings', path: '/api/v1/pings', expect: all(308) },
    { route: 'POST /api/v1/pings', path: '/api/v1/pings', body: { states: ['NZL'] }, expect: all(308) },
    { route: 'GET /api/v1/pings/:id', path: (f) => `/api/v1/pings/${f.communicationCheck}`, expect: all(308) },
    { route: 'POST /api/v1/pings/:id/follow-up', path: (f) => `/api/v1/pings/${f.followUpRound}/follow-up`, body: {}, expect: all(308) },
    { route: 'GET /api/v1/communications', path: '/api/v1/communications', expect: states() },
    {
      route: 'POST /api/v1/communications',
      path: '/api/v1/communications',
      body: { fromState: 'NZL', toState: 'MEX', template: 'general', situation: 'Matrix general communication text.' },
      expect: all(201, { public: 401, stakeholder: 403, chair: 403 }),
    },
    { route: 'POST /api/v1/acks/:token', path: counter('/api/v1/acks/', 6), body: {}, expect: all(200) },
  ],
};
