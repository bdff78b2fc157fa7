import { cosine, idfOf, sharedTerms, terms, tfidf, type SparseVector } from './textVectors.ts';

/**
 * Ranks capacity-building offers for each capacity need, with reasons. Pure: no database.
 *
 * Hard conditions (an offer failing one is not listed): it covers the need's element, the
 * recipient is eligible (open to all, its regional group, or the State by name), it has not ended,
 * and it is not the recipient's own offer.
 * Scored: the same kind of help, the report's language, timing (running or starting within a year),
 * the recipient's stated situation (`cb-tailored`): whether the offer is designed for the State's
 * implementation stage of that element, and how closely the offer's description addresses what the
 * State wrote (TF-IDF cosine between the offer and the need's description + the State's stated
 * challenges for that element, with the shared terms as the reason).
 * Duplication (`cb-coordination`): two or more offers from different providers that fully cover
 * the same need of the same recipient (same element, same kind, eligible, language, timing).
 */
export interface MatchNeed {
  id: number; state: string; region: string; element: string; kind: string; priority: string;
  description: string; language: string; status?: string | null; challenges?: string | null;
}
export interface MatchOffer {
  id: number; providerName: string; providerState: string | null; title: string; description: string;
  elements: string[]; kinds: string[]; stages: string[]; eligibleRegions: string[]; eligibleStates: string[];
  languages: string[]; modality: string; startsOn: string | null; endsOn: string | null;
}
export type ReasonCode = 'element' | 'kind' | 'other-kind' | 'eligible-all' | 'eligible-region' | 'eligible-state' | 'language' | 'language-mismatch'
  | 'timing-now' | 'timing-later' | 'stage' | 'stage-mismatch' | 'addresses-challenge';
export interface Reason { code: ReasonCode; detail?: string }
export interface Match { offerId: number; score: number; reasons: Reason[]; full: boolean }
export interface NeedMatches { need: MatchNeed; matches: Match[]; duplication: number[] }

export const MATCH_THRESHOLD = 4;

interface Prepared { offer: MatchOffer; vec: SparseVector }

function prepare(needs: MatchNeed[], offers: MatchOffer[]) {
  const offerDocs = offers.map((o) => terms(`${o.title} ${o.description}`));
  const needDocs = needs.map((n) => terms(`${n.description} ${n.challenges ?? ''}`));
  const idf = idfOf([...offerDocs, ...needDocs]);
  const byElement = new Map<string, Prepared[]>();
  offers.forEach((o, i) => {
    const p = { offer: o, vec: tfidf(offerDocs[i]!, idf) };
    for (const el of o.elements) (byElement.get(el) ?? byElement.set(el, []).get(el)!).push(p);
  });
  return { byElement, needVecs: needDocs.map((d) => tfidf(d, idf)) };
}

function scoreOne(need: MatchNeed, vec: SparseVector, p: Prepared, today: string): Match | null {
  const o = p.offer;
  if (o.providerState && o.providerState === need.state) return null;
  if (o.endsOn && o.endsOn < today) return null;
  const reasons: Reason[] = [{ code: 'element', detail: need.element }];
  let score = 3;
  if (!o.eligibleRegions.length && !o.eligibleStates.length) { reasons.push({ code: 'eligible-all' }); score += 0.5; }
  else if (o.eligibleStates.includes(need.state)) { reasons.push({ code: 'eligible-state', detail: need.state }); score += 1; }
  else if (o.eligibleRegions.includes(need.region)) { reasons.push({ code: 'eligible-region', detail: need.region }); score += 1; }
  else return null;
  const sameKind = o.kinds.includes(need.kind);
  if (sameKind) { reasons.push({ code: 'kind', detail: need.kind }); score += 2; } else reasons.push({ code: 'other-kind', detail: o.kinds.join(', ') });
  const lang = o.languages.includes(need.language);
  if (lang) { reasons.push({ code: 'language', detail: need.language }); score += 1.5; } else { reasons.push({ code: 'language-mismatch', detail: o.languages.join(', ') }); score -= 1; }
  const soon = new Date(`${today}T00:00:00Z`); soon.setUTCFullYear(soon.getUTCFullYear() + 1);
  const timely = !o.startsOn || o.startsOn <= soon.toISOString().slice(0, 10);
  if (timely) { reasons.push({ code: 'timing-now', detail: o.startsOn && o.startsOn > today ? o.startsOn : undefined }); score += 1; }
  else { reasons.push({ code: 'timing-later', detail: o.startsOn ?? undefined }); score += 0.25; }
  if (need.status && o.stages.length) {
    if (o.stages.includes(need.status)) { reasons.push({ code: 'stage', detail: need.status }); score += 1.5; }
    else { reasons.push({ code: 'stage-mismatch', detail: need.status }); score -= 1; }
  }
  const sim = cosine(vec, p.vec);
  if (sim >= 0.08) { reasons.push({ code: 'addresses-challenge', detail: sharedTerms(vec, p.vec, 4).join(', ') }); score += Math.min(3, sim * 6); }
  return { offerId: o.id, score: Math.round(score * 100) / 100, reasons, full: sameKind && lang && timely };
}

/** Each need with its best offers (at most `limit`, score ≥ MATCH_THRESHOLD) and duplication flags. */
export function matchNeeds(needs: MatchNeed[], offers: MatchOffer[], opts: { today: string; limit?: number }): NeedMatches[] {
  const { byElement, needVecs } = prepare(needs, offers);
  const limit = opts.limit ?? 5;
  return needs.map((need, i) => {
    const candidates = byElement.get(need.element) ?? [];
    const scored: Match[] = [];
    for (const p of candidates) { const m = scoreOne(need, needVecs[i]!, p, opts.today); if (m && m.score >= MATCH_THRESHOLD) scored.push(m); }
    scored.sort((a, b) => b.score - a.score || a.offerId - b.offerId);
    const full = scored.filter((m) => m.full);
    const providers = new Set(full.map((m) => candidates.find((c) => c.offer.id === m.offerId)!.offer.providerName));
    return { need, matches: scored.slice(0, limit), duplication: providers.size >= 2 ? full.map((m) => m.offerId) : [] };
  });
}
