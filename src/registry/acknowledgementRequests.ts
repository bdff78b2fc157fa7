import type { Transaction } from 'kysely';
import type { Db } from '../db/engine.ts';
import { deliverQueued } from '../notifications/deliver.ts';
import type { MailConfig } from '../notifications/mailer.ts';
import { addNotices } from '../notifications/notices.ts';
import { enqueueMail } from '../notifications/outbox.ts';
import type { NoticeKind } from '../notifications/tables.ts';
import type { Database } from '../schema.ts';
import { hashToken, newToken } from './ackTokens.ts';

/**
 * What a communication check, its follow-up and a communication share when they ask points of contact
 * to acknowledge: the request rows, the emails sent once the writes committed (each request's link and
 * what became of its email), and a notice to each State concerned.
 */

/**
 * One acknowledgement request per point of contact (its current revision) of a check or a communication,
 * as rows to insert. The stored hash belongs to a token nobody holds: the usable link is minted when the
 * email leaves (mintAckLinks).
 */
export const ackRequestRows = (
  pointsOfContact: ReadonlyArray<{ id: number; point_of_contact_id: number; state_iso3: string; email: string }>,
  of: { communicationCheckId: number } | { communicationId: number },
  window: { sentAt: Date; expiresAt: Date },
) =>
  pointsOfContact.map((p) => ({
    communication_check_id: 'communicationCheckId' in of ? of.communicationCheckId : null,
    communication_id: 'communicationId' in of ? of.communicationId : null,
    point_of_contact_id: p.point_of_contact_id,
    point_of_contact_revision_id: p.id,
    state_iso3: p.state_iso3,
    email: p.email,
    token_hash: hashToken(newToken()),
    sent_at: window.sentAt,
    expires_at: window.expiresAt,
    acknowledged_at: null as Date | null,
    ack_ms: null as number | null,
  }));

/**
 * Writes the requests of a check or a communication and queues one email per point of contact, in
 * its language (`emailOf`), with the link to be minted when it leaves. Inside the caller's transaction.
 */
export async function queueAckRequests<P extends { id: number; point_of_contact_id: number; state_iso3: string; email: string }>(
  trx: Transaction<Database>,
  pointsOfContact: readonly P[],
  of: { communicationCheckId: number } | { communicationId: number },
  window: { sentAt: Date; expiresAt: Date },
  mail: { linkBase: string; emailOf: (p: P) => { subject: string; text: string } },
) {
  const rows = await trx
    .insertInto('ack_requests')
    .values(ackRequestRows(pointsOfContact, of, window))
    .returning(['id'])
    .execute();
  const mailIds = await enqueueMail(
    trx,
    pointsOfContact.map((p, i) => ({ to: p.email, ...mail.emailOf(p), ack: { requestId: rows[i]!.id, linkBase: mail.linkBase } })),
    window.sentAt,
  );
  return { requestIds: rows.map((r) => r.id), mailIds };
}

/**
 * Sends the acknowledgement emails just queued (after the transaction that queued them committed) and
 * gives each request, in the order given, its link (shown once, never stored) and its email's outcome.
 */
export async function deliverAckEmails(
  db: Db,
  queued: { mailIds: readonly number[]; requestIds: readonly number[] },
  opts: { now: Date; smtp?: MailConfig | null },
) {
  const delivery = await deliverQueued(db, { ids: [...queued.mailIds], now: opts.now, ...(opts.smtp !== undefined ? { config: opts.smtp } : {}) });
  return {
    counts: delivery.counts,
    outcomes: queued.requestIds.map((id, i) => {
      const outcome = delivery.byId.get(queued.mailIds[i]!);
      return { link: delivery.links.get(id) ?? '', emailStatus: outcome?.status ?? 'queued', emailDetail: outcome?.detail ?? '' };
    }),
  };
}

/** A notice to each State with requests in a check (how many of its points of contact, and the deadline); the number of States. */
export async function noticeEachState(
  trx: Transaction<Database>,
  requests: ReadonlyArray<{ state_iso3: string }>,
  notice: { kind: NoticeKind; key: string; communicationCheckId: number; deadline: Date },
) {
  const perState = new Map<string, number>();
  for (const r of requests) perState.set(r.state_iso3, (perState.get(r.state_iso3) ?? 0) + 1);
  await addNotices(
    trx,
    [...perState].map(([iso, n]) => ({
      stateIso3: iso,
      kind: notice.kind,
      key: notice.key,
      params: { round: notice.communicationCheckId, contacts: n, deadline: notice.deadline.toISOString() },
      link: '/tasks#communication-checks',
    })),
  );
  return perState.size;
}
