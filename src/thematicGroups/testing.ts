import { systemActor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { createMeeting } from '../records/commands/createMeeting.ts';

/**
 * A meeting of a dedicated thematic group for tests and fixtures: a 'dtg' session of the Global
 * Mechanism in its capacity-building group (migrations/0104_processes.sql seeds the body), inserted
 * directly because sessions in a body are created by the processes capability.
 */
export async function createDtgMeeting(db: Db, opts: { sessionNumber?: number; meetingNumber?: number; bodySlug?: string } = {}) {
  const body = await db.selectFrom('process_bodies as b').innerJoin('processes as p', 'p.id', 'b.process_id')
    .select(['b.id', 'b.process_id']).where('p.slug', '=', 'global-mechanism').where('b.slug', '=', opts.bodySlug ?? 'dtg-capacity-building').executeTakeFirstOrThrow();
  const number = opts.sessionNumber ?? 1;
  const existing = await db.selectFrom('meeting_sessions').select('id').where('body_id', '=', body.id).where('number', '=', number).executeTakeFirst();
  const session = existing ?? await db.insertInto('meeting_sessions').values({
    process_id: body.process_id, body_id: body.id, number, meeting_type: 'dtg',
    title: 'Dedicated thematic group meetings, December 2026', starts_on: '2026-12-07', ends_on: '2026-12-11',
  }).returning('id').executeTakeFirstOrThrow();
  const meeting = await createMeeting(db, systemActor('test'), { sessionId: session.id, number: opts.meetingNumber ?? 1, heldOn: '2026-12-08', agenda: 'capacity-building' });
  return { sessionId: session.id, meetingId: meeting.id };
}
