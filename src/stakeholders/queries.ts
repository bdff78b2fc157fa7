import { sql } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import { can } from '../accounts/policy.ts';
import type { Db } from '../db/engine.ts';
import { NotFound } from '../foundation/errors.ts';
import { actingOrganisation } from './actingOrganisation.ts';

/** Public fields of applications: the list is public, the contact person is not. */
const PUBLIC_COLUMNS = [
  'accreditation_applications.id',
  'organisation_name',
  'kind',
  'country_iso3',
  'ecosoc_status',
  'website',
  'description',
  'procedure',
  'status',
  'window_opened_at',
  'deadline_at',
  'working_days',
  'organisation_id',
  'outcome_notice',
  'created_at',
  'decided_at',
] as const;

/** Applications, newest first, optionally of one process (its slug) and in one status. */
export async function listApplications(db: Db, filter: { status?: string; process?: string } = {}) {
  let q = db
    .selectFrom('accreditation_applications')
    .innerJoin('processes', 'processes.id', 'accreditation_applications.process_id')
    .select([...PUBLIC_COLUMNS, 'processes.slug as process', 'processes.title as process_title'])
    .orderBy('created_at', 'desc')
    .orderBy('accreditation_applications.id', 'desc');
  if (filter.status) q = q.where('status', '=', filter.status as never);
  if (filter.process) q = q.where('processes.slug', '=', filter.process);
  return q.execute();
}

/** Every process with its stakeholder modalities (public: the terms of accreditation are no secret). */
export async function listModalities(db: Db) {
  return db
    .selectFrom('processes as p')
    .leftJoin('stakeholder_modalities as m', 'm.process_id', 'p.id')
    .leftJoin('processes as f', 'f.id', 'm.carry_over_from')
    .select([
      'p.id',
      'p.slug',
      'p.title',
      'm.ecosoc_basis',
      'm.no_objection_basis',
      'm.objection_working_days',
      'f.slug as carry_over_from',
      'f.title as carry_over_title',
      'm.updated_at',
    ])
    .orderBy('p.position')
    .orderBy('p.id')
    .execute();
}

/** The processes an organisation is accredited to, and on what basis. */
export async function accreditationsOf(db: Db, organisationId: number) {
  return db
    .selectFrom('process_accreditations as a')
    .innerJoin('processes as p', 'p.id', 'a.process_id')
    .leftJoin('processes as f', 'f.id', 'a.carried_over_from')
    .select(['p.id as process_id', 'p.slug', 'p.title', 'a.basis', 'f.title as carried_over_from', 'a.accredited_at'])
    .where('a.organisation_id', '=', organisationId)
    .orderBy('p.position')
    .execute();
}

/**
 * Meetings representatives can be registered for, newest first: for a stakeholder those of the
 * processes its organisation is accredited to, with its own count; for the Secretariat every
 * meeting, with the count of all representatives.
 */
export async function meetingsForRepresentatives(db: Db, actor: Actor, opts: { process?: string } = {}) {
  const orgId = actingOrganisation(actor);
  let q = db
    .selectFrom('meetings as m')
    .innerJoin('meeting_sessions as s', 's.id', 'm.session_id')
    .innerJoin('processes as p', 'p.id', 's.process_id')
    .select(['m.id', 'm.number', 'm.title', 'm.held_on', 's.title as session_title', 's.meeting_type', 'p.slug as process', 'p.title as process_title'])
    .select((eb) =>
      eb
        .selectFrom('stakeholder_representatives as r')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('r.meeting_id', '=', 'm.id')
        .$if(orgId != null, (qq) => qq.where('r.organisation_id', '=', orgId!))
        .as('representatives'),
    )
    .orderBy('m.held_on', sql`desc nulls last`)
    .orderBy('m.id', 'desc')
    .limit(200);
  if (orgId != null) q = q.where('s.process_id', 'in', db.selectFrom('process_accreditations').select('process_id').where('organisation_id', '=', orgId));
  if (opts.process) q = q.where('p.slug', '=', opts.process);
  return q.execute();
}

/** Representatives registered for a meeting: all of them for the Secretariat, a stakeholder's own otherwise. */
export async function representativesOf(db: Db, actor: Actor, meetingId: number) {
  let q = db
    .selectFrom('stakeholder_representatives as r')
    .innerJoin('stakeholder_organisations as o', 'o.id', 'r.organisation_id')
    .select(['r.id', 'r.name', 'r.email', 'r.function', 'r.created_at', 'o.name as organisation', 'o.id as organisation_id'])
    .where('r.meeting_id', '=', meetingId)
    .orderBy('o.name')
    .orderBy('r.name');
  if (!can(actor, 'accreditation.decide')) {
    const orgId = actor.kind === 'user' ? actor.organisationId : null;
    if (orgId == null) return [];
    q = q.where('r.organisation_id', '=', orgId);
  }
  return q.execute();
}

/** Interest-list figures for the Secretariat: addresses per status, and confirmed ones per language. */
export async function interestCounts(db: Db, processId: number) {
  const byStatus = await db
    .selectFrom('interest_subscribers')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('process_id', '=', processId)
    .groupBy('status')
    .execute();
  const byLanguage = await db
    .selectFrom('interest_subscribers')
    .select(['language', (eb) => eb.fn.countAll<number>().as('n')])
    .where('process_id', '=', processId)
    .where('status', '=', 'confirmed')
    .groupBy('language')
    .execute();
  const status = { pending: 0, confirmed: 0, unsubscribed: 0 };
  for (const r of byStatus) status[r.status] = Number(r.n);
  return { ...status, byLanguage: Object.fromEntries(byLanguage.map((r) => [r.language, Number(r.n)])) as Record<string, number> };
}

/** The confirmed addresses only: nobody is on the list before confirming it. */
export async function confirmedSubscribers(db: Db, processId: number) {
  return db
    .selectFrom('interest_subscribers')
    .select(['name', 'email', 'affiliation', 'language', 'confirmed_at'])
    .where('process_id', '=', processId)
    .where('status', '=', 'confirmed')
    .orderBy('confirmed_at')
    .orderBy('id')
    .execute();
}

/**
 * One application as the actor may see it: contact details for the Secretariat; objections in full
 * for the Chair and the Secretariat, a delegate's own State's, and those their State chose to share.
 */
export async function applicationFor(db: Db, actor: Actor, id: number) {
  const app = await db
    .selectFrom('accreditation_applications')
    .innerJoin('processes', 'processes.id', 'accreditation_applications.process_id')
    .selectAll('accreditation_applications')
    .select(['processes.slug as process', 'processes.title as process_title'])
    .where('accreditation_applications.id', '=', id)
    .executeTakeFirst();
  if (!app) return null;
  const history = await db
    .selectFrom('accreditation_status_history')
    .select(['status', 'at', 'actor_label', 'note'])
    .where('application_id', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const allObjections = await db
    .selectFrom('accreditation_objections')
    .innerJoin('states', 'states.iso3', 'accreditation_objections.state_iso3')
    .select([
      'accreditation_objections.id',
      'state_iso3',
      'states.official_name as state_name',
      'basis',
      'shared_with_states',
      'accreditation_objections.created_at',
    ])
    .where('application_id', '=', id)
    .orderBy('accreditation_objections.created_at')
    .execute();
  const full = can(actor, 'objections.read');
  // Otherwise an objection is its State's own, and the States' when that State shared it: the one visibility rule.
  const objections = full
    ? allObjections
    : allObjections.filter((o) => can(actor, 'item.read', { visibility: o.shared_with_states ? 'states' : 'owner', ownerStateIso3: o.state_iso3 }));
  const secretariat = can(actor, 'accreditation.decide');
  // Contributors to history lines are only shown to the Secretariat; the public sees what happened and when.
  return {
    ...app,
    contact_name: secretariat ? app.contact_name : null,
    contact_email: secretariat ? app.contact_email : null,
    history: history.map((h) => ({ ...h, actor_label: secretariat ? h.actor_label : null })),
    objections,
    objectionCount: allObjections.length,
    ownObjection: actor.kind === 'user' && actor.stateIso3 ? allObjections.some((o) => o.state_iso3 === actor.stateIso3) : false,
  };
}

/** What the list of contributions and one contribution show alike (with its organisation's name). */
const CONTRIBUTION_COLUMNS = [
  'c.id',
  'c.title',
  'c.summary',
  'c.session_label',
  'c.process_name',
  'c.filename',
  'c.sha256',
  'c.element_ids',
  'c.pillar_ids',
  'c.created_at',
  'o.name as organisation',
] as const;

export async function listContributions(db: Db, opts: { q?: string; element?: string; session?: string; limit?: number } = {}) {
  const q = opts.q?.trim();
  const query = sql`websearch_to_tsquery('english', ${q ?? ''})`;
  let sel = db
    .selectFrom('stakeholder_contributions as c')
    .innerJoin('stakeholder_organisations as o', 'o.id', 'c.organisation_id')
    .select(
      q
        ? sql<string>`ts_headline('english', c.summary || ' ' || c.body_text, ${query}, 'MaxFragments=2, MinWords=6, MaxWords=24, StartSel=⟦, StopSel=⟧, FragmentDelimiter= … ')`.as(
            'snippet',
          )
        : sql<string | null>`null`.as('snippet'),
    )
    .select([...CONTRIBUTION_COLUMNS, 'o.kind as organisation_kind'])
    .limit(opts.limit ?? 100);
  if (q) {
    sel = sel.where(sql<boolean>`c.search @@ ${query}`).orderBy(sql`ts_rank(c.search, ${query})`, 'desc');
  }
  if (opts.element) sel = sel.where(sql<boolean>`${opts.element} = any(c.element_ids)`);
  if (opts.session) sel = sel.where('c.session_label', '=', opts.session);
  return sel.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').execute();
}

export async function contributionById(db: Db, id: number) {
  return db
    .selectFrom('stakeholder_contributions as c')
    .innerJoin('stakeholder_organisations as o', 'o.id', 'c.organisation_id')
    .select([...CONTRIBUTION_COLUMNS, 'c.media_type', 'c.suggested_element_ids', 'c.body_text', 'o.id as organisation_id'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export async function contributionBytes(db: Db, id: number) {
  return db.selectFrom('stakeholder_contributions').select(['bytes', 'filename', 'media_type', 'sha256']).where('id', '=', id).executeTakeFirst();
}

/** The meeting, its session and process, or a 404. */
export async function meetingOfProcess(db: Db, meetingId: number) {
  const m = await db
    .selectFrom('meetings as m')
    .innerJoin('meeting_sessions as s', 's.id', 'm.session_id')
    .innerJoin('processes as p', 'p.id', 's.process_id')
    .select([
      'm.id',
      'm.number',
      'm.title',
      'm.held_on',
      's.id as session_id',
      's.title as session_title',
      's.meeting_type',
      'p.id as process_id',
      'p.slug as process_slug',
      'p.title as process_title',
    ])
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
  if (!m) throw NotFound('That meeting', 'meeting.not_found');
  return m;
}
