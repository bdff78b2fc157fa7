import { sql } from 'kysely';
import type { Actor } from '../../accounts/actor.ts';
import type { Db } from '../../db/engine.ts';
import { admit } from '../confidential.ts';
import { readableBy } from './analysisInput.ts';
import { matchNeeds, type Match, type MatchNeed } from '../matcher.ts';
import { listOffers, providesOffer, toMatchOffer, type OfferRow } from './offers.ts';
import { can, type Visibility } from '../../accounts/policy.ts';

export interface NeedRow extends MatchNeed {
  reportId: number;
  stateName: string;
  visibility: Visibility;
  demo: boolean;
  readable: boolean;
}

/**
 * The capacity needs of a cycle (latest submitted revision of each report) with what the matcher
 * needs to tailor: the State's status for the element and the challenges it described there.
 */
export async function needsOfCycle(db: Db, actor: Actor, cycleId: number): Promise<NeedRow[]> {
  const rows = await sql<{
    id: string;
    report_id: number;
    state: string;
    state_name: string;
    region: string | null;
    element: string;
    kind: string;
    priority: string;
    description: string;
    language: string;
    visibility: Visibility;
    demo: boolean;
    status: string | null;
    challenges: string | null;
  }>`
    select n.id, r.id as report_id, r.state_iso3 as state, s.official_name as state_name, s.regional_group as region, n.element_id as element, n.kind, n.priority,
      n.description, r.language, r.visibility, r.demo,
      rv.answers->'elements'->n.element_id->>'status' as status, rv.answers->'elements'->n.element_id->>'challenges' as challenges
    from national_report_capacity_needs n
    join national_reports r on r.id = n.report_id and r.current_revision = n.revision
    join national_report_revisions rv on rv.report_id = r.id and rv.revision = r.current_revision
    join states s on s.iso3 = r.state_iso3
    where r.cycle_id = ${cycleId} and r.status = 'submitted'
    order by r.state_iso3, n.position`.execute(db);
  return rows.rows.map((r) => ({
    id: Number(r.id),
    reportId: r.report_id,
    state: r.state,
    stateName: r.state_name,
    region: r.region ?? 'observers',
    element: r.element,
    kind: r.kind,
    priority: r.priority,
    description: r.description,
    language: r.language,
    status: r.status,
    challenges: r.challenges,
    visibility: r.visibility,
    demo: r.demo,
    readable: readableBy(actor, { state: r.state, visibility: r.visibility }),
  }));
}

const today = () => new Date().toISOString().slice(0, 10);

export interface MatchedNeed {
  need: NeedRow;
  matches: Array<Match & { offer: OfferRow }>;
  duplication: number[];
}

/** Every need of the cycle with its ranked offers (no visibility applied: callers filter). */
export async function matchCycle(db: Db, actor: Actor, cycleId: number, on = today()) {
  const [needs, offers] = await Promise.all([needsOfCycle(db, actor, cycleId), listOffers(db, { today: on })]);
  const byId = new Map(offers.map((o) => [o.id, o]));
  const results = matchNeeds(needs, offers.map(toMatchOffer), { today: on });
  const matched: MatchedNeed[] = results.map((r) => ({
    need: r.need as NeedRow,
    matches: r.matches.map((m) => ({ ...m, offer: byId.get(m.offerId)! })),
    duplication: r.duplication,
  }));
  return { needs, offers, matched };
}

/**
 * What each reader may see of the matching: the Secretariat everything; a delegation its own
 * State's needs and their matches; a provider the aggregate demand its offers meet, and a need
 * itself only when the State made its report public.
 */
export async function matchesFor(db: Db, actor: Actor, cycleId: number, o: { minAggregate: number; today?: string }) {
  const { offers, matched } = await matchCycle(db, actor, cycleId, o.today);
  const all = can(actor, 'needs.matches');
  const own = matched.filter((m) => can(actor, 'needs.matches', { ownerStateIso3: m.need.state }));
  const provided = offers
    .filter((x) => providesOffer(actor, x))
    .map((offer) => {
      const meeting = matched.filter((m) => m.matches.some((x) => x.offerId === offer.id));
      const a = admit(
        meeting.map((m) => ({ ...m, readable: m.need.readable })),
        o.minAggregate,
      );
      const byRegion: Record<string, number> = {};
      for (const m of a.rows) byRegion[m.need.region] = (byRegion[m.need.region] ?? 0) + 1;
      return {
        offer,
        demand: { needs: a.rows.length, suppressed: a.suppressed, byRegion },
        publicNeeds: meeting
          .filter((m) => m.need.visibility === 'public')
          .map((m) => ({ need: m.need, match: m.matches.find((x) => x.offerId === offer.id)! })),
      };
    });
  return {
    scope: all ? ('all' as const) : ('own' as const),
    own,
    provided,
    totals: { needs: matched.length, offers: offers.length, matches: matched.reduce((s, m) => s + m.matches.length, 0) },
  };
}

/** Aggregate demand per element and kind of help (signed-in readers), with the aggregate rule. */
export async function demand(db: Db, actor: Actor, cycleId: number, minAggregate: number) {
  const needs = await needsOfCycle(db, actor, cycleId);
  const elements = [...new Set(needs.map((n) => n.element))].sort();
  return elements
    .map((element) => {
      const a = admit(
        needs.filter((n) => n.element === element),
        minAggregate,
      );
      const kinds: Record<string, number> = {};
      const regions: Record<string, number> = {};
      for (const n of a.rows) {
        kinds[n.kind] = (kinds[n.kind] ?? 0) + 1;
        regions[n.region] = (regions[n.region] ?? 0) + 1;
      }
      return { element, needs: a.rows.length, suppressed: a.suppressed, kinds, regions };
    })
    .filter((d) => d.needs > 0);
}
