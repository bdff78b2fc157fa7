import { systemActor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { createMeeting } from './commands/createMeeting.ts';
import { createSession } from './commands/createSession.ts';
import { ingestDocument } from './commands/ingestDocument.ts';
import { publishDocument } from './commands/publishDocument.ts';

// An invented event report (synthetic: no real meeting said this), in the style of the OEWG's informal reports.
const DEMO_REPORT = `SYNTHETIC DEMO — Informal summary of the fourth meeting, second substantive session
Agenda item: regular institutional dialogue
The Chair opened the meeting and invited delegations to address the future of regular institutional dialogue.
The representative of Canada stated that a programme of action would give the dialogue a single permanent home. Canada proposed that the Secretariat compile national views on the scope of a programme of action.
The delegate of Kenya supported the proposal made by Canada and stressed that capacity-building must be demand-driven and nationally owned.
The representative of Cuba considered that it was premature to create a new permanent body before the current mandate ends.
He also stated that any new mechanism should be decided by consensus.
The delegate of Estonia underlined that non-governmental stakeholders, including the technical community, bring expertise the dialogue needs.
The Chair thanked delegations and closed the meeting.`;

/** A process session, a meeting and one published, invented event report, for the first start. */
export async function seedDemo(db: Db) {
  const sys = systemActor('demo');
  const exists = await db.selectFrom('source_documents').select('id').where('filename', '=', 'demo-event-report.txt').executeTakeFirst();
  if (exists) return;
  const process = await db.selectFrom('processes').select('id').where('slug', '=', 'oewg-2021-2025').executeTakeFirstOrThrow();
  const session = await createSession(db, sys, {
    processId: process.id,
    number: 2,
    title: 'Second substantive session (synthetic demo)',
    startsOn: '2022-03-28',
    endsOn: '2022-04-01',
  });
  const meeting = await createMeeting(db, sys, {
    sessionId: session.id,
    number: 4,
    heldOn: '2022-03-29',
    title: 'Synthetic demo meeting',
    agenda: 'institutional-dialogue',
  });
  const doc = await ingestDocument(
    db,
    sys,
    { bytes: new TextEncoder().encode(DEMO_REPORT), filename: 'demo-event-report.txt', mediaType: 'text/plain' },
    { meetingId: meeting.id, kind: 'event-report', title: 'Synthetic demo: informal summary of meeting 4' },
  );
  await publishDocument(db, sys, doc.id);
}
