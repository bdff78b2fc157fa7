import { sql } from 'kysely';
import type { Db } from '../db/engine.ts';
import { ValidationError } from '../foundation/errors.ts';
import { loadTagCatalogue } from '../framework/tagCatalogue.ts';
import { matchElements } from '../text/lexicon.ts';
import { listMechanisms } from './queries.ts';
import { buildModel, cosine, markShared, sentences, vectorOf } from '../text/similarity.ts';
import { terms } from '../text/vectors.ts';

export interface DuplicationMatch {
  slug: string;
  name: string;
  parentOrganisation: string;
  kind: string;
  score: number;
  textSimilarity: number;
  elementOverlap: number;
  sharedElements: Array<{ id: string; title: string }>;
  passages: Array<{ text: string; marked: string; similarity: number }>;
}

/**
 * Ranks existing mechanisms whose mandates overlap a proposal: half the score is the share of the
 * proposal's framework elements (found by the lexicons) that the mechanism covers, half the TF-IDF
 * cosine of proposal and mandate. The best-matching mandate sentences are returned with shared words marked.
 */
export async function checkDuplication(db: Db, proposal: string, opts: { limit?: number } = {}) {
  const text = proposal.trim();
  if (text.length < 20) throw ValidationError('Paste the proposal text (at least 20 characters).', { text: 'Too short.' }, 'duplication.invalid');
  const [catalogue, mechanisms] = await Promise.all([loadTagCatalogue(db), listMechanisms(db)]);
  const proposalElements = matchElements(text, catalogue);
  const proposalIds = new Set(proposalElements.map((e) => e.id));
  const model = buildModel(mechanisms.map((m) => m.mandate_text));
  const pTerms = new Set(terms(text));
  const pVec = vectorOf(model, text);
  const titles = new Map(catalogue.elements.map((e) => [e.id, e.title]));
  const matches: DuplicationMatch[] = mechanisms.map((m, i) => {
    const textSimilarity = cosine(pVec, vectorOf(model, model.docs[i]!));
    const mandateTerms = new Set(model.docs[i]);
    const shared = m.element_ids.filter((id) => proposalIds.has(id));
    const elementOverlap = proposalIds.size ? shared.length / proposalIds.size : 0;
    const sharedTerms = new Set([...pTerms].filter((t) => mandateTerms.has(t)));
    const passages = sentences(m.mandate_text)
      .map((s) => ({ text: s.text, similarity: cosine(pVec, vectorOf(model, s.text)) }))
      .filter((s) => s.similarity > 0.08)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, 3)
      .map((s) => ({ ...s, marked: markShared(s.text, sharedTerms), similarity: round(s.similarity) }));
    return {
      slug: m.slug,
      name: m.name,
      parentOrganisation: m.parent_organisation,
      kind: m.kind,
      score: round(0.5 * textSimilarity + 0.5 * elementOverlap),
      textSimilarity: round(textSimilarity),
      elementOverlap: round(elementOverlap),
      sharedElements: shared.map((id) => ({ id, title: titles.get(id) ?? id })),
      passages,
    };
  });
  const ranked = matches
    .filter((m) => m.score > 0.05)
    .sort((a, b) => b.score - a.score)
    .slice(0, opts.limit ?? 10);
  return {
    proposalElements: proposalElements.map((e) => ({ id: e.id, title: e.title, terms: e.terms })),
    matches: ranked,
    mechanismsChecked: mechanisms.length,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The text of a proposal from the meeting record, when that capability's `proposals` table exists.
 * Its column layout is not fixed yet, so the first text-like column present is used.
 */
export async function proposalText(db: Db, id: number): Promise<string | null> {
  const cols = await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name = 'proposals'`.execute(db);
  const names = cols.rows.map((r) => r.column_name);
  const col = ['text', 'body', 'content', 'summary', 'title'].find((c) => names.includes(c));
  if (!col || !names.includes('id')) return null;
  const row = await sql<{ t: string }>`select ${sql.ref(col)}::text as t from proposals where id = ${id}`.execute(db);
  return row.rows[0]?.t ?? null;
}
