import { blend, cosine, idfOf, sharedTerms, surfaceTerms, surfaceWords, terms, tfidf, type SparseVector } from '../text/vectors.ts';

/**
 * Ranks capacity-building offers for each capacity need, with reasons. Pure: no database.
 *
 * Hard conditions (an offer failing one is not listed): it covers the need's element, the
 * recipient is eligible (open to all, its regional group, or the State by name), it has not ended,
 * it is not the recipient's own offer, and it offers the kind of help asked for or shares a subject
 * with what the State wrote (an offer with neither would meet the need by its element alone).
 * Scored: the same kind of help, the report's language, timing (running or starting within a year),
 * the recipient's stated situation (`cb-tailored`): whether the offer is designed for the State's
 * implementation stage of that element, and how closely the offer's subject matches what the State
 * wrote (the shared terms are the reason).
 *
 * The subject decides the order among offers that pass the hard conditions: element, eligibility,
 * kind, language and timing are shared by most candidates (a course on international law lists
 * norm 13(g) and is "training" in English too), so they say little about which offer helps. What
 * the State asks for is compared with what each offer is about:
 * - the need's own description weighs twice its stated challenges (the challenges are context;
 *   the description is the request), and an offer's title weighs twice its description;
 * - idf is computed over the offers, the collection being ranked, not over the needs: a cycle with
 *   two hundred needs that all say "training" must not make "incident" or "utilities" weigh less;
 * - the similarity earns up to 5 points (8 × cosine), more than any other signal, and an offer that
 *   shares no subject term with what the State wrote loses 3 points and says so (`no-shared-subject`).
 * Duplication (`cb-coordination`): two or more offers from different providers that fully cover
 * the same need of the same recipient (same element, same kind, eligible, language, timing).
 */
export interface MatchNeed {
  id: number;
  state: string;
  region: string;
  element: string;
  kind: string;
  priority: string;
  description: string;
  language: string;
  status?: string | null;
  challenges?: string | null;
}
export interface MatchOffer {
  id: number;
  providerName: string;
  providerState: string | null;
  title: string;
  description: string;
  elements: string[];
  kinds: string[];
  stages: string[];
  eligibleRegions: string[];
  eligibleStates: string[];
  languages: string[];
  modality: string;
  startsOn: string | null;
  endsOn: string | null;
}
export type ReasonCode =
  | 'element'
  | 'kind'
  | 'other-kind'
  | 'eligible-all'
  | 'eligible-region'
  | 'eligible-state'
  | 'language'
  | 'language-mismatch'
  | 'timing-now'
  | 'timing-later'
  | 'stage'
  | 'stage-mismatch'
  | 'addresses-challenge'
  | 'no-shared-subject';
/** A reason with the points it gave the score (negative when it counted against the offer). */
export interface Reason {
  code: ReasonCode;
  detail?: string;
  points: number;
}
export interface Match {
  offerId: number;
  score: number;
  reasons: Reason[];
  full: boolean;
}
export interface NeedMatches {
  need: MatchNeed;
  matches: Match[];
  duplication: number[];
}

export const MATCH_THRESHOLD = 4;

interface Prepared {
  offer: MatchOffer;
  vec: SparseVector;
}

/** Similarity at or under which an offer is taken to share no subject with the need. */
const UNRELATED = 0.05;

function prepare(needs: MatchNeed[], offers: MatchOffer[]) {
  const offerDocs = offers.map((o) => [...terms(o.title), ...terms(o.title), ...terms(o.description)]);
  const idf = idfOf(offerDocs);
  const byElement = new Map<string, Prepared[]>();
  offers.forEach((o, i) => {
    const p = { offer: o, vec: tfidf(offerDocs[i]!, idf) };
    for (const el of o.elements) (byElement.get(el) ?? byElement.set(el, []).get(el)!).push(p);
  });
  // Terms no offer uses match nothing; they are left out rather than given an idf of their own.
  const known = (d: string[]) => d.filter((t) => idf.has(t));
  const needVecs: SparseVector[] = [];
  const hasText: boolean[] = [];
  for (const n of needs) {
    const asked = terms(n.description);
    const context = terms(n.challenges ?? '');
    needVecs.push(
      blend([
        [tfidf(known(asked), idf), 2],
        [tfidf(known(context), idf), 1],
      ]),
    );
    hasText.push(asked.length + context.length > 0);
  }
  return { byElement, needVecs, hasText };
}

// The need's words, made once per need: scoring meets each need once per candidate offer.
const needWords = new WeakMap<MatchNeed, Map<string, string>>();
function wordsOf(need: MatchNeed) {
  let w = needWords.get(need);
  if (!w) needWords.set(need, (w = surfaceWords(`${need.description} ${need.challenges ?? ''}`)));
  return w;
}

function scoreOne(need: MatchNeed, vec: SparseVector, hasText: boolean, p: Prepared, today: string): Match | null {
  const o = p.offer;
  if (o.providerState && o.providerState === need.state) return null;
  if (o.endsOn && o.endsOn < today) return null;
  const reasons: Reason[] = [];
  let score = 0;
  const add = (code: ReasonCode, points: number, detail?: string) => {
    reasons.push(detail === undefined ? { code, points } : { code, detail, points });
    score += points;
  };
  add('element', 3, need.element);
  if (!o.eligibleRegions.length && !o.eligibleStates.length) add('eligible-all', 0.5);
  else if (o.eligibleStates.includes(need.state)) add('eligible-state', 1, need.state);
  else if (o.eligibleRegions.includes(need.region)) add('eligible-region', 1, need.region);
  else return null;
  const sameKind = o.kinds.includes(need.kind);
  if (sameKind) add('kind', 2, need.kind);
  else add('other-kind', 0, o.kinds.join(', '));
  const lang = o.languages.includes(need.language);
  if (lang) add('language', 1.5, need.language);
  else add('language-mismatch', -1, o.languages.join(', '));
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCFullYear(soon.getUTCFullYear() + 1);
  const timely = !o.startsOn || o.startsOn <= soon.toISOString().slice(0, 10);
  if (timely) add('timing-now', 1, o.startsOn && o.startsOn > today ? o.startsOn : undefined);
  else add('timing-later', 0.25, o.startsOn ?? undefined);
  if (need.status && o.stages.length) {
    if (o.stages.includes(need.status)) add('stage', 1.5, need.status);
    else add('stage-mismatch', -1, need.status);
  }
  const sim = cosine(vec, p.vec);
  if (sim > UNRELATED)
    add('addresses-challenge', Math.round(Math.min(5, sim * 8) * 100) / 100, surfaceTerms(sharedTerms(vec, p.vec, 4), wordsOf(need)).join(', '));
  else if (hasText) {
    // Neither the help asked for nor the subject: the offer meets the need by element only, which
    // is how a course on international law that lists a norm reached a request about incidents.
    if (!sameKind) return null;
    add('no-shared-subject', -3);
  }
  return { offerId: o.id, score: Math.round(score * 100) / 100, reasons, full: sameKind && lang && timely };
}

/** Each need with its best offers (at most `limit`, score ≥ MATCH_THRESHOLD) and duplication flags. */
export function matchNeeds(needs: MatchNeed[], offers: MatchOffer[], opts: { today: string; limit?: number }): NeedMatches[] {
  const { byElement, needVecs, hasText } = prepare(needs, offers);
  const limit = opts.limit ?? 5;
  return needs.map((need, i) => {
    const candidates = byElement.get(need.element) ?? [];
    const scored: Match[] = [];
    for (const p of candidates) {
      const m = scoreOne(need, needVecs[i]!, hasText[i]!, p, opts.today);
      if (m && m.score >= MATCH_THRESHOLD) scored.push(m);
    }
    scored.sort((a, b) => b.score - a.score || a.offerId - b.offerId);
    const full = scored.filter((m) => m.full);
    const providers = new Set(full.map((m) => candidates.find((c) => c.offer.id === m.offerId)!.offer.providerName));
    return { need, matches: scored.slice(0, limit), duplication: providers.size >= 2 ? full.map((m) => m.offerId) : [] };
  });
}
