import { formError } from '../foundation/formError.ts';
import type { Db } from '../db/engine.ts';
import { day } from '../records/queries.ts';

/** Meetings with their session, process and body (the group): the columns a DTG meeting's page and the list of them share. */
export const meetingsWithGroup = (db: Db) =>
  db
    .selectFrom('meetings as m')
    .innerJoin('meeting_sessions as s', 's.id', 'm.session_id')
    .innerJoin('processes as p', 'p.id', 's.process_id')
    .leftJoin('process_bodies as b', 'b.id', 's.body_id')
    .select([
      'm.id',
      'm.number',
      'm.title',
      day('m.held_on').as('held_on'),
      's.id as session_id',
      's.title as session_title',
      's.number as session_number',
      day('s.starts_on').as('starts_on'),
      day('s.ends_on').as('ends_on'),
      'p.id as process_id',
      'p.slug as process_slug',
      'p.title as process_title',
      'b.id as body_id',
      'b.slug as body_slug',
      'b.title as body_title',
      'b.theme as body_theme',
    ]);

/**
 * A meeting of a dedicated thematic group: a meeting whose session has meeting_type 'dtg'. Its
 * body (the group) gives the title and theme. Null when there is no such meeting or it is not a DTG one.
 */
export async function dtgMeeting(db: Db, meetingId: number) {
  if (!Number.isSafeInteger(meetingId) || meetingId <= 0) return null;
  const row = await meetingsWithGroup(db).select(['s.meeting_type', 'b.kind as body_kind']).where('m.id', '=', meetingId).executeTakeFirst();
  return row && row.meeting_type === 'dtg' ? row : null;
}
export type DtgMeeting = NonNullable<Awaited<ReturnType<typeof dtgMeeting>>>;

/** The DTG meeting a write is for, or a 404 that says so. */
export async function requireDtgMeeting(db: Db, meetingId: number): Promise<DtgMeeting> {
  const m = await dtgMeeting(db, meetingId);
  if (!m) throw formError('thematic.meeting_not_dtg', { _: { key: 'thematicGroups.err.notDtg' } }, 404);
  return m;
}
