import { sql } from 'kysely';
import type { Actor } from '../../accounts/actor.ts';
import { canSee, type Visibility } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import type { Answers } from '../../reporting/answers.ts';
import { endOfDay, getCycle, type Cycle } from '../../reporting/cycles.ts';
import { loadQuestionnaire, type Questionnaire } from '../../reporting/questionnaire.ts';
import { NotFound, ValidationError } from '../../foundation/errors.ts';
import { comparableElements } from '../../framework/queries.ts';
import { baselineChoices, cycleCatalogue, previousInSeries, publishedCycle, type CycleInfo, type PublishRule } from '../cycleSeries.ts';

/**
 * Everything the compiled analysis reads, in a few set-based queries: the cycle, the previous
 * cycle, expected States with their regions and organisations, and the submitted answers of the
 * latest revision of each report (never drafts). Who may read each report is decided here, once,
 * with the same rule as `canSeeReport` (submitted only, by visibility, own delegation).
 */
export interface ElementFact {
  status?: string;
  challenges?: string;
  goodPractices?: string;
}
export interface ReportFact {
  reportId: number;
  state: string;
  stateName: string;
  region: string;
  visibility: Visibility;
  language: string;
  onTime: boolean;
  demo: boolean;
  readable: boolean;
  elements: Map<string, ElementFact>;
}
export interface NeedFact {
  id: number;
  reportId: number;
  state: string;
  region: string;
  element: string;
  kind: string;
  priority: string;
  description: string;
  language: string;
  readable: boolean;
  public: boolean;
  demo: boolean;
}
export interface StateFact {
  iso3: string;
  name: string;
  region: string;
  orgs: string[];
}

export interface AnalysisInput {
  cycle: Cycle;
  previous: Cycle | null;
  questionnaire: Questionnaire;
  /** The cycle's series and publication state; the baseline and whether the reader chose it; the other baselines on offer. */
  info: CycleInfo;
  previousInfo: CycleInfo | null;
  baselineChosen: boolean;
  baselines: CycleInfo[];
  expected: StateFact[];
  reports: ReportFact[];
  previousReports: ReportFact[];
  needs: NeedFact[];
  regions: Array<{ id: string; name: string }>;
  organisations: Array<{ id: string; name: string }>;
}

/**
 * 'latest' or a numeric id → a cycle id (the latest cycle that has opened). 'published' is the
 * latest opened cycle that is closed or has enough reports (see cycleSeries.ts), else 'latest'.
 */
export async function resolveCycleId(db: Db, id: string | number, rule?: PublishRule): Promise<number> {
  if (id === 'published' && rule) {
    const p = publishedCycle(await cycleCatalogue(db, rule));
    if (p) return p.id;
    id = 'latest';
  }
  if (id === 'latest' || id === 'published') {
    const c =
      (await db
        .selectFrom('reporting_cycles')
        .select('id')
        .where('opens_on', '<=', sql<string>`current_date`)
        .orderBy('opens_on', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst()) ?? (await db.selectFrom('reporting_cycles').select('id').orderBy('opens_on', 'desc').orderBy('id', 'desc').executeTakeFirst());
    if (!c) throw NotFound('A reporting cycle', 'cycle.not_found');
    return c.id;
  }
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw NotFound('That reporting cycle', 'cycle.not_found');
  return n;
}

export function readableBy(actor: Actor, r: { state: string; visibility: Visibility }) {
  return canSee(actor, { visibility: r.visibility, ownerStateIso3: r.state });
}

async function reportsOf(db: Db, actor: Actor, cycle: Cycle): Promise<ReportFact[]> {
  const rows = await db
    .selectFrom('national_reports as r')
    .innerJoin('states as s', 's.iso3', 'r.state_iso3')
    .select(['r.id', 'r.state_iso3', 's.official_name', 's.regional_group', 'r.visibility', 'r.language', 'r.first_submitted_at', 'r.demo'])
    .where('r.cycle_id', '=', cycle.id)
    .where('r.status', '=', 'submitted')
    .where('r.current_revision', '>', 0)
    .execute();
  const due = endOfDay(cycle.due_on);
  const facts = new Map<number, ReportFact>(
    rows.map((r) => [
      r.id,
      {
        reportId: r.id,
        state: r.state_iso3,
        stateName: r.official_name,
        region: r.regional_group ?? 'observers',
        visibility: r.visibility as Visibility,
        language: r.language,
        onTime: !!r.first_submitted_at && r.first_submitted_at <= due,
        demo: r.demo,
        readable: readableBy(actor, { state: r.state_iso3, visibility: r.visibility as Visibility }),
        elements: new Map(),
      },
    ]),
  );
  // The latest revisions' answers as text: parsing JSON in the process is several times faster than
  // jsonb_each on PGlite, and only the element answers are kept.
  const answers = await sql<{ report_id: number; answers: string }>`
    select r.id as report_id, rv.answers::text as answers
    from national_reports r
    join national_report_revisions rv on rv.report_id = r.id and rv.revision = r.current_revision
    where r.cycle_id = ${cycle.id} and r.status = 'submitted'`.execute(db);
  for (const a of answers.rows) {
    const f = facts.get(a.report_id);
    if (!f) continue;
    const parsed = JSON.parse(a.answers) as Answers;
    for (const [id, e] of Object.entries(parsed.elements ?? {}))
      f.elements.set(id, { status: e.status, challenges: e.challenges, goodPractices: e.goodPractices });
  }
  return [...facts.values()];
}

export interface Baseline {
  info: CycleInfo;
  previous: CycleInfo | null;
  chosen: boolean;
  choices: CycleInfo[];
}

/**
 * The cycle's place in the catalogue and its baseline: the reader's choice (`baseline`, a cycle that
 * opened before this one) or the previous cycle of the same series. An unknown choice is refused.
 */
export async function baselineOf(db: Db, cycleId: number, baseline: number | null | undefined, rule: PublishRule): Promise<Baseline> {
  const list = await cycleCatalogue(db, rule);
  const info = list.find((c) => c.id === cycleId);
  if (!info) throw NotFound('That reporting cycle', 'cycle.not_found');
  const choices = baselineChoices(list, info);
  if (baseline == null) return { info, previous: previousInSeries(list, info), chosen: false, choices };
  const chosen = choices.find((c) => c.id === baseline);
  if (!chosen)
    throw ValidationError(
      'That baseline is not a cycle that opened before this one. Choose one from the list.',
      { baseline: 'unknown baseline cycle' },
      'analysis.unknown_baseline',
    );
  return { info, previous: chosen, chosen: true, choices };
}

/**
 * A baseline under another framework version (an OEWG cycle before a Global Mechanism cycle), its
 * elements renamed to this cycle's through the mapping. Only one-to-one mappings carry a status
 * across (`comparableElements`); an element split or merged has no earlier status to compare with.
 */
function inVersionOf(reports: ReportFact[], mapping: Map<string, string>): ReportFact[] {
  return reports.map((r) => ({ ...r, elements: new Map([...r.elements].flatMap(([el, f]) => (mapping.has(el) ? [[mapping.get(el)!, f]] : []))) }));
}

export async function loadAnalysisInput(db: Db, actor: Actor, cycleId: number, o: { baseline?: number | null; rule: PublishRule }): Promise<AnalysisInput> {
  const cycle = await getCycle(db, cycleId);
  const base = await baselineOf(db, cycleId, o.baseline, o.rule);
  const [previous, questionnaire, expectedRows, members, regions, organisations] = await Promise.all([
    base.previous ? getCycle(db, base.previous.id) : Promise.resolve(null),
    loadQuestionnaire(db, cycle.framework_version),
    db
      .selectFrom('reporting_expected_states as x')
      .innerJoin('states as s', 's.iso3', 'x.state_iso3')
      .select(['s.iso3', 's.official_name', 's.regional_group'])
      .where('x.cycle_id', '=', cycle.id)
      .orderBy('s.official_name')
      .execute(),
    db
      .selectFrom('state_memberships as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
      .select(['m.state_iso3', 'm.organisation_id'])
      .where('o.kind', '=', 'regional-organisation')
      .execute(),
    db.selectFrom('regional_groups').select(['id', 'name']).orderBy('name').execute(),
    db.selectFrom('organisations').select(['id', 'name']).where('kind', '=', 'regional-organisation').orderBy('name').execute(),
  ]);
  const orgsOf = new Map<string, string[]>();
  for (const m of members) orgsOf.set(m.state_iso3, [...(orgsOf.get(m.state_iso3) ?? []), m.organisation_id]);
  const expected = expectedRows.map((s) => ({ iso3: s.iso3, name: s.official_name, region: s.regional_group ?? 'observers', orgs: orgsOf.get(s.iso3) ?? [] }));
  const [reports, previousBefore] = await Promise.all([reportsOf(db, actor, cycle), previous ? reportsOf(db, actor, previous) : Promise.resolve([])]);
  const previousReports =
    previous && previous.framework_version !== cycle.framework_version
      ? inVersionOf(previousBefore, await comparableElements(db, previous.framework_version, cycle.framework_version))
      : previousBefore;
  const byReport = new Map(reports.map((r) => [r.reportId, r]));
  const needRows = reports.length
    ? await db
        .selectFrom('national_report_capacity_needs as n')
        .innerJoin('national_reports as r', (j) => j.onRef('r.id', '=', 'n.report_id').onRef('r.current_revision', '=', 'n.revision'))
        .select(['n.id', 'n.report_id', 'n.element_id', 'n.kind', 'n.priority', 'n.description'])
        .where('r.cycle_id', '=', cycle.id)
        .where('r.status', '=', 'submitted')
        .orderBy('n.report_id')
        .orderBy('n.position')
        .execute()
    : [];
  const needs: NeedFact[] = needRows.flatMap((n) => {
    const r = byReport.get(n.report_id);
    return r
      ? [
          {
            id: Number(n.id),
            reportId: r.reportId,
            state: r.state,
            region: r.region,
            element: n.element_id,
            kind: n.kind,
            priority: n.priority,
            description: n.description,
            language: r.language,
            readable: r.readable,
            public: r.visibility === 'public',
            demo: r.demo,
          },
        ]
      : [];
  });
  return {
    cycle,
    previous,
    questionnaire,
    info: base.info,
    previousInfo: base.previous,
    baselineChosen: base.chosen,
    baselines: base.choices,
    expected,
    reports,
    previousReports,
    needs,
    regions,
    organisations,
  };
}
