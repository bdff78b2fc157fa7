import { blend, cosine, idfOf, sharedTerms, surfaceTerms, terms, tfidf, type SparseVector } from '../text/vectors.ts';
import { splitSentences } from '../text/sentences.ts';

/**
 * Which statements of a DTG meeting address which guiding question. Pure: statements and questions
 * in, matches out.
 *
 * The rule, per statement (one speaker's run of sentences):
 * 1. Named: a sentence naming a question by its number ("question 2", "the second guiding
 *    question") addresses that question (score 1).
 * 2. Worded: each sentence and each question become TF-IDF vectors over stemmed content words
 *    (src/text/vectors.ts; the idf is taken over every sentence of the meeting and the
 *    questions, so words every speaker uses weigh little). A question's vector is its own words
 *    counted twice its framework element's (or pillar's) lexicon, so "CERT training" meets a
 *    question on incident response through the element's words. A sentence whose cosine with a
 *    question reaches WORDED (0.2) addresses it; the statement's score is its best sentence's.
 * 3. On the floor: delegations answer the question the facilitator has just put without repeating
 *    it. When a presiding speaker's statement names a question (rule 1), that question is on the
 *    floor of that document until another is named; a later statement matching no question by
 *    rules 1–2 addresses the question on the floor if its best cosine with it reaches FLOOR (0.08),
 *    i.e. it shares at least some of its words.
 * A statement may address several questions, but not one it only brushes: a worded match below
 * NEAR_BEST (three quarters) of the statement's best worded match is dropped. One that addresses
 * none is listed as answering none. Quoted sentences lose the record's paragraph numbering.
 * Presiding speakers (the facilitators, the Chair, the Secretariat) put the questions; they are not
 * counted as answering them.
 */
export const WORDED = 0.2;
export const FLOOR = 0.08;
export const NEAR_BEST = 0.75;

export interface MatchQuestion {
  id: number;
  number: number;
  text: string;
  lexicon: string[];
}
export interface MatchStatement {
  id: number;
  document_id: number;
  position: number;
  speaker_kind: string;
  text: string;
}
export interface Match {
  statementId: number;
  questionId: number;
  score: number;
  reason: 'named' | 'worded' | 'floor';
  /** The sentence that addresses the question best. */
  sentence: string;
  /** The stems it shares with the question, strongest first (the "why"). */
  terms: string[];
}

const PRESIDING = new Set(['chair', 'secretariat', 'rapporteur']);
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const NAMED =
  /\b(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:guiding\s+)?question|(?:guiding\s+)?question\s+(?:no\.?\s*|number\s+)?(\d{1,2})\b)/gi;

/** The numbers of the questions a sentence names. */
export function namedQuestions(sentence: string): number[] {
  const out: number[] = [];
  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(sentence); m; m = NAMED.exec(sentence)) {
    const n = m[1] ? ORDINALS[m[1].toLowerCase()] : Number(m[2]);
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}

export function matchStatements(statements: MatchStatement[], questions: MatchQuestion[]): Match[] {
  if (!questions.length) return [];
  const byNumber = new Map(questions.map((q) => [q.number, q]));
  const sentencesOf = new Map(
    statements.map((s) => [s.id, s.text.split('\n').flatMap((line) => splitSentences(line).map((x) => x.text.replace(/^\s*\d{1,3}[.)]\s+/, '')))]),
  );
  const tokens = new Map<string, string[]>();
  const tok = (t: string) => {
    let v = tokens.get(t);
    if (!v) {
      v = terms(t);
      tokens.set(t, v);
    }
    return v;
  };
  const corpus = [...[...sentencesOf.values()].flat().map(tok), ...questions.map((q) => tok(q.text))];
  const idf = idfOf(corpus);
  const rare = Math.log(1 + corpus.length) + 1;
  const qVectors = new Map<number, SparseVector>(
    questions.map((q) => {
      const own = tfidf(tok(q.text), idf, rare);
      return [
        q.id,
        q.lexicon.length
          ? blend([
              [own, 2],
              [
                tfidf(
                  q.lexicon.flatMap((w) => tok(w)),
                  idf,
                  rare,
                ),
                1,
              ],
            ])
          : own,
      ];
    }),
  );

  const out: Match[] = [];
  const floor = new Map<number, number>(); // document → question number on the floor
  const ordered = [...statements].sort((a, b) => a.document_id - b.document_id || a.position - b.position);
  for (const s of ordered) {
    const sentences = sentencesOf.get(s.id) ?? [];
    const named = new Map<number, string>();
    for (const x of sentences) for (const n of namedQuestions(x)) if (byNumber.has(n) && !named.has(n)) named.set(n, x);
    if (PRESIDING.has(s.speaker_kind)) {
      const last = [...named.keys()].pop();
      if (last != null) floor.set(s.document_id, last);
      continue;
    }
    const found: Match[] = [];
    for (const [n, sentence] of named) {
      const q = byNumber.get(n)!;
      found.push({
        statementId: s.id,
        questionId: q.id,
        score: 1,
        reason: 'named',
        sentence,
        terms: surfaceTerms(sharedTerms(tfidf(tok(sentence), idf, rare), qVectors.get(q.id)!), sentence),
      });
    }
    const best = new Map<number, { score: number; sentence: string; terms: string[] }>();
    for (const x of sentences) {
      const v = tfidf(tok(x), idf, rare);
      if (v.size === 0) continue;
      for (const q of questions) {
        const qv = qVectors.get(q.id)!;
        const score = cosine(v, qv);
        if (score > (best.get(q.id)?.score ?? 0)) best.set(q.id, { score, sentence: x, terms: surfaceTerms(sharedTerms(v, qv), x) });
      }
    }
    const top = Math.max(0, ...[...best.values()].map((b) => b.score));
    for (const q of questions) {
      const b = best.get(q.id);
      if (!b || b.score < WORDED || b.score < NEAR_BEST * top || named.has(q.number)) continue;
      found.push({ statementId: s.id, questionId: q.id, score: round(b.score), reason: 'worded', sentence: b.sentence, terms: b.terms });
    }
    const onFloor = floor.get(s.document_id);
    if (!found.length && onFloor != null) {
      const q = byNumber.get(onFloor)!;
      const b = best.get(q.id);
      if (b && b.score >= FLOOR)
        found.push({ statementId: s.id, questionId: q.id, score: round(b.score), reason: 'floor', sentence: b.sentence, terms: b.terms });
    }
    out.push(...found);
  }
  return out;
}

const round = (x: number) => Math.round(x * 100) / 100;
