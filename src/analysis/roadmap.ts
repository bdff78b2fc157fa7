import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import type { Quote } from './challenges.ts';
import type { Analysis } from './compile.ts';
import { recordPositions, type QuestionPositions } from './queries/recordPositions.ts';

/**
 * The roadmap the Mexican proposal describes: per element, what States report they lack (their
 * challenges and capacity needs), where positions in the meeting record diverge (stance questions
 * of that element), and what would need to be agreed, each with the evidence it rests on (links to
 * the challenge clusters, quotes, statements, positions and offers). Elements come first where
 * implementation is lowest, lacks most common and positions most split.
 *
 * "What would need to be agreed" is built as data (a message key and its parameters), so it reads
 * in six languages; it follows from the evidence, never from prose written here for one element.
 */
export type RoadmapReason = 'lowest-implementation' | 'common-challenge' | 'capacity-needs' | 'divergent-stances';
export interface Lack {
  label: string | null;
  states: number;
  of: number;
  share: number;
  quote: Quote | null;
}
export interface Agreement {
  key: 'question' | 'support' | 'needs' | 'implementation';
  params: Record<string, string | number>;
  evidence: string[];
}
export interface RoadmapItem {
  element: string;
  title: string;
  pillar: string;
  reasons: RoadmapReason[];
  priority: number;
  implementation: { implemented: number; reporting: number; share: number; suppressed: boolean } | null;
  lacks: Lack[];
  needs: { total: number; kinds: Record<string, number>; suppressed: boolean } | null;
  positions: QuestionPositions[];
  discussed: { statements: number; states: number } | null;
  agree: Agreement[];
}
export interface Roadmap {
  elements: RoadmapItem[];
  questions: QuestionPositions[];
}

const MAX_ELEMENTS = 10;
const LOW_SHARE = 0.5;

export async function buildRoadmap(db: Db, actor: Actor, a: Omit<Analysis, 'roadmap'>): Promise<Roadmap> {
  const record = await recordPositions(db, actor);
  const divergent = record.questions.filter((q) => q.divergent);
  const needsOf = new Map(a.needs.byElement.map((n) => [n.element, n]));
  const challengesAt = (el: string) => `/analysis/cycles/${a.cycle.id}#challenges-${el}`;
  const items: RoadmapItem[] = [];
  for (const e of a.elements) {
    const reasons: RoadmapReason[] = [];
    const ordered = e.reporting - (e.statuses['not-applicable'] ?? 0);
    const rated = e.implementedShare !== null && e.reporting >= Math.max(1, a.minAggregate);
    if (rated && e.implementedShare! < LOW_SHARE) reasons.push('lowest-implementation');
    const lacks = e.challenges.clusters
      .filter((c) => c.count >= 2)
      .slice(0, 3)
      .map((c) => ({ label: c.label, states: c.count, of: e.challenges.answered, share: c.share, quote: c.quote }));
    if (lacks.length) reasons.push('common-challenge');
    const n = needsOf.get(e.id);
    if (n && n.total >= 2) reasons.push('capacity-needs');
    const positions = divergent.filter((q) => q.elements.includes(e.id));
    if (positions.length) reasons.push('divergent-stances');
    if (!reasons.length) continue;
    const agree: Agreement[] = positions.map((q) => ({
      key: 'question',
      params: { question: q.question },
      evidence: [`/positions?question=${q.question}`, ...q.quotes.slice(0, 4).map((x) => x.href)],
    }));
    if (lacks[0]) agree.push({ key: 'support', params: { lack: lacks[0].label ?? '', states: lacks[0].states }, evidence: [challengesAt(e.id)] });
    if (n && n.total >= 2)
      agree.push({
        key: 'needs',
        params: {
          total: n.total,
          kinds: Object.entries(n.kinds)
            .sort((x, y) => y[1] - x[1])
            .map(([k]) => k)
            .join(','),
        },
        evidence: ['/analysis/offers', '/analysis/matches'],
      });
    if (reasons.includes('lowest-implementation'))
      agree.push({
        key: 'implementation',
        params: { share: e.implementedShare!, implemented: e.statuses.implemented ?? 0, reporting: ordered },
        evidence: [`/analysis/cycles/${a.cycle.id}#implementation`, `/framework/elements/${e.id}`],
      });
    // Priority: how little is implemented, how many States share a lack or a need, how split positions are.
    const priority =
      (rated ? 1 - e.implementedShare! : 0) + (lacks[0]?.share ?? 0) + Math.min(1, (n?.total ?? 0) / Math.max(1, e.reporting)) + (positions.length ? 1 : 0);
    const discussed = record.discussed.get(e.id) ?? null;
    items.push({
      element: e.id,
      title: e.title,
      pillar: e.pillar,
      reasons,
      priority: Math.round(priority * 1000) / 1000,
      implementation: rated ? { implemented: e.statuses.implemented ?? 0, reporting: ordered, share: e.implementedShare!, suppressed: e.suppressed } : null,
      lacks,
      needs: n ? { total: n.total, kinds: n.kinds, suppressed: n.suppressed } : null,
      positions,
      discussed,
      agree,
    });
  }
  items.sort((x, y) => y.priority - x.priority || x.element.localeCompare(y.element));
  const shown = new Set(items.slice(0, MAX_ELEMENTS).flatMap((i) => i.positions.map((q) => q.question)));
  return { elements: items.slice(0, MAX_ELEMENTS), questions: divergent.filter((q) => !shown.has(q.question)) };
}
