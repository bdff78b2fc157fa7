import { sql, type RawBuilder } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { day, visibleDocument } from './queries.ts';

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

// Matches are wrapped in «…» so a page can mark them without trusting HTML from the database.
const HEADLINE = 'StartSel=«, StopSel=», MaxWords=35, MinWords=15, MaxFragments=2';

/** Visible statements with every filter but the words applied; the base of both search phases. */
function filtered(db: Db, actor: Actor, f: SearchFilter) {
  let r = db
    .selectFrom('statements as s')
    .innerJoin('source_documents as d', 'd.id', 's.document_id')
    .leftJoin('meetings as m', 'm.id', 's.meeting_id')
    .leftJoin('states as st', 'st.iso3', 's.speaker_id')
    .where((eb) => visibleDocument(actor, eb));
  if (f.speaker) r = r.where((eb) => eb.or([eb('s.speaker_id', '=', f.speaker!), eb('s.delivered_by', '=', f.speaker!)]));
  if (f.group) r = r.where('st.regional_group', '=', f.group);
  if (f.pillar)
    r = r.where((eb) =>
      eb.exists(eb.selectFrom('statement_tags as g').select('g.id').whereRef('g.statement_id', '=', 's.id').where('g.pillar_id', '=', f.pillar!)),
    );
  if (f.element)
    r = r.where((eb) =>
      eb.exists(eb.selectFrom('statement_tags as g').select('g.id').whereRef('g.statement_id', '=', 's.id').where('g.element_id', '=', f.element!)),
    );
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
  return r.select([
    's.id',
    's.document_id',
    's.meeting_id',
    's.speaker_id',
    's.speaker_kind',
    's.delivered_by',
    's.speaker_name',
    's.speaker_affiliation',
    's.joint_with',
    's.first_paragraph',
    's.first_sentence',
    's.last_paragraph',
    's.last_sentence',
    's.char_start',
    's.char_end',
    's.position',
    day('m.held_on').as('held_on'),
    'm.session_id',
    'st.regional_group',
  ]);
}

export interface SearchHit {
  id: number;
  document_id: number;
  meeting_id: number | null;
  speaker_id: string;
  speaker_kind: string;
  delivered_by: string | null;
  speaker_name: string | null;
  speaker_affiliation: string | null;
  joint_with: string[];
  first_paragraph: number;
  first_sentence: number;
  last_paragraph: number;
  last_sentence: number | null;
  char_start: number;
  char_end: number;
  position: number;
  held_on: string | null;
  session_id: number | null;
  regional_group: string | null;
  /** The source paragraph the snippet comes from: the best-ranked one for a word search. */
  paragraph: number;
  rank: number;
  snippet: string;
}

/**
 * Full-text search over visible statements (`websearch_to_tsquery`: quotes, OR, -word), with every
 * filter. A statement matches exactly when its whole text matches, as with one vector per
 * statement; it is ranked by its best paragraph (`ts_rank` over small vectors instead of whole
 * speeches) and that paragraph gives the highlighted snippet. Statements whose words only meet
 * across paragraphs come after every paragraph-level hit. Without words, lists in order.
 */
export async function searchStatements(db: Db, actor: Actor, f: SearchFilter): Promise<SearchHit[]> {
  const limit = f.limit ?? 50;
  const offset = f.offset ?? 0;
  if (!f.q) {
    const rows = await filtered(db, actor, f)
      .select([sql<number>`0`.as('rank'), sql<string>`left(s.text, 300)`.as('snippet'), 's.first_paragraph as paragraph'])
      .orderBy('m.held_on', 'desc')
      .orderBy('s.document_id')
      .orderBy('s.position')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows as SearchHit[];
  }
  const query = sql`websearch_to_tsquery('english', ${f.q})`;
  const hits = await paragraphHits(db, actor, f, query, limit, offset);
  if (hits.length < limit) {
    // With offset 0 the short page is every paragraph-level hit; otherwise count and exclude in SQL.
    const complete = offset === 0;
    const before = hits.length > 0 || complete ? offset + hits.length : await countParagraphHits(db, actor, f, query);
    hits.push(...(await scatteredHits(db, actor, f, query, limit - hits.length, Math.max(0, offset - before), complete ? hits.map((h) => h.id) : null)));
  }
  if (hits.length === 0) return [];
  const heads = await db
    .selectFrom('statements as s')
    .innerJoin('statement_paragraphs as p', 'p.statement_id', 's.id')
    .select(['s.id', sql<string>`ts_headline('english', split_part(s.text, E'\n', p.ordinal), ${query}, ${HEADLINE})`.as('snippet')])
    .where((eb) => eb.or(hits.map((h) => eb.and([eb('p.statement_id', '=', h.id), eb('p.ordinal', '=', h.ordinal)]))))
    .execute();
  const byId = new Map(heads.map((h) => [Number(h.id), h.snippet]));
  return hits.map(({ ordinal: _, ...h }) => ({ ...h, rank: Number(h.rank), snippet: byId.get(Number(h.id)) ?? '' }));
}

type Ranked = Omit<SearchHit, 'snippet'> & { ordinal: number };

/** Phase 1: GIN match on paragraph vectors, rank each matching paragraph, keep each statement's best, one page. */
async function paragraphHits(db: Db, actor: Actor, f: SearchFilter, query: RawBuilder<unknown>, limit: number, offset: number): Promise<Ranked[]> {
  const best = paragraphMatches(db, actor, f, query)
    .select(['p.ordinal', 'p.paragraph', sql<number>`ts_rank(p.search, ${query})`.as('rank')])
    .distinctOn('s.id')
    .orderBy('s.id')
    .orderBy('rank', 'desc');
  return db.selectFrom(best.as('h')).selectAll().orderBy('h.rank', 'desc').orderBy('h.id').limit(limit).offset(offset).execute();
}

function paragraphMatches(db: Db, actor: Actor, f: SearchFilter, query: RawBuilder<unknown>) {
  let r = filtered(db, actor, f)
    .innerJoin('statement_paragraphs as p', 'p.statement_id', 's.id')
    .where(sql<boolean>`p.search @@ ${query}`);
  // A paragraph without the excluded word does not clear a statement that has it elsewhere.
  if (mayExclude(f.q!)) r = r.where(sql<boolean>`s.id in (select statements_matching(${query}))`);
  return r;
}

async function countParagraphHits(db: Db, actor: Actor, f: SearchFilter, query: RawBuilder<unknown>): Promise<number> {
  const row = await db
    .selectFrom(paragraphMatches(db, actor, f, query).as('h'))
    .select((eb) => eb.fn.count<number>('h.id').distinct().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Phase 2, only when a page is not full: statements that match as a whole but in no single
 * paragraph ("cyber" in one, "norms" in another). Needs words that must all occur or a phrase,
 * so a one-word or OR query skips it. The snippet comes from the paragraph with most of the words.
 */
async function scatteredHits(
  db: Db,
  actor: Actor,
  f: SearchFilter,
  query: RawBuilder<unknown>,
  limit: number,
  offset: number,
  exclude: number[] | null,
): Promise<Ranked[]> {
  const shape = await sql<{ q: string }>`select ${query}::text as q`.execute(db);
  if (!/&|<->|<\d+>/.test(shape.rows[0]?.q ?? '')) return [];
  let r = filtered(db, actor, f)
    .select([sql<number>`0`.as('rank')])
    .where(sql<boolean>`s.id = any(array(select statements_matching(${query})))`);
  if (exclude === null) r = r.where(sql<boolean>`s.id not in (select p.statement_id from statement_paragraphs p where p.search @@ ${query})`);
  else if (exclude.length) r = r.where('s.id', 'not in', exclude);
  const rows = await r.orderBy('s.id').limit(limit).offset(offset).execute();
  if (rows.length === 0) return [];
  const best = await db
    .selectFrom('statement_paragraphs as p')
    .select(['p.statement_id', 'p.ordinal', 'p.paragraph'])
    .where(
      'p.statement_id',
      'in',
      rows.map((x) => x.id),
    )
    .distinctOn('p.statement_id')
    .orderBy('p.statement_id')
    .orderBy(sql`ts_rank(p.search, ${query})`, 'desc')
    .orderBy('p.ordinal')
    .execute();
  const at = new Map(best.map((b) => [Number(b.statement_id), b]));
  return rows.map((x) => ({ ...x, ordinal: at.get(x.id)?.ordinal ?? 1, paragraph: at.get(x.id)?.paragraph ?? x.first_paragraph }));
}

/** websearch syntax excludes with a leading minus; erring towards true only costs time. */
const mayExclude = (q: string) => /(^|[\s"(])-/.test(q);
