import crypto from 'node:crypto';
import { sql } from 'kysely';
import { systemActor } from '../accounts/actor.ts';
import { recordAudit } from '../accounts/audit.ts';
import type { Db } from '../db/engine.ts';
import { AppError, Conflict, NotFound } from '../foundation/errors.ts';

/** Acknowledgement links carry a random token; only its SHA-256 is stored. */
export const newToken = () => 'ack_' + crypto.randomBytes(24).toString('base64url');
export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
export const ackLink = (baseUrl: string, token: string) => `${baseUrl.replace(/\/$/, '')}/ack/${token}`;

/**
 * Mints the links of acknowledgement emails at the moment they are sent: a fresh token per request,
 * whose hash replaces the stored one (so an earlier, unsent link stops working). Requests already
 * acknowledged or expired get no link. One statement, committed on its own, outside any transaction.
 * Returns the link per request id.
 */
export async function mintAckLinks(db: Db, items: Array<{ requestId: number; linkBase: string }>, now = new Date()) {
  const links = new Map<number, string>();
  if (items.length === 0) return links;
  const tokens = items.map(() => newToken());
  const minted = await sql<{ id: number }>`
    update ack_requests a set token_hash = v.hash
    from unnest(${items.map((i) => i.requestId)}::int[], ${tokens.map(hashToken)}::text[]) as v(id, hash)
    where a.id = v.id and a.acknowledged_at is null and a.expires_at > ${now}
    returning a.id`.execute(db);
  const ok = new Set(minted.rows.map((r) => Number(r.id)));
  for (const [k, item] of items.entries()) if (ok.has(item.requestId)) links.set(item.requestId, ackLink(item.linkBase, tokens[k]!));
  return links;
}

/**
 * What an acknowledgement link points to, for the confirmation page: which State, which point of
 * contact (as the directory held it when the request was made) and which round or communication.
 * Null for an unknown link.
 */
export async function lookupAck(db: Db, token: string) {
  if (!/^ack_[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  return db
    .selectFrom('ack_requests')
    .innerJoin('point_of_contact_revisions', 'point_of_contact_revisions.id', 'ack_requests.point_of_contact_revision_id')
    .leftJoin('communications', 'communications.id', 'ack_requests.communication_id')
    .leftJoin('communication_checks', 'communication_checks.id', 'ack_requests.communication_check_id')
    .select([
      'ack_requests.id',
      'ack_requests.state_iso3',
      'ack_requests.communication_check_id',
      'ack_requests.communication_id',
      'ack_requests.expires_at',
      'ack_requests.acknowledged_at',
      'ack_requests.sent_at',
      'point_of_contact_revisions.name as point_of_contact_name',
      'point_of_contact_revisions.role as point_of_contact_role',
      'point_of_contact_revisions.organisation as point_of_contact_organisation',
      'communications.subject',
      'communications.from_state_iso3',
      'communication_checks.started_at as round_started_at',
      'communication_checks.respond_by as round_respond_by',
    ])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
}

/**
 * Records an acknowledgement and the time it took. A forged, reused or expired link is refused with
 * its own code, and the attempt is logged (outside any transaction, so the refusal does not undo the log).
 */
export async function acknowledge(db: Db, token: string, opts: { now?: Date; client?: string } = {}) {
  const now = opts.now ?? new Date();
  const prefix = token.slice(0, 10);
  const log = (outcome: 'reused' | 'expired' | 'forged', id: number | null) =>
    db
      .insertInto('ack_attempts')
      .values({ outcome, token_prefix: prefix, ack_request_id: id, client: (opts.client ?? '').slice(0, 200), at: now })
      .execute();
  const req = /^ack_[A-Za-z0-9_-]{20,64}$/.test(token)
    ? await db.selectFrom('ack_requests').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst()
    : undefined;
  if (!req) {
    await log('forged', null);
    throw NotFound('That acknowledgement link', 'ack.unknown');
  }
  if (req.acknowledged_at) {
    await log('reused', req.id);
    throw Conflict(
      'ack.used',
      `This link was already used on ${new Date(req.acknowledged_at).toISOString().slice(0, 16).replace('T', ' ')} UTC; each link acknowledges once.`,
    );
  }
  if (new Date(req.expires_at) <= now) {
    await log('expired', req.id);
    throw new AppError('ack.expired', 410, 'This acknowledgement link has expired. Reply to the Secretariat by email instead.');
  }
  const ms = Math.max(0, now.getTime() - new Date(req.sent_at).getTime());
  // The link holder is the actor: a point of contact acknowledging, known by the State it answers for.
  const done = await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('ack_requests')
      .set({ acknowledged_at: now, ack_ms: ms })
      .where('id', '=', req.id)
      .where('acknowledged_at', 'is', null)
      .returning(['id'])
      .executeTakeFirst();
    if (row)
      await recordAudit(trx, systemActor(`acknowledgement link (${req.state_iso3})`), {
        action: 'ack.received',
        itemType: 'ack_request',
        itemId: req.id,
        after: { ms, communicationCheck: req.communication_check_id, communication: req.communication_id },
      });
    return row;
  });
  if (!done) {
    await log('reused', req.id); // a second click raced the first
    throw Conflict('ack.used', 'This link was already used; each link acknowledges once.');
  }
  return { id: req.id, stateIso3: req.state_iso3, ms, communicationCheckId: req.communication_check_id, communicationId: req.communication_id };
}
