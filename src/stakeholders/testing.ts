import type { Db } from '../db/engine.ts';

/**
 * A meeting of a dedicated thematic group of the Global Mechanism for tests (invented: the test
 * database has no Global Mechanism meetings). Session numbers from 900 keep clear of other fixtures.
 */
export async function dtgMeeting(db: Db, number = 900) {
  const body = await db.selectFrom('process_bodies as b').innerJoin('processes as p', 'p.id', 'b.process_id')
    .select(['b.id', 'b.process_id']).where('p.slug', '=', 'global-mechanism').where('b.kind', '=', 'dtg').orderBy('b.position').executeTakeFirstOrThrow();
  const session = await db.insertInto('meeting_sessions').values({
    process_id: body.process_id, body_id: body.id, number, title: `Dedicated thematic group, meeting ${number} (test)`, meeting_type: 'dtg', starts_on: '2027-03-01', ends_on: '2027-03-03',
  }).returning('id').executeTakeFirstOrThrow();
  const meeting = await db.insertInto('meetings').values({ session_id: session.id, number: 1, held_on: '2027-03-01', title: 'First meeting', agenda_pillar: null, agenda_text: null })
    .returning('id').executeTakeFirstOrThrow();
  return meeting.id;
}

/** An OEWG 2021–2025 plenary meeting for tests. */
export async function oewgMeeting(db: Db, number = 900) {
  const p = await db.selectFrom('processes').select('id').where('slug', '=', 'oewg-2021-2025').executeTakeFirstOrThrow();
  const session = await db.insertInto('meeting_sessions').values({ process_id: p.id, number, title: `Session ${number} (test)` }).returning('id').executeTakeFirstOrThrow();
  return (await db.insertInto('meetings').values({ session_id: session.id, number: 1, held_on: '2025-07-01', title: '', agenda_pillar: null, agenda_text: null }).returning('id').executeTakeFirstOrThrow()).id;
}

/** Accredits an organisation to a process directly (a fixture, as if decided long ago). */
export async function accreditDirectly(db: Db, organisationId: number, processSlug: string) {
  const p = await db.selectFrom('processes').select('id').where('slug', '=', processSlug).executeTakeFirstOrThrow();
  await db.insertInto('process_accreditations').values({ organisation_id: organisationId, process_id: p.id, basis: 'listed', application_id: null, carried_over_from: null })
    .onConflict((oc) => oc.columns(['organisation_id', 'process_id']).doNothing()).execute();
}
