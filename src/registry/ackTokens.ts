import crypto from 'node:crypto';
import { systemActor } from '../accounts/actor.ts';
import { recordAudit } from '../accounts/audit.ts';
import type { Db } from '../db/engine.ts';
import { AppError, Conflict, NotFound } from '../server/errors.ts';
import { sendMails, smtpConfigFromEnv, type SmtpConfig } from './smtp.ts';

/** Acknowledgement links carry a random token; only its SHA-256 is stored. */
export const newToken = () => 'ack_' + crypto.randomBytes(24).toString('base64url');
export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
export const ackLink = (baseUrl: string, token: string) => `${baseUrl.replace(/\/$/, '')}/ack/${token}`;

export interface OutgoingAck { ackRequestId: number; to: string; subject: string; text: string; link: string }

/**
 * Sends the acknowledgement emails after the round or communication is committed, and records each
 * outcome on its request. The recorded body has the link redacted, so the database never holds it.
 */
export async function sendAckEmails(db: Db, items: OutgoingAck[], config: SmtpConfig | null = smtpConfigFromEnv()) {
  const outcomes = await sendMails(config, items.map((i) => ({ to: i.to, subject: i.subject, text: i.text })));
  if (items.length === 0) return outcomes;
  // Batched: a check of every State is hundreds of contacts, and most share one outcome.
  const groups = new Map<string, { status: (typeof outcomes)[number]['status']; detail: string; ids: number[] }>();
  for (const [k, item] of items.entries()) {
    const o = outcomes[k]!;
    const key = `${o.status}\u0000${o.detail}`;
    const g = groups.get(key) ?? { status: o.status, detail: o.detail, ids: [] };
    g.ids.push(item.ackRequestId);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    await db.updateTable('ack_requests').set({ email_status: g.status, email_detail: g.detail }).where('id', 'in', g.ids).execute();
  }
  await db.insertInto('outbound_emails').values(items.map((item, k) => ({
    to_address: item.to, subject: item.subject, body: item.text.split(item.link).join('[acknowledgement link]'), status: outcomes[k]!.status,
    detail: outcomes[k]!.detail, related_type: 'ack_request', related_id: String(item.ackRequestId),
  }))).execute();
  return outcomes;
}

/** What an acknowledgement link points to, for the confirmation page; null for an unknown link. */
export async function lookupAck(db: Db, token: string) {
  if (!/^ack_[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  return db.selectFrom('ack_requests').leftJoin('communications', 'communications.id', 'ack_requests.communication_id')
    .select(['ack_requests.id', 'ack_requests.state_iso3', 'ack_requests.ping_round_id', 'ack_requests.communication_id', 'ack_requests.expires_at', 'ack_requests.acknowledged_at', 'communications.subject'])
    .where('token_hash', '=', hashToken(token)).executeTakeFirst();
}

/**
 * Records an acknowledgement and the time it took. A forged, reused or expired link is refused with
 * its own code, and the attempt is logged (outside any transaction, so the refusal does not undo the log).
 */
export async function acknowledge(db: Db, token: string, opts: { now?: Date; client?: string } = {}) {
  const now = opts.now ?? new Date();
  const prefix = token.slice(0, 10);
  const log = (outcome: 'reused' | 'expired' | 'forged', id: number | null) =>
    db.insertInto('ack_attempts').values({ outcome, token_prefix: prefix, ack_request_id: id, client: (opts.client ?? '').slice(0, 200), at: now }).execute();
  const req = /^ack_[A-Za-z0-9_-]{20,64}$/.test(token)
    ? await db.selectFrom('ack_requests').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst()
    : undefined;
  if (!req) {
    await log('forged', null);
    throw NotFound('That acknowledgement link', 'ack.unknown');
  }
  if (req.acknowledged_at) {
    await log('reused', req.id);
    throw Conflict('ack.used', `This link was already used on ${new Date(req.acknowledged_at).toISOString().slice(0, 16).replace('T', ' ')} UTC; each link acknowledges once.`);
  }
  if (new Date(req.expires_at) <= now) {
    await log('expired', req.id);
    throw new AppError('ack.expired', 410, 'This acknowledgement link has expired. Reply to the Secretariat by email instead.');
  }
  const ms = Math.max(0, now.getTime() - new Date(req.sent_at).getTime());
  // The link holder is the actor: a point of contact acknowledging, known by the State it answers for.
  const done = await db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('ack_requests').set({ acknowledged_at: now, ack_ms: ms })
      .where('id', '=', req.id).where('acknowledged_at', 'is', null).returning(['id']).executeTakeFirst();
    if (row) await recordAudit(trx, systemActor(`acknowledgement link (${req.state_iso3})`), { action: 'ack.received', itemType: 'ack_request', itemId: req.id, after: { ms, pingRound: req.ping_round_id, communication: req.communication_id } });
    return row;
  });
  if (!done) {
    await log('reused', req.id); // a second click raced the first
    throw Conflict('ack.used', 'This link was already used; each link acknowledges once.');
  }
  return { id: req.id, stateIso3: req.state_iso3, ms, pingRoundId: req.ping_round_id, communicationId: req.communication_id };
}
