import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import type { Analysis } from './compile.ts';
import type { demand, MatchedNeed, matchesFor, NeedRow } from './queries/matches.ts';
import type { OfferRow } from './queries/offers.ts';
import type { stepsOf, TakeUpRow } from './queries/takeUps.ts';
import type { AnalysisSummary } from './summary.ts';

/**
 * The JSON API's view of the analysis: camelCase, calendar days as YYYY-MM-DD, instants as ISO
 * strings. The compiled analysis is already built in these words (compile.ts) and goes out as it is,
 * described field by field here; figures below the minimum aggregate come out `suppressed`, and an
 * offer's contact is null for a signed-out reader. Each presenter is typed by its schema.
 */
const day = z.string().describe('YYYY-MM-DD');
const instant = z.string().describe('ISO 8601 date and time');
const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const counts = z.record(z.string(), z.number());
const named = z.object({ id: z.string(), name: z.string() });
const Quote = z.object({ state: z.string(), stateName: z.string(), text: z.string(), demo: z.boolean() });
type Out<S extends z.ZodType> = z.infer<S>;

export const CycleList = z.object({
  cycles: z.array(
    z.object({ id: z.number(), code: z.string(), title: z.string(), dueOn: day, expected: z.number(), synthetic: z.boolean(), href: z.string() }),
  ),
});
export const presentCycles = (
  rows: Array<{ id: number; code: string; title: string; due_on: string; expected: number | null; demo: boolean }>,
): Out<typeof CycleList> => ({
  cycles: rows.map((x) => ({
    id: x.id,
    code: x.code,
    title: x.title,
    dueOn: x.due_on,
    expected: Number(x.expected ?? 0),
    synthetic: x.demo,
    href: `/api/v1/analysis/cycles/${x.id}`,
  })),
});

// --- the compiled analysis

const Rate = z.object({ expected: z.number(), submitted: z.number(), onTime: z.number(), suppressed: z.boolean() });
const Movement = z.object({ up: z.number(), down: z.number(), unchanged: z.number() });
const Positions = z.object({
  question: z.string(),
  text: z.string(),
  translations: z.record(z.string(), z.object({ title: z.string().optional() })),
  values: counts.describe('States per stance value (supports, opposes…)'),
  states: z.number(),
  quotes: z.array(z.object({ value: z.string(), speaker: z.string(), evidence: z.string(), statementId: z.number(), href: z.string() })),
  divergent: z.boolean(),
  elements: z.array(z.string()),
});
export const AnalysisOut = z.object({
  cycle: z.object({
    id: z.number(),
    code: z.string(),
    title: z.string(),
    dueOn: day,
    demo: z.boolean(),
    series: z.string(),
    opensOn: day,
    closesOn: day,
    publication: z.object({
      status: z.enum(['closed', 'enough-reports', 'provisional', 'too-few', 'not-open']),
      threshold: z.number(),
      minReports: z.number().nullable(),
    }),
  }),
  previous: z.object({ id: z.number(), code: z.string(), title: z.string(), series: z.string(), chosen: z.boolean() }).nullable(),
  baselines: z.array(z.object({ id: z.number(), code: z.string(), title: z.string(), series: z.string() })),
  filter: z.object({ region: z.string().nullable(), organisation: z.string().nullable() }),
  minAggregate: z.number(),
  synthetic: z.boolean(),
  completeness: z.object({ overall: Rate, byRegion: z.array(named.extend(Rate.shape)), byOrganisation: z.array(named.extend(Rate.shape)) }),
  elements: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      pillar: z.string(),
      reporting: z.number(),
      statuses: counts,
      suppressed: z.boolean(),
      implementedShare: z.number().nullable(),
      byRegion: z.record(z.string(), z.object({ reporting: z.number(), statuses: counts, suppressed: z.boolean() })),
      challenges: z.object({
        answered: z.number(),
        suppressed: z.boolean(),
        clusters: z.array(
          z.object({
            count: z.number(),
            share: z.number(),
            quote: Quote.nullable(),
            more: z.array(Quote),
            label: z.string().nullable(),
            terms: z.array(z.string()),
            byRegion: counts,
          }),
        ),
      }),
      goodPractices: z.object({ count: z.number(), suppressed: z.boolean(), quotes: z.array(Quote) }),
    }),
  ),
  progress: z.object({
    overall: Movement.extend({ suppressed: z.boolean() }),
    byRegion: z.array(named.extend({ states: z.number(), suppressed: z.boolean(), ...Movement.shape })),
    byState: z.array(
      Movement.extend({
        state: z.string(),
        name: z.string(),
        region: z.string(),
        demo: z.boolean(),
        changes: z.array(z.object({ element: z.string(), from: z.string(), to: z.string() })),
      }),
    ),
  }),
  regional: z.array(
    named.extend({
      common: z.array(
        z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('status'), element: z.string(), status: z.string(), n: z.number(), of: z.number(), share: z.number() }),
          z.object({
            kind: z.literal('challenge'),
            element: z.string(),
            n: z.number(),
            of: z.number(),
            share: z.number(),
            quote: Quote.nullable(),
            label: z.string().nullable(),
            terms: z.array(z.string()),
          }),
        ]),
      ),
    }),
  ),
  needs: z.object({
    total: z.number(),
    suppressed: z.boolean(),
    byElement: z.array(z.object({ element: z.string(), total: z.number(), kinds: counts, suppressed: z.boolean() })),
  }),
  crossCutting: z.array(
    z.object({
      label: z.string().nullable(),
      states: z.number(),
      share: z.number(),
      suppressed: z.boolean(),
      elements: z.array(z.object({ id: z.string(), states: z.number() })),
      quote: Quote.extend({ element: z.string() }).nullable(),
    }),
  ),
  roadmap: z.object({
    elements: z.array(
      z.object({
        element: z.string(),
        title: z.string(),
        pillar: z.string(),
        reasons: z.array(z.enum(['lowest-implementation', 'common-challenge', 'capacity-needs', 'divergent-stances'])),
        priority: z.number(),
        implementation: z.object({ implemented: z.number(), reporting: z.number(), share: z.number(), suppressed: z.boolean() }).nullable(),
        lacks: z.array(z.object({ label: z.string().nullable(), states: z.number(), of: z.number(), share: z.number(), quote: Quote.nullable() })),
        needs: z.object({ total: z.number(), kinds: counts, suppressed: z.boolean() }).nullable(),
        positions: z.array(Positions),
        discussed: z.object({ statements: z.number(), states: z.number() }).nullable(),
        agree: z.array(
          z.object({
            key: z.enum(['question', 'support', 'needs', 'implementation']),
            params: z.record(z.string(), z.union([z.string(), z.number()])),
            evidence: z.array(z.string()),
          }),
        ),
      }),
    ),
    questions: z.array(Positions),
  }),
  regions: z.array(named),
  organisations: z.array(named),
});
/** The compiled analysis is built in the API's words (compile.ts); its type and the schema agree field by field. */
export const presentAnalysis = (a: Analysis): Out<typeof AnalysisOut> => a;

export const SummaryOut = z.object({
  cycle: z.number(),
  expected: z.number(),
  submitted: z.number(),
  onTime: z.number(),
  byRegion: z.record(z.string(), z.object({ expected: z.number(), submitted: z.number(), onTime: z.number() })),
  elements: z.record(z.string(), counts),
  needs: z.number(),
  offers: z.number(),
  matches: z.number(),
  roadmap: z.array(z.union([z.object({ element: z.string(), reason: z.string() }), z.object({ question: z.string(), reason: z.string() })])),
});
export const presentSummary = (s: AnalysisSummary): Out<typeof SummaryOut> => s;

// --- capacity-building: offers, needs, matches, demand, take-ups

const Offer = z.object({
  id: z.number(),
  provider: z.object({ kind: z.enum(['state', 'organisation', 'programme']), name: z.string(), state: z.string().nullable() }),
  title: z.string(),
  description: z.string(),
  elements: z.array(z.string()),
  kinds: z.array(z.string()),
  stages: z.array(z.string()),
  eligibility: z.object({ regions: z.array(z.string()), states: z.array(z.string()) }),
  languages: z.array(z.string()),
  modality: z.enum(['in-person', 'remote', 'hybrid']),
  startsOn: day.nullable(),
  endsOn: day.nullable(),
  contact: z.string().nullable().describe('null for a signed-out reader'),
  synthetic: z.boolean(),
});
export const OfferList = z.object({ offers: z.array(Offer) });
export const presentOffer = (o: OfferRow, actor: Actor): Out<typeof Offer> => ({
  id: o.id,
  provider: { kind: o.provider_kind, name: o.provider_name, state: o.provider_state },
  title: o.title,
  description: o.description,
  elements: o.elements,
  kinds: o.kinds,
  stages: o.stages,
  eligibility: { regions: o.eligible_regions, states: o.eligible_states },
  languages: o.languages,
  modality: o.modality,
  startsOn: o.starts_on,
  endsOn: o.ends_on,
  contact: actor.kind === 'anonymous' ? null : o.contact,
  synthetic: o.demo,
});
export const OfferRegistered = z.object({ offer: z.object({ id: z.number(), provider: z.string(), title: z.string() }) });
export const presentRegistered = (o: { id: number; provider_name: string; title: string }): Out<typeof OfferRegistered> => ({
  offer: { id: o.id, provider: o.provider_name, title: o.title },
});

const Need = z.object({
  id: z.number(),
  state: z.string(),
  stateName: z.string(),
  region: z.string(),
  element: z.string(),
  kind: z.string(),
  priority: z.string(),
  description: z.string(),
  language: z.string(),
  status: z.string().nullable(),
  synthetic: z.boolean(),
});
const presentNeed = (n: NeedRow): Out<typeof Need> => ({
  id: n.id,
  state: n.state,
  stateName: n.stateName,
  region: n.region,
  element: n.element,
  kind: n.kind,
  priority: n.priority,
  description: n.description,
  language: n.language,
  status: n.status ?? null,
  synthetic: n.demo,
});
const MatchOut = z.object({
  offer: z.object({ id: z.number(), title: z.string(), provider: z.string(), modality: z.string() }),
  score: z.number(),
  full: z.boolean(),
  reasons: z.array(z.object({ code: z.string(), detail: z.string().optional(), points: z.number() })),
});
const presentMatch = (m: MatchedNeed['matches'][number]): Out<typeof MatchOut> => ({
  offer: { id: m.offer.id, title: m.offer.title, provider: m.offer.provider_name, modality: m.offer.modality },
  score: m.score,
  full: m.full,
  reasons: m.reasons.map((r) => (r.detail === undefined ? { code: r.code, points: r.points } : { code: r.code, detail: r.detail, points: r.points })),
});
export const MatchesOut = z.object({
  scope: z.enum(['all', 'own']),
  needs: z.array(
    z.object({ need: Need, matches: z.array(MatchOut), duplication: z.array(z.number()).describe('offers that duplicate each other for this need') }),
  ),
  provided: z.array(
    z.object({
      offer: z.object({ id: z.number(), title: z.string() }),
      demand: z.object({ needs: z.number(), suppressed: z.boolean(), byRegion: counts }),
      publicNeeds: z.array(z.object({ need: Need, match: MatchOut })),
    }),
  ),
});
export const presentMatches = (m: Awaited<ReturnType<typeof matchesFor>>): Out<typeof MatchesOut> => ({
  scope: m.scope,
  needs: m.own.map((x) => ({ need: presentNeed(x.need), matches: x.matches.map(presentMatch), duplication: x.duplication })),
  provided: m.provided.map((p) => ({
    offer: { id: p.offer.id, title: p.offer.title },
    demand: p.demand,
    publicNeeds: p.publicNeeds.map((x) => ({ need: presentNeed(x.need), match: presentMatch({ ...x.match, offer: p.offer }) })),
  })),
});

export const DemandOut = z.object({
  demand: z.array(z.object({ element: z.string(), needs: z.number(), suppressed: z.boolean(), kinds: counts, regions: counts })),
});
export const presentDemand = (rows: Awaited<ReturnType<typeof demand>>): Out<typeof DemandOut> => ({
  demand: rows.map((d) => ({ element: d.element, needs: d.needs, suppressed: d.suppressed, kinds: d.kinds, regions: d.regions })),
});

const TakeUpStatus = z.enum(['contacted', 'matched', 'in-progress', 'delivered', 'closed']);
const TakeUp = z.object({
  id: z.number(),
  needId: z.number(),
  reportId: z.number(),
  state: z.string(),
  stateName: z.string(),
  element: z.string(),
  kind: z.string(),
  offer: z.object({ id: z.number(), title: z.string(), provider: z.string() }),
  status: TakeUpStatus,
  statusOn: day.nullable(),
  openedAt: instant,
  href: z.string(),
  steps: z
    .array(z.object({ status: TakeUpStatus, on: day, note: z.string(), outcome: z.string(), by: z.string(), at: instant }))
    .optional()
    .describe('on a single take-up'),
});
export const TakeUpList = z.object({ takeUps: z.array(TakeUp) });
export const TakeUpOut = z.object({ takeUp: TakeUp.required({ steps: true }) });
export const presentTakeUp = (r: TakeUpRow, steps?: Awaited<ReturnType<typeof stepsOf>>): Out<typeof TakeUp> => ({
  id: r.id,
  needId: r.need_id,
  reportId: r.report_id,
  state: r.state_iso3,
  stateName: r.state_name,
  element: r.element_id,
  kind: r.need_kind,
  offer: { id: r.offer_id, title: r.offer_title, provider: r.provider_name },
  status: r.status,
  statusOn: r.status_on,
  openedAt: iso(r.created_at),
  href: `/analysis/take-ups/${r.id}`,
  ...(steps
    ? { steps: steps.map((s) => ({ status: s.status, on: s.on_date, note: s.note, outcome: s.outcome, by: s.actor_label, at: iso(s.created_at) })) }
    : {}),
});
