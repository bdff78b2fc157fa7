import { sql, type SqlBool } from 'kysely';
import type { Actor } from '../../accounts/actor.ts';
import { can, visibleRows } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';

/**
 * What the meeting record says, per element, for the roadmap: the stances States took on the
 * stance questions (each State's latest, in documents the reader may see; drafts only for readers
 * who review records) and how often States spoke to the element (statements tagged with it).
 * A question belongs to its own element and to any element under which at least two of its
 * stance-carrying statements are tagged. Read-only; the records capability owns these tables.
 */
export interface StanceQuote {
  value: string;
  speaker: string;
  evidence: string;
  statementId: number;
  href: string;
}
export interface QuestionPositions {
  question: string;
  text: string;
  translations: Record<string, { title?: string }>;
  values: Record<string, number>;
  states: number;
  quotes: StanceQuote[];
  divergent: boolean;
  elements: string[];
}
export interface ElementDiscussion {
  statements: number;
  states: number;
}
export interface RecordPositions {
  questions: QuestionPositions[];
  discussed: Map<string, ElementDiscussion>;
}

const hrefOf = (r: { meeting_id: number | null; document_id: number; first_paragraph: number }) =>
  r.meeting_id != null ? `/meetings/${r.meeting_id}#s-${r.document_id}-${r.first_paragraph}` : `/documents/${r.document_id}#p${r.first_paragraph}`;

export async function recordPositions(db: Db, actor: Actor): Promise<RecordPositions> {
  const review = can(actor, 'records.review');
  const [stances, tags] = await Promise.all([
    db
      .selectFrom('statement_stances as x')
      .innerJoin('statements as s', 's.id', 'x.statement_id')
      .innerJoin('source_documents as d', 'd.id', 's.document_id')
      .innerJoin('stance_questions as q', 'q.id', 'x.question_id')
      .select([
        'x.question_id',
        'q.question',
        'q.element_id',
        'q.translations',
        'x.value',
        'x.evidence',
        's.id as statement_id',
        's.speaker_id',
        's.meeting_id',
        's.document_id',
        's.first_paragraph',
      ])
      .where('s.speaker_kind', '=', 'state')
      .where((eb) => {
        const vis = visibleRows(actor, eb, { visibility: 'd.visibility' });
        return review ? vis : eb.and([vis, sql<SqlBool>`d.status = 'published'`]);
      })
      .orderBy('s.id')
      .execute(),
    db
      .selectFrom('statement_tags as g')
      .innerJoin('statements as s', 's.id', 'g.statement_id')
      .innerJoin('source_documents as d', 'd.id', 's.document_id')
      .select(['g.element_id', 's.id as statement_id', 's.speaker_id'])
      .where('g.element_id', 'is not', null)
      .where('s.speaker_kind', '=', 'state')
      .where((eb) => {
        const vis = visibleRows(actor, eb, { visibility: 'd.visibility' });
        return review ? vis : eb.and([vis, sql<SqlBool>`d.status = 'published'`]);
      })
      .execute(),
  ]);
  const discussed = new Map<string, { statements: Set<string>; states: Set<string> }>();
  const tagsOf = new Map<string, string[]>();
  for (const t of tags) {
    const el = t.element_id!;
    const id = String(t.statement_id);
    const d = discussed.get(el) ?? discussed.set(el, { statements: new Set(), states: new Set() }).get(el)!;
    d.statements.add(id);
    d.states.add(t.speaker_id);
    tagsOf.set(id, [...(tagsOf.get(id) ?? []), el]);
  }
  const byQuestion = new Map<string, { row: (typeof stances)[number]; latest: Map<string, (typeof stances)[number]>; tagged: Map<string, number> }>();
  for (const r of stances) {
    const q = byQuestion.get(r.question_id) ?? byQuestion.set(r.question_id, { row: r, latest: new Map(), tagged: new Map() }).get(r.question_id)!;
    q.latest.set(r.speaker_id, r); // ordered by statement id: a State's last stance wins
    for (const el of tagsOf.get(String(r.statement_id)) ?? []) q.tagged.set(el, (q.tagged.get(el) ?? 0) + 1);
  }
  const questions: QuestionPositions[] = [];
  for (const [question, q] of byQuestion) {
    const values: Record<string, number> = {};
    for (const r of q.latest.values()) values[r.value] = (values[r.value] ?? 0) + 1;
    const quotes: StanceQuote[] = [];
    for (const v of Object.keys(values)) {
      for (const r of [...q.latest.values()].filter((x) => x.value === v).slice(0, 2)) {
        quotes.push({ value: v, speaker: r.speaker_id, evidence: r.evidence, statementId: Number(r.statement_id), href: hrefOf(r) });
      }
    }
    const elements = [...new Set([...(q.row.element_id ? [q.row.element_id] : []), ...[...q.tagged].filter(([, n]) => n >= 2).map(([el]) => el)])];
    questions.push({
      question,
      text: q.row.question,
      translations: (q.row.translations ?? {}) as QuestionPositions['translations'],
      values,
      states: q.latest.size,
      quotes,
      divergent: Object.keys(values).length >= 2,
      elements,
    });
  }
  return {
    questions: questions.sort((a, b) => entropy(b.values) - entropy(a.values) || a.question.localeCompare(b.question)),
    discussed: new Map([...discussed].map(([el, d]) => [el, { statements: d.statements.size, states: d.states.size }])),
  };
}

/** How evenly States split (Shannon entropy of the values): the most balanced disagreement first. */
export function entropy(v: Record<string, number>) {
  const n = Object.values(v).reduce((a, b) => a + b, 0);
  return n ? -Object.values(v).reduce((s, k) => s + (k / n) * Math.log(k / n), 0) : 0;
}
