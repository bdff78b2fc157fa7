import { sql } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import { can, requireAccess } from '../accounts/policy.ts';
import type { Db } from '../db/engine.ts';
import { NotFound } from '../foundation/errors.ts';

/** The directory: active points of contact, States and the Secretariat only ('pointsOfContact.read'). */
export async function listPointsOfContact(db: Db, actor: Actor, opts: { state?: string; includeRetired?: boolean } = {}) {
  requireAccess(actor, 'pointsOfContact.read');
  let q = db
    .selectFrom('points_of_contact_current')
    .innerJoin('states', 'states.iso3', 'points_of_contact_current.state_iso3')
    .selectAll('points_of_contact_current')
    .select(['states.official_name as state_name', 'states.regional_group']);
  if (!opts.includeRetired) q = q.where('active', '=', true);
  if (opts.state) q = q.where('points_of_contact_current.state_iso3', '=', opts.state);
  return q.orderBy('states.official_name').orderBy('role').orderBy('point_of_contact_id').execute();
}

export async function pointOfContactHistory(db: Db, actor: Actor, pointOfContactId: number) {
  requireAccess(actor, 'pointsOfContact.read');
  return db.selectFrom('point_of_contact_revisions').selectAll().where('point_of_contact_id', '=', pointOfContactId).orderBy('revision', 'desc').execute();
}

const median = sql<number>`percentile_cont(0.5) within group (order by ack_ms)`;

/** Every round with its totals, oldest first: the series the chart over time draws. */
export async function communicationCheckSummaries(db: Db) {
  return db
    .selectFrom('communication_checks')
    .leftJoin('ack_requests', 'ack_requests.communication_check_id', 'communication_checks.id')
    .select([
      'communication_checks.id',
      'communication_checks.started_at',
      'communication_checks.expires_at',
      'communication_checks.respond_by',
      'communication_checks.note',
      'communication_checks.all_states',
      'communication_checks.demo',
    ])
    .select((eb) => [
      eb.fn.count<number>('ack_requests.id').as('points_of_contact'),
      eb.fn.count<number>('ack_requests.acknowledged_at').as('acknowledged'),
      sql<number>`count(distinct ack_requests.state_iso3)`.as('states'),
      sql<number>`count(distinct ack_requests.state_iso3) filter (where ack_requests.acknowledged_at is not null)`.as('states_acknowledged'),
      median.as('median_ms'),
    ])
    .groupBy('communication_checks.id')
    .orderBy('communication_checks.started_at')
    .orderBy('communication_checks.id')
    .execute();
}

/** One round per State: contacts reached and how fast (a State counts as reached if any contact acknowledged). */
export async function roundByState(db: Db, roundId: number) {
  return db
    .selectFrom('ack_requests')
    .innerJoin('states', 'states.iso3', 'ack_requests.state_iso3')
    .select(['ack_requests.state_iso3', 'states.official_name', 'states.regional_group'])
    .select((eb) => [
      eb.fn.count<number>('ack_requests.id').as('points_of_contact'),
      eb.fn.count<number>('acknowledged_at').as('acknowledged'),
      median.as('median_ms'),
    ])
    .where('communication_check_id', '=', roundId)
    .groupBy(['ack_requests.state_iso3', 'states.official_name', 'states.regional_group'])
    .orderBy('states.official_name')
    .execute();
}

/** One round per regional group. */
export async function roundByRegion(db: Db, roundId: number) {
  return db
    .selectFrom('ack_requests')
    .innerJoin('states', 'states.iso3', 'ack_requests.state_iso3')
    .leftJoin('regional_groups', 'regional_groups.id', 'states.regional_group')
    .select((eb) => [
      eb.fn.coalesce('regional_groups.name', sql<string>`'—'`).as('region'),
      eb.fn.count<number>('ack_requests.id').as('points_of_contact'),
      eb.fn.count<number>('acknowledged_at').as('acknowledged'),
      median.as('median_ms'),
    ])
    .where('communication_check_id', '=', roundId)
    .groupBy('regional_groups.name')
    .orderBy('regional_groups.name')
    .execute();
}

export async function roundPointsOfContact(db: Db, roundId: number) {
  return db
    .selectFrom('ack_requests')
    .innerJoin('point_of_contact_revisions', 'point_of_contact_revisions.id', 'ack_requests.point_of_contact_revision_id')
    .select([
      'ack_requests.id',
      'ack_requests.state_iso3',
      'point_of_contact_revisions.name',
      'point_of_contact_revisions.role',
      'ack_requests.email',
      'ack_requests.email_status',
      'ack_requests.email_detail',
      'ack_requests.acknowledged_at',
      'ack_requests.ack_ms',
      'ack_requests.expires_at',
      'ack_requests.follow_ups',
    ])
    .where('communication_check_id', '=', roundId)
    .orderBy('ack_requests.state_iso3')
    .orderBy('ack_requests.id')
    .execute();
}

export async function communicationCheckById(db: Db, roundId: number) {
  return db.selectFrom('communication_checks').selectAll().where('id', '=', roundId).executeTakeFirst();
}

/** Refused acknowledgement attempts, newest first (Secretariat). */
export async function refusedAcks(db: Db, limit = 50) {
  return db.selectFrom('ack_attempts').selectAll().orderBy('at', 'desc').limit(limit).execute();
}

/**
 * Who sees a communication: the delegations of the two States it is between, and the Secretariat (the
 * policy's rule for an item its owner and the Secretariat see, asked for each of the two States).
 */
const seesCommunication = (actor: Actor, c: { from_state_iso3: string; to_state_iso3: string }) =>
  [c.from_state_iso3, c.to_state_iso3].some((state) => can(actor, 'item.read', { visibility: 'owner', ownerStateIso3: state }));
/** Whether the actor sees every State's communications, not only its own: the rule for an item the Secretariat alone sees. */
const seesAllCommunications = (actor: Actor) => can(actor, 'item.read', { visibility: 'secretariat' });

/** Communications the actor's State sent or received; the Secretariat sees all. */
export async function listCommunications(db: Db, actor: Actor) {
  requireAccess(actor, 'pointsOfContact.read');
  let q = db
    .selectFrom('communications')
    .leftJoin('ack_requests', 'ack_requests.communication_id', 'communications.id')
    .select(['communications.id', 'template', 'from_state_iso3', 'to_state_iso3', 'subject', 'communications.created_at', 'communications.expires_at'])
    .select((eb) => [
      eb.fn.count<number>('ack_requests.id').as('recipients'),
      eb.fn.count<number>('ack_requests.acknowledged_at').as('acknowledged'),
      sql<Date | null>`min(ack_requests.acknowledged_at)`.as('first_ack'),
    ])
    .groupBy('communications.id')
    .orderBy('communications.created_at', 'desc');
  if (!seesAllCommunications(actor)) {
    // Everyone else sees those of the State they act for, as seesCommunication says of one.
    const iso = actor.kind === 'user' && can(actor, 'item.read', { visibility: 'owner', ownerStateIso3: actor.stateIso3 }) ? actor.stateIso3 : null;
    if (!iso) return [];
    q = q.where((eb) => eb.or([eb('from_state_iso3', '=', iso), eb('to_state_iso3', '=', iso)]));
  }
  return q.execute();
}

export async function communicationFor(db: Db, actor: Actor, id: number) {
  requireAccess(actor, 'pointsOfContact.read');
  const c = await db.selectFrom('communications').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) return null;
  if (!seesCommunication(actor, c)) return null;
  const recipients = await db
    .selectFrom('ack_requests')
    .innerJoin('point_of_contact_revisions', 'point_of_contact_revisions.id', 'ack_requests.point_of_contact_revision_id')
    .select([
      'point_of_contact_revisions.name',
      'point_of_contact_revisions.role',
      'ack_requests.email',
      'ack_requests.email_status',
      'ack_requests.acknowledged_at',
      'ack_requests.ack_ms',
    ])
    .where('communication_id', '=', id)
    .orderBy('ack_requests.id')
    .execute();
  return { ...c, recipients };
}

/** Acknowledgements a State's points of contact still owe (checks and communications), soonest deadline first. */
export async function outstandingAcks(db: Db, actor: Actor, stateIso3: string, now = new Date()) {
  requireAccess(actor, 'pointsOfContact.read');
  const rows = await db
    .selectFrom('ack_requests')
    .innerJoin('point_of_contact_revisions', 'point_of_contact_revisions.id', 'ack_requests.point_of_contact_revision_id')
    .leftJoin('communication_checks', 'communication_checks.id', 'ack_requests.communication_check_id')
    .select([
      'ack_requests.id',
      'ack_requests.communication_check_id',
      'ack_requests.communication_id',
      'ack_requests.expires_at',
      'ack_requests.follow_ups',
      'ack_requests.email_status',
      'point_of_contact_revisions.name',
      'point_of_contact_revisions.role',
      'communication_checks.respond_by',
    ])
    .where('ack_requests.state_iso3', '=', stateIso3)
    .where('acknowledged_at', 'is', null)
    .where('ack_requests.expires_at', '>', now)
    .orderBy('ack_requests.expires_at')
    .limit(50)
    .execute();
  return rows.map((r) => ({ ...r, overdue: r.respond_by ? now > new Date(r.respond_by) : false }));
}

/** Where a contact of a round stands: answered in time or late, still awaited, or overdue. */
export type PointOfContactStatus = 'acknowledged' | 'late' | 'awaiting' | 'overdue';
export function pointOfContactStatus(r: { acknowledged_at: Date | string | null }, respondBy: Date | string, now = new Date()): PointOfContactStatus {
  const deadline = new Date(respondBy);
  if (r.acknowledged_at) return new Date(r.acknowledged_at) <= deadline ? 'acknowledged' : 'late';
  return now > deadline ? 'overdue' : 'awaiting';
}

/** A mechanism's current text and every revision, newest first, or a 404. */
export async function mechanismBySlug(db: Db, slug: string) {
  const current = await db.selectFrom('mechanism_current').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!current) throw NotFound('That mechanism', 'mechanism.not_found');
  const revisions = await db
    .selectFrom('mechanism_revisions')
    .selectAll()
    .where('mechanism_id', '=', current.mechanism_id)
    .orderBy('revision', 'desc')
    .execute();
  return { current, revisions };
}

export async function listMechanisms(db: Db) {
  return db.selectFrom('mechanism_current').selectAll().orderBy('name').execute();
}
