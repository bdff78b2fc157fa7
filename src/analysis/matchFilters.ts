import { NEED_KINDS } from '../reporting/answers.ts';
import { REGIONAL_GROUPS } from '../participants/regionalGroups.ts';
import type { TakeUpStatus } from './tables.ts';
import type { MatchedNeed } from './queries/matches.ts';

/**
 * The matches page's filters and pages, pure: a cycle can hold hundreds of needs (337 in the demo,
 * once one 415 KB page), so the page shows 25 at a time, filtered by the recipient's regional
 * group, the element, the kind of help and where the need stands (no offer fits, offers fit but
 * nobody took one up, or a take-up at its latest step).
 */
export const PAGE_SIZE = 25;
export const NEED_STANDINGS = ['unmatched', 'open', 'contacted', 'matched', 'in-progress', 'delivered', 'closed'] as const;
export type NeedStanding = (typeof NEED_STANDINGS)[number];

export interface MatchFilter {
  region?: string;
  element?: string;
  kind?: string;
  status?: NeedStanding;
  page: number;
}

/** Reads the filter from query values; unknown values are dropped rather than failing the page. */
export function matchFilterOf(q: (k: string) => string | undefined, elements: readonly string[]): MatchFilter {
  const pick = <T extends string>(v: string | undefined, allowed: readonly T[]) => (v && (allowed as readonly string[]).includes(v) ? (v as T) : undefined);
  const page = Number(q('page'));
  return {
    region: pick(q('region'), [...REGIONAL_GROUPS.map((g) => g.id as string), 'observers']),
    element: pick(q('element'), elements),
    kind: pick(q('kind'), NEED_KINDS),
    status: pick(q('status'), NEED_STANDINGS),
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

/** Where a need stands: its take-up's latest step when one exists, else whether any offer fits. */
export function standingOf(m: MatchedNeed, latestStep: (needKey: string) => TakeUpStatus | undefined): NeedStanding {
  return latestStep(needKey(m.need)) ?? (m.matches.length ? 'open' : 'unmatched');
}

/** A need as take-ups know it: the report, the element and the kind of help survive a new revision. */
export const needKey = (n: { reportId: number; element: string; kind: string }) => `${n.reportId}|${n.element}|${n.kind}`;

export function filterMatches(list: MatchedNeed[], f: MatchFilter, latestStep: (needKey: string) => TakeUpStatus | undefined) {
  const rows = list.filter(
    (m) =>
      (!f.region || m.need.region === f.region) &&
      (!f.element || m.need.element === f.element) &&
      (!f.kind || m.need.kind === f.kind) &&
      (!f.status || standingOf(m, latestStep) === f.status),
  );
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(f.page, pages);
  return { total: rows.length, page, pages, rows: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) };
}

/** The query string of a filter, for page links (page 1 is left out). */
export function filterQuery(f: Omit<MatchFilter, 'page'> & { page?: number; cycle?: string }) {
  const p = new URLSearchParams();
  for (const k of ['cycle', 'region', 'element', 'kind', 'status'] as const) if (f[k]) p.set(k, String(f[k]));
  if (f.page && f.page > 1) p.set('page', String(f.page));
  const s = p.toString();
  return s ? `?${s}` : '';
}
