import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { visibleDocument } from './queries.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const opt = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === '' ? undefined : v), s.optional());

export const SearchQuery = z.object({
  q: opt(z.string().trim().max(300)),
  speaker: opt(z.string().trim().max(60)),
  group: opt(z.string().trim().max(60)),
  pillar: opt(z.string().trim().max(60)),
  element: opt(z.string().trim().max(60)),
  question: opt(z.string().trim().max(60)),
  value: opt(z.enum(['supports', 'opposes', 'premature', 'open', 'conditional'])),
  session: opt(z.coerce.number().int().positive()),
  meeting: opt(z.coerce.number().int().positive()),
  from: opt(date),
  to: opt(date),
  limit: opt(z.coerce.number().int().min(1).max(500)),
  offset: opt(z.coerce.number().int().min(0).max(100_000)),
});
export type SearchFilter = z.output<typeof SearchQuery>;

/**
 * Full-text search over visible statements: `websearch_to_tsquery` (quotes, OR, -word), ranked by
 * `ts_rank`, with `ts_headline` snippets whose matches are wrapped in «…» so a page can mark them
 * without trusting HTML from the database. Without words, lists the filtered statements in order.
 */
export async function searchStatements(db: Db, actor: Actor, f: SearchFilter) {
  const query = f.q ? sql`websearch_to_tsquery('english', ${f.q})` : null;
  let q = db.selectFrom('statements as s').innerJoin('source_documents as d', 'd.id', 's.document_id')
    .leftJoin('meetings as m', 'm.id', 's.meeting_id').leftJoin('states as st', 'st.iso3', 's.speaker_id')
    .select(['s.id', 's.document_id', 's.meeting_id', 's.speaker_id', 's.speaker_kind', 's.delivered_by', 's.first_paragraph', 's.position', 'm.held_on', 'm.session_id', 'st.regional_group'])
    .where((eb) => visibleDocument(actor, eb));
  const rank = query ? sql<number>`ts_rank(s.search, ${query})` : sql<number>`0`;
  // Headlines are costly (they re-parse the text): made below for the page of results only.
  let r = q.select([rank.as('rank'), sql<string>`left(s.text, 300)`.as('snippet')]);
  if (query) r = r.where(sql<boolean>`s.search @@ ${query}`);
  if (f.speaker) r = r.where((eb) => eb.or([eb('s.speaker_id', '=', f.speaker!), eb('s.delivered_by', '=', f.speaker!)]));
  if (f.group) r = r.where('st.regional_group', '=', f.group);
  if (f.pillar) r = r.where((eb) => eb.exists(eb.selectFrom('statement_tags as g').select('g.id').whereRef('g.statement_id', '=', 's.id').where('g.pillar_id', '=', f.pillar!)));
  if (f.element) r = r.where((eb) => eb.exists(eb.selectFrom('statement_tags as g').select('g.id').whereRef('g.statement_id', '=', 's.id').where('g.element_id', '=', f.element!)));
  if (f.question || f.value) {
    r = r.where((eb) => {
      let sub = eb.selectFrom('statement_stances as x').select('x.id').whereRef('x.statement_id', '=', 's.id');
      if (f.question) sub = sub.where('x.question_id', '=', f.question);
      if (f.value) sub = sub.where('x.value', '=', f.value);
      return eb.exists(sub);
    });
  }
  if (f.session) r = r.where('m.session_id', '=', f.session);
  if (f.meeting) r = r.where('s.meeting_id', '=', f.meeting);
  if (f.from) r = r.where('m.held_on', '>=', f.from);
  if (f.to) r = r.where('m.held_on', '<=', f.to);
  const ordered = query ? r.orderBy(sql`rank`, 'desc').orderBy('s.id') : r.orderBy('m.held_on', 'desc').orderBy('s.document_id').orderBy('s.position');
  const rows = await ordered.limit(f.limit ?? 50).offset(f.offset ?? 0).execute();
  if (query && rows.length) {
    const heads = await db.selectFrom('statements as s').select(['s.id',
      sql<string>`ts_headline('english', s.text, ${query}, 'StartSel=«, StopSel=», MaxWords=35, MinWords=15, MaxFragments=2')`.as('snippet')])
      .where('s.id', 'in', rows.map((r) => r.id)).execute();
    const byId = new Map(heads.map((h) => [h.id, h.snippet]));
    for (const row of rows) row.snippet = byId.get(row.id) ?? row.snippet;
  }
  return rows;
}
export type SearchHit = Awaited<ReturnType<typeof searchStatements>>[number];
