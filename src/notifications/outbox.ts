import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/engine.ts';
import type { Database } from '../schema.ts';

/** Where an acknowledgement email's body carries its link; the link is put in only when sending. */
export const LINK_PLACEHOLDER = '[acknowledgement link]';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  relatedType?: string;
  relatedId?: string | number;
  /** An acknowledgement email: the sender mints its link (base + fresh token) at sending time. */
  ack?: { requestId: number; linkBase: string };
}

/** The job that sends queued mail after commit; one live job per minute of due time. */
export const DELIVER_JOB = 'mail.deliver';

export async function scheduleDelivery(db: Transaction<Database> | Db, runAt: Date) {
  const key = `${DELIVER_JOB}@${runAt.toISOString().slice(0, 16)}`;
  await sql`insert into jobs (kind, run_at, payload, dedupe_key) values (${DELIVER_JOB}, ${runAt}, '{}', ${key})
    on conflict (dedupe_key) where dedupe_key is not null and status in ('pending', 'running') do nothing`.execute(db);
}

/**
 * Queues messages inside the caller's transaction: they exist exactly when the change that needs
 * them commits, and are sent after it, outside any transaction (deliverQueued, or the job).
 * Returns the outbox ids in the order given.
 */
export async function enqueueMail(trx: Transaction<Database>, mails: OutgoingMail[], now = new Date()): Promise<number[]> {
  if (mails.length === 0) return [];
  const rows = await trx
    .insertInto('outbound_emails')
    .values(
      mails.map((m) => ({
        to_address: m.to,
        subject: m.subject,
        body: m.text,
        status: 'queued' as const,
        detail: '',
        related_type: m.relatedType ?? (m.ack ? 'ack_request' : null),
        related_id: m.relatedId != null ? String(m.relatedId) : m.ack ? String(m.ack.requestId) : null,
        ack_request_id: m.ack?.requestId ?? null,
        link_base: m.ack?.linkBase ?? null,
        message_id: null,
        locked_until: null,
        sent_at: null,
      })),
    )
    .returning('id')
    .execute();
  await scheduleDelivery(trx, now);
  return rows.map((r) => Number(r.id));
}
