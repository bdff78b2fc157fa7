import { createDtgMeeting } from '../testing/factories.ts';
import type { Db } from '../db/engine.ts';

/**
 * A meeting of a dedicated thematic group of the Global Mechanism (on specific challenges) for tests,
 * held on 2027-03-01; session numbers from 900 keep clear of other fixtures.
 */
export async function dtgMeeting(db: Db, number = 900) {
  return (await createDtgMeeting(db, { sessionNumber: number, bodySlug: 'dtg-specific-challenges', heldOn: '2027-03-01' })).meetingId;
}

/** An OEWG 2021–2025 plenary meeting for tests. */
export async function oewgMeeting(db: Db, number = 900) {
  const p = await db.selectFrom('processes').select('id').where('slug', '=', 'oewg-2021-2025').executeTakeFirstOrThrow();
  const session = await db
    .insertInto('meeting_sessions')
    .values({ process_id: p.id, number, title: `Session ${number} (test)` })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (
    await db
      .insertInto('meetings')
      .values({ session_id: session.id, number: 1, held_on: '2025-07-01', title: '', agenda_pillar: null, agenda_text: null })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

/** Moved to the shared factories; kept here until every test imports it from there. */
export { accreditDirectly } from '../testing/factories.ts';
