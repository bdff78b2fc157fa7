import { sql, type SqlBool } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import { can, visibleRows } from '../accounts/policy.ts';
import type { Db } from '../db/engine.ts';
import type { Analysis } from './compile.ts';
import type { Quote } from './challenges.ts';

/**
 * "What States still need to agree upon": elements with the lowest implementation, elements with
 * the most common challenges, and stance questions on which the meeting record shows States taking
 * different positions. Every entry carries the evidence it rests on.
 */
export type RoadmapEntry =
  | { element: string; reason: 'lowest-implementation'; evidence: { implemented: number; reporting: number; share: number; statuses: Record<string, number> } }
  | { element: string; reason: 'common-challenge'; evidence: { states: number; of: number; share: number; quote: Quote | null; terms: string[] } }
  | { question: string; reason: 'divergent-stances'; evidence: { text: string; values: Record<string, number>; states: number; quotes: StanceQuote[] } };
export interface StanceQuote { value: string; speaker: string; evidence: string; statementId: number; href: string }

const LOWEST = 5;
const COMMON = 5;

/** The latest visible stance of each State on each question (statements in documents the reader may see). */
export async function stanceDivergence(db: Db, actor: Actor) {
  const rows = await db.selectFrom('statement_stances as x')
    .innerJoin('statements as s', 's.id', 'x.statement_id')
    .innerJoin('source_documents as d', 'd.id', 's.document_id')
    .innerJoin('stance_questions as q', 'q.id', 'x.question_id')
    .select(['x.question_id', 'q.question', 'x.value', 'x.evidence', 's.id as statement_id', 's.speaker_id', 's.meeting_id', 's.document_id', 's.first_paragraph'])
    .where('s.speaker_kind', '=', 'state')
    .where((eb) => {
      const vis = visibleRows(actor, eb, { visibility: 'd.visibility' });
      return can(actor, 'records.review') ? vis : eb.and([vis, sql<SqlBool>`d.status = 'published'`]);
    })
    .orderBy('s.id').execute();
  const byQuestion = new Map<string, { text: string; latest: Map<string, (typeof rows)[number]> }>();
  for (const r of rows) {
    const q = byQuestion.get(r.question_id) ?? { text: r.question, latest: new Map() };
    q.latest.set(r.speaker_id, r); // ordered by statement id: the last one wins
    byQuestion.set(r.question_id, q);
  }
  const out: Extract<RoadmapEntry, { reason: 'divergent-stances' }>[] = [];
  for (const [question, q] of byQuestion) {
    const values: Record<string, number> = {};
    for (const r of q.latest.values()) values[r.value] = (values[r.value] ?? 0) + 1;
    if (Object.keys(values).length < 2) continue;
    const quotes: StanceQuote[] = [];
    for (const v of Object.keys(values)) {
      for (const r of [...q.latest.values()].filter((x) => x.value === v).slice(0, 2)) {
        quotes.push({ value: v, speaker: r.speaker_id, evidence: r.evidence, statementId: Number(r.statement_id),
          href: r.meeting_id != null ? `/meetings/${r.meeting_id}#s-${r.document_id}-${r.first_paragraph}` : `/documents/${r.document_id}#p${r.first_paragraph}` });
      }
    }
    out.push({ question, reason: 'divergent-stances', evidence: { text: q.text, values, states: q.latest.size, quotes } });
  }
  // Most balanced disagreement first (Shannon entropy of the values).
  const entropy = (v: Record<string, number>) => { const n = Object.values(v).reduce((a, b) => a + b, 0); return -Object.values(v).reduce((s, k) => s + (k / n) * Math.log(k / n), 0); };
  return out.sort((a, b) => entropy(b.evidence.values) - entropy(a.evidence.values) || a.question.localeCompare(b.question));
}

export async function buildRoadmap(db: Db, actor: Actor, a: Omit<Analysis, 'roadmap'>): Promise<RoadmapEntry[]> {
  const entries: RoadmapEntry[] = [];
  const rated = a.elements.filter((e) => e.implementedShare !== null && e.reporting >= Math.max(1, a.minAggregate))
    .sort((x, y) => x.implementedShare! - y.implementedShare! || x.id.localeCompare(y.id));
  for (const e of rated.slice(0, LOWEST)) {
    const ordered = e.reporting - (e.statuses['not-applicable'] ?? 0);
    entries.push({ element: e.id, reason: 'lowest-implementation', evidence: { implemented: e.statuses.implemented ?? 0, reporting: ordered, share: e.implementedShare!, statuses: e.statuses } });
  }
  const common = a.elements.flatMap((e) => {
    const c = e.challenges.clusters[0];
    return c && c.count >= 2 ? [{ e, c }] : [];
  }).sort((x, y) => y.c.count - x.c.count || x.e.id.localeCompare(y.e.id));
  for (const { e, c } of common.slice(0, COMMON)) {
    entries.push({ element: e.id, reason: 'common-challenge', evidence: { states: c.count, of: e.challenges.answered, share: c.share, quote: c.quote, terms: c.terms } });
  }
  entries.push(...await stanceDivergence(db, actor));
  return entries;
}
