import crypto from 'node:crypto';
import { sql } from 'kysely';
import { systemActor, type Actor } from '../accounts/actor.ts';
import { recordAudit } from '../accounts/audit.ts';
import type { Db } from '../db/engine.ts';
import { currentVersion } from '../framework/queries.ts';
import { canonicalJson, normalise, type Answers, type CapacityNeed, type ElementAnswer, type Status } from '../reporting/answers.ts';
import { loadQuestionnaire } from '../reporting/questionnaire.ts';
import { receiptFor } from '../reporting/reports.ts';
import { challengeText, measuresText, needFor, OFFER_PROGRAMMES, offerFor, pick, practiceText, THEME_IDS, type Rand } from './demoText.ts';

/**
 * Synthetic reporting cycles for benchmarks, screenshots and first starts: every row is marked
 * `demo = true` and shown as synthetic. Written with SQL batches, but in exactly the shape the
 * reporting commands write (normalised answers, canonical-JSON checksum, receipts, revisions,
 * capacity-need rows per revision), so the compiled analysis reads them like real reports.
 */
export interface DemoOptions {
  states: number;
  cycles: number;
  seed?: number;
  offers?: number;
}
const LABEL = 'synthetic demo generator';
const ORDER: Status[] = ['not-started', 'planned', 'in-progress', 'implemented'];
// Reporting rates and implementation levels differ by region (plausible, not real).
const REGION: Record<string, { rate: number; level: number; langs: string[] }> = {
  weog: { rate: 0.85, level: 2.2, langs: ['en', 'en', 'fr', 'es'] },
  'eastern-european': { rate: 0.75, level: 1.8, langs: ['ru', 'en', 'en'] },
  grulac: { rate: 0.7, level: 1.5, langs: ['es', 'es', 'en', 'fr'] },
  'asia-pacific': { rate: 0.62, level: 1.4, langs: ['en', 'en', 'zh', 'ar'] },
  african: { rate: 0.55, level: 1.0, langs: ['fr', 'en', 'en', 'ar'] },
};

export function mulberry32(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

async function chunked<T>(rows: T[], size: number, write: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/**
 * Writes the synthetic cycles, reports and offers in one transaction with one audit event for the
 * batch, so a failure leaves nothing half-made and cached analyses see that the data changed.
 */
export async function generateDemo(db: Db, o: DemoOptions, now = new Date(), actor: Actor = systemActor('demo generator')) {
  return db.transaction().execute(async (trx) => {
    const made = await generate(trx, o, now);
    await recordAudit(trx, actor, { action: 'demo.generated', itemType: 'demo', after: made });
    return made;
  });
}

async function generate(db: Db, o: DemoOptions, now: Date) {
  const r = mulberry32(o.seed ?? 20260);
  const version = await currentVersion(db);
  const q = await loadQuestionnaire(db, version.id);
  const pillarOf = new Map(q.pillars.flatMap((p) => p.elements.map((e) => [e.id, p.id] as const)));
  const difficulty = new Map(q.elementIds.map((id) => [id, r() * 1.6 - 0.8]));
  const all = await db.selectFrom('states').select(['iso3', 'regional_group']).where('observer', '=', false).orderBy('iso3').execute();
  const shuffled = all
    .map((s) => ({ s, k: r() }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.s);
  const first = ['NZL', 'FRA', 'MEX'].flatMap((c) => shuffled.filter((s) => s.iso3 === c));
  const states = [...first, ...shuffled.filter((s) => !first.includes(s))].slice(0, Math.min(o.states, all.length));
  const capacity = new Map(states.map((s) => [s.iso3, (REGION[s.regional_group ?? ''] ?? REGION.african!).level + (r() - 0.5) * 1.4]));
  const themeOf = new Map(states.map((s) => [s.iso3, [pick(r, THEME_IDS), pick(r, THEME_IDS)]]));
  const previous = new Map<string, Record<string, Status>>();
  const cycles: number[] = [];
  let reports = 0;
  let needs = 0;
  const taken = new Set((await db.selectFrom('reporting_cycles').select('code').execute()).map((c) => c.code));

  for (let k = 0; k < o.cycles; k++) {
    const back = o.cycles - 1 - k;
    const opens = addDays(now, -120 - 365 * back);
    const due = addDays(opens, 90);
    const closes = addDays(opens, 180);
    // Late reports come in after the due date and before today: the newest cycle is still open, and
    // a report submitted tomorrow is not demo data anyone can believe.
    const lateDays = Math.max(1, Math.min(80, Math.floor((now.getTime() - due.getTime()) / 86_400_000) - 1));
    let n = k + 1;
    let code = `DEMO-${opens.getUTCFullYear()}-${n}`;
    while (taken.has(code)) code = `DEMO-${opens.getUTCFullYear()}-${++n}`;
    taken.add(code);
    const cycle = await db
      .insertInto('reporting_cycles')
      .values({
        code,
        title: `Synthetic national reporting cycle ${opens.getUTCFullYear()}`,
        framework_version: version.id,
        opens_on: isoDay(opens),
        due_on: isoDay(due),
        closes_on: isoDay(closes),
        demo: true,
        created_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    cycles.push(cycle.id);
    await chunked(states, 500, (part) =>
      db
        .insertInto('reporting_expected_states')
        .values(part.map((s) => ({ cycle_id: cycle.id, state_iso3: s.iso3, reopened_until: null, reopened_by: null })))
        .execute(),
    );

    type Planned = {
      iso3: string;
      language: string;
      visibility: 'public' | 'states' | 'secretariat';
      submitted: Date | null;
      revisions: Answers[];
      draft: Answers;
    };
    const planned: Planned[] = [];
    for (const s of states) {
      const reg = REGION[s.regional_group ?? ''] ?? REGION.african!;
      const reporting = r() < Math.min(0.97, reg.rate + 0.05 * k);
      const starts = reporting || r() < 0.3;
      if (!starts) continue;
      const prev = previous.get(s.iso3) ?? {};
      const statuses: Record<string, Status> = {};
      const elements: Record<string, ElementAnswer> = {};
      const capacityNeeds: CapacityNeed[] = [];
      const [themeA, themeB] = themeOf.get(s.iso3)!;
      for (const id of q.elementIds) {
        if (r() < 0.08) continue; // unanswered
        let status: Status;
        if (prev[id] && prev[id] !== 'not-applicable') {
          const i = ORDER.indexOf(prev[id]!);
          const roll = r();
          status = roll < 0.3 && i < 3 ? ORDER[i + 1]! : roll > 0.96 && i > 0 ? ORDER[i - 1]! : prev[id]!;
        } else if (r() < 0.04) status = 'not-applicable';
        else status = ORDER[Math.max(0, Math.min(3, Math.round(capacity.get(s.iso3)! - difficulty.get(id)! + (r() - 0.5) * 1.5)))]!;
        statuses[id] = status;
        const e: ElementAnswer = { status };
        if (status !== 'not-started' && r() < 0.7) e.measures = measuresText(r);
        if (status !== 'implemented' && status !== 'not-applicable' && r() < 0.55) {
          e.challenges = challengeText(r, pillarOf.get(id)!, r() < 0.5 ? themeA : undefined).text;
          if (capacityNeeds.length < 4 && (status === 'not-started' || status === 'planned') && r() < 0.35) {
            const nd = needFor(r, r() < 0.7 ? themeA! : themeB!);
            capacityNeeds.push({
              element: id,
              kind: nd.kind as CapacityNeed['kind'],
              priority: pick(r, ['high', 'medium', 'medium', 'low'] as const),
              description: nd.description,
            });
          }
        }
        if ((status === 'implemented' || status === 'in-progress') && r() < 0.2) e.goodPractices = practiceText(r);
        elements[id] = e;
      }
      const answers = normalise({
        general: { pointsOfContact: r() < 0.7 ? 'Ministry of Foreign Affairs, cyber policy desk (synthetic).' : undefined },
        elements,
        capacityNeeds,
      });
      const revisions = reporting ? (r() < 0.1 ? [normalise({ ...answers, general: undefined }), answers] : [answers]) : [];
      const vis = r();
      const onTime = r() < 0.72;
      const submitted = reporting ? addDays(onTime ? opens : due, Math.floor(r() * (onTime ? 89 : lateDays)) + 1) : null;
      planned.push({
        iso3: s.iso3,
        language: pick(r, reg.langs),
        visibility: vis < 0.6 ? 'public' : vis < 0.85 ? 'states' : 'secretariat',
        submitted,
        revisions,
        draft: answers,
      });
      if (reporting) previous.set(s.iso3, statuses);
    }
    const ids = await db
      .insertInto('national_reports')
      .values(
        planned.map((p) => ({
          cycle_id: cycle.id,
          state_iso3: p.iso3,
          language: p.language as never,
          visibility: p.visibility,
          status: p.submitted ? ('submitted' as const) : ('draft' as const),
          draft_answers: JSON.stringify(p.draft),
          lock_version: 1,
          draft_saved_at: p.submitted ?? opens,
          current_revision: p.revisions.length,
          first_submitted_at: p.submitted,
          last_submitted_at: p.submitted,
          demo: true,
        })),
      )
      .returning(['id', 'state_iso3'])
      .execute();
    const idOf = new Map(ids.map((x) => [x.state_iso3, x.id]));
    const revRows: Array<Record<string, unknown>> = [];
    const needRows: Array<Record<string, unknown>> = [];
    for (const p of planned) {
      p.revisions.forEach((a, i) => {
        const json = canonicalJson(a);
        const revision = i + 1;
        revRows.push({
          report_id: idOf.get(p.iso3)!,
          revision,
          answers: json,
          language: p.language,
          receipt: receiptFor(code, p.iso3, revision),
          checksum: crypto.createHash('sha256').update(json).digest('hex'),
          submitted_at: p.submitted!,
          submitted_by: null,
          submitted_by_label: LABEL,
          on_time: p.submitted! <= addDays(due, 1),
        });
        (a.capacityNeeds ?? []).forEach((nd, position) =>
          needRows.push({
            report_id: idOf.get(p.iso3)!,
            revision,
            position,
            element_id: nd.element,
            kind: nd.kind,
            priority: nd.priority,
            description: nd.description ?? '',
          }),
        );
      });
    }
    await chunked(revRows, 200, (part) =>
      db
        .insertInto('national_report_revisions')
        .values(part as never)
        .execute(),
    );
    await chunked(needRows, 1000, (part) =>
      db
        .insertInto('national_report_capacity_needs')
        .values(part as never)
        .execute(),
    );
    reports += revRows.length;
    needs += needRows.length;
  }

  const offerCount = o.offers ?? Math.max(4, Math.round(states.length / 4));
  const donors = states.filter((s) => s.regional_group === 'weog' || s.regional_group === 'asia-pacific');
  const offers = Array.from({ length: offerCount }, (_, i) => {
    const theme = pick(r, THEME_IDS);
    const f = offerFor(r, theme);
    const asState = donors.length > 0 && r() < 0.5;
    const donor = asState ? pick(r, donors) : null;
    const regions = r() < 0.5 ? [] : [pick(r, Object.keys(REGION))];
    const start = addDays(now, Math.floor(r() * 200) - 60);
    return {
      provider_kind: donor ? ('state' as const) : ('programme' as const),
      provider_state: donor?.iso3 ?? null,
      provider_organisation: null,
      provider_name: donor ? donor.iso3 : `${pick(r, OFFER_PROGRAMMES)} (synthetic ${i + 1})`,
      title: f.title,
      description: f.description,
      framework_version: version.id,
      elements: [...new Set([pick(r, q.elementIds), pick(r, q.elementIds), pick(r, q.elementIds)])],
      kinds: f.kinds,
      stages: r() < 0.6 ? ORDER.slice(0, 2 + Math.floor(r() * 2)) : [],
      eligible_regions: regions,
      eligible_states: [],
      languages: r() < 0.5 ? ['en'] : ['en', pick(r, ['fr', 'es', 'ar', 'ru', 'zh'])],
      modality: pick(r, ['in-person', 'remote', 'hybrid'] as const),
      starts_on: isoDay(start),
      ends_on: isoDay(addDays(start, 365 + Math.floor(r() * 365))),
      contact: `capacity-${i + 1}@example.org`,
      demo: true,
      registered_by: null,
      registered_by_label: LABEL,
    };
  });
  if (offers.length) {
    await chunked(offers, 500, (part) => db.insertInto('capacity_offers').values(part).execute());
    // Donor States are stored by code above; name them as the UN does.
    await sql`update capacity_offers o set provider_name = s.official_name from states s where o.demo and o.provider_kind = 'state' and s.iso3 = o.provider_state and o.provider_name = s.iso3`.execute(
      db,
    );
  }
  return { cycles, states: states.length, revisions: reports, needs, offers: offers.length };
}

/** A small demo for the first start of `npm start` (the lead wires it in). */
export async function seedDemo(db: Db) {
  const exists = await db.selectFrom('reporting_cycles').select('id').where('demo', '=', true).where('code', 'like', 'DEMO-%').executeTakeFirst();
  if (exists) return;
  await generateDemo(db, { states: 193, cycles: 2 });
}
