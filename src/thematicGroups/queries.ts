import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { visibleDocument } from '../records/queries.ts';
import { meetingsWithGroup } from './dtgMeeting.ts';

/**
 * Reads of the thematic-groups capability. Facilitators and guiding questions are public, as the
 * Chair's questions are; statements are counted and read only through the records' visibility rule
 * (visibleDocument), so a draft or restricted record shows nowhere here either.
 */

/** Every DTG meeting (a meeting of a session of type 'dtg'), with its process and body, in order. */
export async function dtgMeetings(db: Db, actor: Actor) {
  const rows = await meetingsWithGroup(db)
    .select(['p.position as process_position', 'b.position as body_position'])
    .where('s.meeting_type', '=', 'dtg')
    .orderBy('p.position')
    .orderBy('b.position')
    .orderBy('s.starts_on')
    .orderBy('s.number')
    .orderBy('m.number')
    .execute();
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const [questions, facilitators, statements] = await Promise.all([
    db
      .selectFrom('guiding_questions')
      .select(['meeting_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('meeting_id', 'in', ids)
      .groupBy('meeting_id')
      .execute(),
    db.selectFrom('meeting_facilitators').select(['meeting_id', 'name']).where('meeting_id', 'in', ids).orderBy('position').orderBy('id').execute(),
    db
      .selectFrom('statements as st')
      .innerJoin('source_documents as d', 'd.id', 'st.document_id')
      .select(['st.meeting_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where((eb) => visibleDocument(actor, eb))
      .where('st.meeting_id', 'in', ids)
      .groupBy('st.meeting_id')
      .execute(),
  ]);
  const q = new Map(questions.map((r) => [r.meeting_id, Number(r.n)]));
  const st = new Map(statements.map((r) => [r.meeting_id!, Number(r.n)]));
  return rows.map((r) => ({
    ...r,
    questions: q.get(r.id) ?? 0,
    statements: st.get(r.id) ?? 0,
    facilitators: facilitators.filter((f) => f.meeting_id === r.id).map((f) => f.name),
  }));
}
export type DtgMeetingRow = Awaited<ReturnType<typeof dtgMeetings>>[number];

export async function facilitatorsOf(db: Db, meetingId: number) {
  return db
    .selectFrom('meeting_facilitators')
    .select(['id', 'name', 'state_iso3', 'affiliation', 'position'])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}
export type FacilitatorRow = Awaited<ReturnType<typeof facilitatorsOf>>[number];

/** The meeting's guiding questions in order, with the lexicon of their element or pillar (for matching). */
export async function questionsOf(db: Db, meetingId: number) {
  const rows = await db
    .selectFrom('guiding_questions as q')
    .leftJoin('elements as e', (j) => j.onRef('e.framework_version', '=', 'q.framework_version').onRef('e.id', '=', 'q.element_id'))
    .leftJoin('pillars as p', (j) => j.onRef('p.framework_version', '=', 'q.framework_version').onRef('p.id', '=', 'q.pillar_id'))
    .select([
      'q.id',
      'q.number',
      'q.text',
      'q.framework_version',
      'q.pillar_id',
      'q.element_id',
      'e.title as element_title',
      'e.translations as element_translations',
      'e.lexicon as element_lexicon',
      'p.title as pillar_title',
      'p.translations as pillar_translations',
      'p.lexicon as pillar_lexicon',
    ])
    .where('q.meeting_id', '=', meetingId)
    .orderBy('q.number')
    .execute();
  return rows.map((r) => ({ ...r, lexicon: [...(r.element_lexicon ?? []), ...(r.element_id ? [] : (r.pillar_lexicon ?? []))] }));
}
export type QuestionRow = Awaited<ReturnType<typeof questionsOf>>[number];

/** Pillars and elements of a framework version, for the question form's choices. */
export async function frameworkChoices(db: Db, version: string) {
  const [pillars, elements] = await Promise.all([
    db.selectFrom('pillars').select(['id', 'title', 'translations']).where('framework_version', '=', version).orderBy('position').execute(),
    db
      .selectFrom('elements')
      .select(['id', 'pillar_id', 'title', 'translations'])
      .where('framework_version', '=', version)
      .orderBy('pillar_id')
      .orderBy('position')
      .execute(),
  ]);
  return { pillars, elements };
}
