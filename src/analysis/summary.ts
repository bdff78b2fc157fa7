import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { compileAnalysis, type Analysis } from './compile.ts';
import { matchCycle } from './queries/matches.ts';

/**
 * The compiled figures for scripts (`accord analyse --json`, GET …/summary). The shape is a
 * contract: add keys if needed, never rename or remove one.
 */
export interface AnalysisSummary {
  cycle: number;
  expected: number;
  submitted: number;
  onTime: number;
  byRegion: Record<string, { expected: number; submitted: number; onTime: number }>;
  elements: Record<string, Record<string, number>>;
  needs: number;
  offers: number;
  matches: number;
  roadmap: Array<{ element: string; reason: string } | { question: string; reason: string }>;
}

export function toSummary(a: Analysis, m: { needs: number; offers: number; matches: number }): AnalysisSummary {
  return {
    cycle: a.cycle.id,
    expected: a.completeness.overall.expected,
    submitted: a.completeness.overall.submitted,
    onTime: a.completeness.overall.onTime,
    byRegion: Object.fromEntries(a.completeness.byRegion.map((r) => [r.id, { expected: r.expected, submitted: r.submitted, onTime: r.onTime }])),
    elements: Object.fromEntries(a.elements.map((e) => [e.id, { ...e.statuses }])),
    needs: m.needs,
    offers: m.offers,
    matches: m.matches,
    // One entry per reason of each roadmap element, then the divergent questions of no element shown.
    roadmap: [
      ...a.roadmap.elements.flatMap((e) => e.reasons.map((reason) => ({ element: e.element, reason }))),
      ...a.roadmap.questions.map((q) => ({ question: q.question, reason: 'divergent-stances' })),
    ],
  };
}

/** Compiles and matches a cycle as the actor (the Secretariat for the CLI) and returns the summary. */
export async function analysisSummary(db: Db, actor: Actor, cycleId: number, minAggregate: number): Promise<AnalysisSummary> {
  const a = await compileAnalysis(db, actor, cycleId, { minAggregate });
  const { matched, offers } = await matchCycle(db, actor, cycleId);
  return toSummary(a, { needs: matched.length, offers: offers.length, matches: matched.reduce((s, x) => s + x.matches.length, 0) });
}
