import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { STATUSES } from '../reporting/answers.ts';
import { challengeAnalysis, type ChallengeView, type RegionalCommon } from './challenges.ts';
import { admit, quotable } from './confidential.ts';
import { loadAnalysisInput, type AnalysisInput, type ReportFact } from './queries/analysisInput.ts';
import { crossCuttingChallenges, type CrossCuttingChallenge } from './crossCutting.ts';
import { buildRoadmap, type Roadmap } from './roadmap.ts';
import type { Publication } from './cycleSeries.ts';

/** Statuses in the order of implementation; `not-applicable` is outside the order (excluded from progress). */
export const STATUS_ORDER = ['not-started', 'planned', 'in-progress', 'implemented'] as const;
const rank = (s: string | undefined) => (s ? (STATUS_ORDER as readonly string[]).indexOf(s) : -1);

export interface Rate {
  expected: number;
  submitted: number;
  onTime: number;
  suppressed: boolean;
}
export type StatusCounts = Record<string, number>;
export interface ElementView {
  id: string;
  title: string;
  pillar: string;
  reporting: number;
  statuses: StatusCounts;
  suppressed: boolean;
  /** implemented ÷ reporting with a status other than not-applicable (null when none). */
  implementedShare: number | null;
  byRegion: Record<string, { reporting: number; statuses: StatusCounts; suppressed: boolean }>;
  challenges: ChallengeView;
  goodPractices: { count: number; suppressed: boolean; quotes: Array<{ state: string; stateName: string; text: string; demo: boolean }> };
}
export interface Movement {
  up: number;
  down: number;
  unchanged: number;
}
export interface StateProgress extends Movement {
  state: string;
  name: string;
  region: string;
  demo: boolean;
  changes: Array<{ element: string; from: string; to: string }>;
}
export interface Analysis {
  /**
   * publication: closed, enough reports (at least `threshold` submitted before closing), or
   * provisional (fewer; not yet the public figures of element pages and State profiles).
   */
  cycle: {
    id: number;
    code: string;
    title: string;
    dueOn: string;
    demo: boolean;
    series: string;
    opensOn: string;
    closesOn: string;
    publication: { status: Publication; threshold: number; minReports: number | null };
  };
  /** The baseline of progress: the previous cycle of the same series, or the one the reader chose (`chosen`). */
  previous: { id: number; code: string; title: string; series: string; chosen: boolean } | null;
  /** Cycles the reader may choose as the baseline (opened before this one). */
  baselines: Array<{ id: number; code: string; title: string; series: string }>;
  filter: { region: string | null; organisation: string | null };
  minAggregate: number;
  synthetic: boolean;
  completeness: { overall: Rate; byRegion: Array<{ id: string; name: string } & Rate>; byOrganisation: Array<{ id: string; name: string } & Rate> };
  elements: ElementView[];
  progress: {
    overall: Movement & { suppressed: boolean };
    byRegion: Array<{ id: string; name: string; states: number; suppressed: boolean } & Movement>;
    byState: StateProgress[];
  };
  regional: Array<{ id: string; name: string; common: RegionalCommon[] }>;
  needs: { total: number; suppressed: boolean; byElement: Array<{ element: string; total: number; kinds: Record<string, number>; suppressed: boolean }> };
  /** The most common challenges across elements, counted in States. */
  crossCutting: CrossCuttingChallenge[];
  roadmap: Roadmap;
  regions: Array<{ id: string; name: string }>;
  organisations: Array<{ id: string; name: string }>;
}

/** baseline: a cycle id chosen by the reader (else the previous cycle of the same series); minPublished: see cycleSeries.ts. */
export interface CompileOptions {
  minAggregate: number;
  region?: string | null;
  organisation?: string | null;
  baseline?: number | null;
  minPublished?: number;
}
export const DEFAULT_MIN_PUBLISHED = 10;
export const publishRule = (o: CompileOptions) => ({ minAggregate: o.minAggregate, minPublished: o.minPublished ?? DEFAULT_MIN_PUBLISHED });

function rate(expected: number, reports: ReportFact[], min: number): Rate {
  const a = admit(reports, min);
  return { expected, submitted: a.rows.length, onTime: a.rows.filter((r) => r.onTime).length, suppressed: a.suppressed };
}

function countStatuses(rows: Array<{ status?: string }>): StatusCounts {
  const c: StatusCounts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  for (const r of rows) if (r.status && r.status in c) c[r.status]!++;
  return c;
}

function movement(pairs: Array<{ from: string; to: string }>): Movement {
  const m = { up: 0, down: 0, unchanged: 0 };
  for (const p of pairs) {
    const d = rank(p.to) - rank(p.from);
    if (d > 0) m.up++;
    else if (d < 0) m.down++;
    else m.unchanged++;
  }
  return m;
}

/** Restricts the input to one regional group or one regional organisation (the page's filter). */
function filterInput(input: AnalysisInput, o: CompileOptions): AnalysisInput {
  if (!o.region && !o.organisation) return input;
  const keep = new Set(
    input.expected.filter((s) => (!o.region || s.region === o.region) && (!o.organisation || s.orgs.includes(o.organisation))).map((s) => s.iso3),
  );
  return {
    ...input,
    expected: input.expected.filter((s) => keep.has(s.iso3)),
    reports: input.reports.filter((r) => keep.has(r.state)),
    previousReports: input.previousReports.filter((r) => keep.has(r.state)),
    needs: input.needs.filter((n) => keep.has(n.state)),
  };
}

/** Compiles the analysis of a cycle as this actor may see it (see confidential.ts for the rule). */
export function compileFromInput(full: AnalysisInput, o: CompileOptions): Omit<Analysis, 'roadmap'> {
  const input = filterInput(full, o);
  const min = o.minAggregate;
  const { cycle, previous, questionnaire, expected, reports } = input;
  const regionName = new Map(full.regions.map((r) => [r.id, r.name]));
  const regionIds = [...new Set(expected.map((s) => s.region))].sort();
  const regionsShown = regionIds.map((id) => ({ id, name: regionName.get(id) ?? id }));
  const reportsIn = (pred: (r: ReportFact) => boolean) => reports.filter(pred);
  const stateOf = new Map(expected.map((s) => [s.iso3, s]));

  const completeness = {
    overall: rate(expected.length, reports, min),
    byRegion: regionsShown.map((g) => ({
      ...g,
      ...rate(
        expected.filter((s) => s.region === g.id).length,
        reportsIn((r) => r.region === g.id),
        min,
      ),
    })),
    byOrganisation: full.organisations
      .map((org) => {
        const members = expected.filter((s) => s.orgs.includes(org.id));
        return {
          ...org,
          ...rate(
            members.length,
            reportsIn((r) => stateOf.get(r.state)?.orgs.includes(org.id) ?? false),
            min,
          ),
        };
      })
      .filter((x) => x.expected > 0),
  };

  const challenges = challengeAnalysis(input, min, regionsShown);
  const elements: ElementView[] = questionnaire.pillars.flatMap((p) =>
    p.elements.map((e) => {
      const answering = reports.flatMap((r) => {
        const f = r.elements.get(e.id);
        return f?.status ? [{ ...f, region: r.region, readable: r.readable }] : [];
      });
      const a = admit(answering, min);
      const statuses = countStatuses(a.rows);
      const ordered = a.rows.length - statuses['not-applicable']!;
      const byRegion = Object.fromEntries(
        regionsShown.map((g) => {
          const ra = admit(
            answering.filter((x) => x.region === g.id),
            min,
          );
          return [g.id, { reporting: ra.rows.length, statuses: countStatuses(ra.rows), suppressed: ra.suppressed }];
        }),
      );
      const practices = reports.flatMap((r) => {
        const t = r.elements.get(e.id)?.goodPractices;
        return t ? [{ state: r.state, stateName: r.stateName, text: t, demo: r.demo, readable: r.readable }] : [];
      });
      const pa = admit(practices, min);
      return {
        id: e.id,
        title: e.title,
        pillar: p.id,
        reporting: a.rows.length,
        statuses,
        suppressed: a.suppressed,
        implementedShare: ordered > 0 ? statuses.implemented! / ordered : null,
        byRegion,
        challenges: challenges.byElement.get(e.id) ?? { answered: 0, suppressed: false, clusters: [] },
        goodPractices: {
          count: pa.rows.length,
          suppressed: pa.suppressed,
          quotes: quotable(practices)
            .slice(0, 5)
            .map(({ readable: _r, ...q }) => q),
        },
      };
    }),
  );

  // Progress: States that reported in both cycles, element by element, not-applicable excluded.
  const before = new Map(input.previousReports.map((r) => [r.state, r]));
  const statePairs = reports.flatMap((r) => {
    const p = before.get(r.state);
    if (!p) return [];
    const changes: Array<{ element: string; from: string; to: string }> = [];
    for (const [el, f] of r.elements) {
      const from = p.elements.get(el)?.status;
      if (rank(f.status) >= 0 && rank(from) >= 0) changes.push({ element: el, from: from!, to: f.status! });
    }
    return [{ state: r.state, name: r.stateName, region: r.region, demo: r.demo || p.demo, readable: r.readable && p.readable, changes }];
  });
  const progressOf = (rows: typeof statePairs) => {
    const a = admit(rows, min);
    return { ...movement(a.rows.flatMap((s) => s.changes)), states: a.rows.length, suppressed: a.suppressed };
  };
  const overallProgress = progressOf(statePairs);
  const progress = {
    overall: { up: overallProgress.up, down: overallProgress.down, unchanged: overallProgress.unchanged, suppressed: overallProgress.suppressed },
    byRegion: regionsShown.map((g) => ({ ...g, ...progressOf(statePairs.filter((s) => s.region === g.id)) })),
    byState: quotable(statePairs).map(({ readable: _r, ...s }) => ({ ...s, ...movement(s.changes), changes: s.changes.filter((c) => c.from !== c.to) })),
  };

  const na = admit(input.needs, min);
  const needElements = [...new Set(na.rows.map((n) => n.element))];
  const needs = {
    total: na.rows.length,
    suppressed: na.suppressed,
    byElement: needElements
      .map((el) => {
        const ea = admit(
          input.needs.filter((n) => n.element === el),
          min,
        );
        const kinds: Record<string, number> = {};
        for (const n of ea.rows) kinds[n.kind] = (kinds[n.kind] ?? 0) + 1;
        return { element: el, total: ea.rows.length, kinds, suppressed: ea.suppressed };
      })
      .filter((x) => x.total > 0)
      .sort((a, b) => b.total - a.total || a.element.localeCompare(b.element)),
  };

  return {
    cycle: {
      id: cycle.id,
      code: cycle.code,
      title: cycle.title,
      dueOn: cycle.due_on,
      demo: cycle.demo,
      series: input.info.series,
      opensOn: cycle.opens_on,
      closesOn: cycle.closes_on,
      publication: { status: input.info.publication, threshold: input.info.threshold, minReports: input.info.minReports },
    },
    previous: previous
      ? { id: previous.id, code: previous.code, title: previous.title, series: input.previousInfo?.series ?? '', chosen: input.baselineChosen }
      : null,
    baselines: input.baselines.map((b) => ({ id: b.id, code: b.code, title: b.title, series: b.series })),
    filter: { region: o.region ?? null, organisation: o.organisation ?? null },
    minAggregate: min,
    synthetic: cycle.demo || reports.some((r) => r.demo),
    completeness,
    elements,
    progress,
    regional: regionsShown
      .map((g) => ({ ...g, common: challenges.regional.get(g.id) ?? [] }))
      .map((g) => ({ ...g, common: [...commonStatuses(elements, g.id), ...g.common] })),
    needs,
    crossCutting: crossCuttingChallenges(input, min),
    regions: full.regions,
    organisations: full.organisations,
  };
}

/** Elements where more than half the region's reporting States give the same status. */
function commonStatuses(elements: ElementView[], region: string): RegionalCommon[] {
  const out: RegionalCommon[] = [];
  for (const e of elements) {
    const r = e.byRegion[region];
    if (!r || r.reporting < 2) continue;
    const [status, n] = Object.entries(r.statuses).sort((a, b) => b[1] - a[1])[0]!;
    if (n / r.reporting > 0.5) out.push({ kind: 'status', element: e.id, status, n, of: r.reporting, share: n / r.reporting });
  }
  return out.sort((a, b) => b.share - a.share);
}

/** Loads and compiles a cycle's analysis, with the roadmap. */
export async function compileAnalysis(db: Db, actor: Actor, cycleId: number, o: CompileOptions): Promise<Analysis> {
  const input = await loadAnalysisInput(db, actor, cycleId, { baseline: o.baseline, rule: publishRule(o) });
  const a = compileFromInput(input, o);
  return { ...a, roadmap: await buildRoadmap(db, actor, a) };
}
