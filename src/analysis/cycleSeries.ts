import { sql } from 'kysely';
import type { Db } from '../db/engine.ts';

/**
 * Which cycle a public figure comes from, and what it is compared with.
 *
 * A cycle belongs to a series (the Secretariat's setting in `analysis_cycle_settings`, else its
 * code without the trailing numbers: OEWG-2026-1 → OEWG). Progress compares a cycle with the
 * previous cycle of the same series, never with whatever opened before it (a one-off survey).
 *
 * A cycle is *publishable* when it has closed, or when it holds enough submitted reports: its own
 * `min_reports`, else the installation's `ACCORD_MIN_PUBLISHED_REPORTS`, never fewer than the
 * aggregate minimum, and never more than the States it expects (a complete cycle is complete).
 * The aggregate minimum (ACCORD_MIN_AGGREGATE, 3) alone would not do: it answers whether restricted
 * reports may be counted, not whether a figure speaks for the membership, and an open cycle with 3
 * reports would still show "implemented by 100%". It is the floor, though: a closed cycle with fewer
 * reports than the aggregate minimum is not published either (`too-few`), since "1 reporting State,
 * 100%" misleads just as much after closing.
 * Element pages and State profiles show the latest publishable cycle that has opened, and say which.
 * The count of submitted reports that decides this includes restricted reports; that is safe to
 * reveal only as "at least the threshold", which is at least the aggregate minimum.
 */
export type Publication = 'closed' | 'enough-reports' | 'provisional' | 'too-few' | 'not-open';
export interface CycleInfo {
  id: number;
  code: string;
  title: string;
  series: string;
  demo: boolean;
  opensOn: string;
  dueOn: string;
  closesOn: string;
  expected: number;
  submitted: number;
  /** Submitted reports needed before closing (the resolved threshold); minReports: the cycle's own setting, if any. */
  threshold: number;
  minReports: number | null;
  publication: Publication;
}
export interface PublishRule {
  minAggregate: number;
  minPublished: number;
  today?: string;
}

/** OEWG-2026-1 → OEWG; SURVEY-2025 → SURVEY; a code that is all numbers stays itself. */
export function seriesOfCode(code: string): string {
  return code.replace(/(-[0-9]+)+$/, '') || code;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

export function publicationOf(c: Pick<CycleInfo, 'opensOn' | 'closesOn' | 'submitted' | 'threshold'>, minAggregate: number, today: string): Publication {
  if (c.opensOn > today) return 'not-open';
  if (c.closesOn < today) return c.submitted >= Math.min(minAggregate, c.threshold) ? 'closed' : 'too-few';
  return c.submitted >= c.threshold ? 'enough-reports' : 'provisional';
}

/** Every cycle with its series, counts and publication state, newest first (one query). */
export async function cycleCatalogue(db: Db, rule: PublishRule): Promise<CycleInfo[]> {
  const today = rule.today ?? todayIso();
  const rows = await db
    .selectFrom('reporting_cycles as c')
    .leftJoin('analysis_cycle_settings as s', 's.cycle_id', 'c.id')
    .select(['c.id', 'c.code', 'c.title', 'c.demo', 's.series', 's.min_reports'])
    .select([sql<string>`c.opens_on::text`.as('opens_on'), sql<string>`c.due_on::text`.as('due_on'), sql<string>`c.closes_on::text`.as('closes_on')])
    .select((eb) =>
      eb
        .selectFrom('reporting_expected_states as x')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('x.cycle_id', '=', 'c.id')
        .as('expected'),
    )
    .select((eb) =>
      eb
        .selectFrom('national_reports as r')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('r.cycle_id', '=', 'c.id')
        .where('r.status', '=', 'submitted')
        .where('r.current_revision', '>', 0)
        .as('submitted'),
    )
    .orderBy('c.opens_on', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
  return rows.map((r) => {
    const expected = Number(r.expected ?? 0);
    const submitted = Number(r.submitted ?? 0);
    const wanted = Math.max(rule.minAggregate, r.min_reports ?? rule.minPublished);
    const threshold = expected > 0 ? Math.min(wanted, expected) : wanted;
    const base = { opensOn: r.opens_on, closesOn: r.closes_on, submitted, threshold };
    return {
      id: r.id,
      code: r.code,
      title: r.title,
      series: r.series ?? seriesOfCode(r.code),
      demo: r.demo,
      opensOn: r.opens_on,
      dueOn: r.due_on,
      closesOn: r.closes_on,
      expected,
      submitted,
      threshold,
      minReports: r.min_reports ?? null,
      publication: publicationOf(base, rule.minAggregate, today),
    };
  });
}

/** The latest opened cycle that is closed or has enough reports (null when none is). */
export function publishedCycle(list: CycleInfo[]): CycleInfo | null {
  return list.find((c) => c.publication === 'closed' || c.publication === 'enough-reports') ?? null;
}

/** The cycle of the same series that opened most recently before this one. */
export function previousInSeries(list: CycleInfo[], cycle: CycleInfo): CycleInfo | null {
  return list.find((c) => c.id !== cycle.id && c.series === cycle.series && before(c, cycle)) ?? null;
}

/** Cycles a reader may choose as the baseline: every cycle that opened before this one, newest first. */
export function baselineChoices(list: CycleInfo[], cycle: CycleInfo): CycleInfo[] {
  return list.filter((c) => c.id !== cycle.id && before(c, cycle));
}

const before = (a: CycleInfo, b: CycleInfo) => a.opensOn < b.opensOn || (a.opensOn === b.opensOn && a.id < b.id);
