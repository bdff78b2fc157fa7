import { sql } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import { can } from '../accounts/policy.ts';
import type { Db } from '../db/engine.ts';

/** Public fields of applications: the list is public, the contact person is not. */
const PUBLIC_COLUMNS = ['id', 'organisation_name', 'kind', 'country_iso3', 'ecosoc_status', 'website', 'description', 'procedure', 'status', 'window_opened_at', 'deadline_at', 'working_days', 'organisation_id', 'outcome_notice', 'created_at', 'decided_at'] as const;

export async function listApplications(db: Db, filter: { status?: string } = {}) {
  let q = db.selectFrom('accreditation_applications').select([...PUBLIC_COLUMNS]).orderBy('created_at', 'desc').orderBy('id', 'desc');
  if (filter.status) q = q.where('status', '=', filter.status as never);
  return q.execute();
}

/**
 * One application as the actor may see it: contact details for the Secretariat; objections in full
 * for the Chair and the Secretariat, a delegate's own State's, and those their State chose to share.
 */
export async function applicationFor(db: Db, actor: Actor, id: number) {
  const app = await db.selectFrom('accreditation_applications').selectAll().where('id', '=', id).executeTakeFirst();
  if (!app) return null;
  const history = await db.selectFrom('accreditation_status_history').select(['status', 'at', 'actor_label', 'note'])
    .where('application_id', '=', id).orderBy('at').orderBy('id').execute();
  const allObjections = await db.selectFrom('accreditation_objections').innerJoin('states', 'states.iso3', 'accreditation_objections.state_iso3')
    .select(['accreditation_objections.id', 'state_iso3', 'states.official_name as state_name', 'basis', 'shared_with_states', 'accreditation_objections.created_at'])
    .where('application_id', '=', id).orderBy('accreditation_objections.created_at').execute();
  const full = can(actor, 'objections.read');
  const isStates = actor.kind === 'user' && ['delegate', 'chair', 'secretariat'].includes(actor.role);
  const objections = full ? allObjections : allObjections.filter((o) =>
    (actor.kind === 'user' && actor.role === 'delegate' && o.state_iso3 === actor.stateIso3) || (isStates && o.shared_with_states));
  const secretariat = actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'secretariat');
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

export async function listContributions(db: Db, opts: { q?: string; element?: string; session?: string; limit?: number } = {}) {
  const q = opts.q?.trim();
  const query = sql`websearch_to_tsquery('english', ${q ?? ''})`;
  let sel = db.selectFrom('stakeholder_contributions as c').innerJoin('stakeholder_organisations as o', 'o.id', 'c.organisation_id')
    .select(q
      ? sql<string>`ts_headline('english', c.summary || ' ' || c.body_text, ${query}, 'MaxFragments=2, MinWords=6, MaxWords=24, StartSel=⟦, StopSel=⟧, FragmentDelimiter= … ')`.as('snippet')
      : sql<string | null>`null`.as('snippet'))
    .select(['c.id', 'c.title', 'c.summary', 'c.session_label', 'c.process_name', 'c.filename', 'c.sha256', 'c.element_ids', 'c.pillar_ids', 'c.created_at', 'o.name as organisation', 'o.kind as organisation_kind'])
    .limit(opts.limit ?? 100);
  if (q) {
    sel = sel.where(sql<boolean>`c.search @@ ${query}`).orderBy(sql`ts_rank(c.search, ${query})`, 'desc');
  }
  if (opts.element) sel = sel.where(sql<boolean>`${opts.element} = any(c.element_ids)`);
  if (opts.session) sel = sel.where('c.session_label', '=', opts.session);
  return sel.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').execute();
}

export async function contributionById(db: Db, id: number) {
  return db.selectFrom('stakeholder_contributions as c').innerJoin('stakeholder_organisations as o', 'o.id', 'c.organisation_id')
    .select(['c.id', 'c.title', 'c.summary', 'c.session_label', 'c.process_name', 'c.filename', 'c.media_type', 'c.sha256', 'c.element_ids', 'c.pillar_ids', 'c.suggested_element_ids', 'c.created_at', 'c.body_text', 'o.name as organisation', 'o.id as organisation_id'])
    .where('c.id', '=', id).executeTakeFirst();
}

export async function contributionBytes(db: Db, id: number) {
  return db.selectFrom('stakeholder_contributions').select(['bytes', 'filename', 'media_type', 'sha256']).where('id', '=', id).executeTakeFirst();
}
