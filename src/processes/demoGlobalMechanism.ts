/**
 * Demo content for the Global Mechanism (invented, marked synthetic): its first biennial cycle, the
 * organizational session, the first substantive plenary session, two dedicated thematic group meetings with co-facilitators and
 * the Chair's guiding questions, and a published record of each meeting, read under the Global
 * Mechanism's framework. The progress report's zero draft is seeded by src/drafting/demo.ts. Skips
 * itself when the cycle exists.
 */
import { systemActor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { createMeeting } from '../records/commands/createMeeting.ts';
import { ingestDocument } from '../records/commands/ingestDocument.ts';
import { publishDocument } from '../records/commands/publishDocument.ts';
import { addFacilitator } from '../thematicGroups/commands/addFacilitator.ts';
import { addGuidingQuestion } from '../thematicGroups/commands/addGuidingQuestion.ts';
import { createCycle } from './commands/createCycle.ts';
import { createSession } from './commands/createSession.ts';

const GM = 'global-mechanism';
const CYCLE = 'first-biennial-cycle-demo';

const PLENARY_RECORD = `SYNTHETIC DEMO — Informal summary of the first substantive plenary session of the Global Mechanism
Agenda item: rules, norms and principles of responsible State behaviour
The Chair opened the session and recalled that the mechanism would adopt its first progress report by consensus at the end of the biennial cycle.
The representative of Ghana stated that the norm on the protection of critical infrastructure needs practical guidance for small operators.
The delegate of Chile, speaking also on behalf of Uruguay, proposed that the dedicated thematic group on specific challenges take up ransomware against hospitals.
The representative of Singapore supported the proposal made by Chile and stressed that the points of contact directory should be tested twice a year.
The Chair thanked delegations and closed the meeting.`;

const DTG_RECORDS = [
  {
    body: 'dtg-specific-challenges',
    agenda: 'threats',
    heldOn: '2026-12-08',
    facilitators: [
      { name: 'Ms Leila Haddad', state: 'MAR' },
      { name: 'Mr Tomas Lindqvist', state: 'SWE' },
    ],
    questions: [
      { text: 'How can States protect critical infrastructure, including hospitals, from ransomware?', element: 'norm-f' },
      { text: 'What would make the points of contact directory more useful in an incident?', element: 'cbm-poc' },
    ],
    record: `SYNTHETIC DEMO — Informal summary of the first meeting of the dedicated thematic group on specific challenges
Ms Haddad, co-facilitator, opened the meeting and invited delegations to address the first guiding question.
The representative of Kenya stated that ransomware against hospitals is the most urgent threat to critical infrastructure in the region.
The delegate of Estonia proposed a voluntary checklist for protecting health-care facilities.
Mr Lindqvist, co-facilitator, said that the group would now take up the second guiding question, on the points of contact directory.
The representative of India underlined that the directory should list contacts available at all hours and be tested regularly.
Ms Haddad thanked delegations and closed the meeting.`,
  },
  {
    body: 'dtg-capacity-building',
    agenda: 'capacity-building',
    heldOn: '2026-12-10',
    facilitators: [
      { name: 'Ms Ana Ribeiro', state: 'BRA' },
      { name: 'Mr Daniel Mensah', state: 'GHA' },
    ],
    questions: [{ text: 'How can capacity-building offers be matched with the needs States report?', element: 'cb-tailored' }],
    record: `SYNTHETIC DEMO — Informal summary of the first meeting of the dedicated thematic group on capacity-building
Ms Ribeiro, co-facilitator, opened the meeting with the guiding question on matching needs and offers.
The representative of Fiji stated that offers of capacity-building should be matched with the needs small island States report, starting with incident response training.
The delegate of Japan proposed a portal matching the needs in national reports with offers of assistance.
The representative of Mexico supported the proposal made by Japan.
Mr Mensah, co-facilitator, thanked delegations and closed the meeting.`,
  },
] as const;

async function publishRecord(db: Db, meetingId: number, filename: string, title: string, text: string) {
  const sys = systemActor('demo');
  const doc = await ingestDocument(
    db,
    sys,
    { bytes: new TextEncoder().encode(text), filename, mediaType: 'text/plain' },
    { meetingId, kind: 'event-report', title },
  );
  await publishDocument(db, sys, doc.id);
}

export async function seedDemo(db: Db) {
  const sys = systemActor('demo');
  const gm = await db.selectFrom('processes').select('id').where('slug', '=', GM).executeTakeFirstOrThrow();
  if (await db.selectFrom('process_cycles').select('id').where('process_id', '=', gm.id).where('slug', '=', CYCLE).executeTakeFirst()) return { seeded: false };
  await createCycle(db, sys, GM, {
    title: 'First biennial cycle, 2026–2027 (synthetic demo)',
    slug: CYCLE,
    startsOn: '2026-03-30',
    endsOn: '2028-03-29',
    outcome: 'progress report',
  });

  await createSession(db, sys, GM, {
    body: 'organizational',
    cycle: CYCLE,
    title: 'Organizational session (synthetic demo)',
    startsOn: '2026-03-30',
    endsOn: '2026-03-31',
    agendaItems: [
      { number: '1', title: 'Election of officers' },
      { number: '2', title: 'Programme of work and the themes of the dedicated thematic groups', pillar: 'institutional-dialogue' },
    ],
  });
  const plenary = await createSession(db, sys, GM, {
    body: 'plenary',
    cycle: CYCLE,
    title: 'First substantive plenary session (synthetic demo)',
    startsOn: '2026-07-20',
    endsOn: '2026-07-24',
    agendaItems: [
      { number: '5', title: 'Rules, norms and principles of responsible State behaviour', pillar: 'norms' },
      { number: '6', title: 'Capacity-building', pillar: 'capacity-building' },
    ],
  });
  const plenaryMeeting = await createMeeting(db, sys, {
    sessionId: plenary.id,
    number: 1,
    heldOn: '2026-07-20',
    title: 'First plenary meeting (synthetic demo)',
    agenda: 'norms',
  });
  await publishRecord(db, plenaryMeeting.id, 'demo-gm-plenary.txt', 'Synthetic demo: first plenary meeting of the Global Mechanism', PLENARY_RECORD);

  for (const [i, d] of DTG_RECORDS.entries()) {
    const session = await createSession(db, sys, GM, {
      body: d.body,
      cycle: CYCLE,
      title: 'Dedicated thematic group meetings, December 2026 (synthetic demo)',
      startsOn: '2026-12-07',
      endsOn: '2026-12-11',
    });
    const meeting = await createMeeting(db, sys, {
      sessionId: session.id,
      number: 1,
      heldOn: d.heldOn,
      title: 'First meeting (synthetic demo)',
      agenda: d.agenda,
    });
    // Facilitators and questions first: the reader then knows the co-facilitators by name.
    for (const f of d.facilitators) await addFacilitator(db, sys, meeting.id, f);
    for (const q of d.questions) await addGuidingQuestion(db, sys, meeting.id, q);
    await publishRecord(
      db,
      meeting.id,
      `demo-gm-dtg-${i + 1}.txt`,
      `Synthetic demo: ${d.body.replace('dtg-', 'thematic group on ').replaceAll('-', ' ')}`,
      d.record,
    );
  }
  return { seeded: true };
}
