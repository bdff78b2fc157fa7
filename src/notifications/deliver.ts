import { sql } from 'kysely';
import type { Db } from '../db/engine.ts';
import { mintAckLinks } from '../registry/ackTokens.ts';
import { mailConfigFromEnv, newMessageId, sendMessages, type MailConfig } from './mailer.ts';
import { LINK_PLACEHOLDER, scheduleDelivery } from './outbox.ts';
import type { MailStatus } from './tables.ts';

/** What became of the messages one delivery handled; every page and API that sends reports these. */
export interface DeliveryCounts {
  sent: number;
  queued: number;
  failed: number;
  notConfigured: number;
  cancelled: number;
}
export const noDelivery = (): DeliveryCounts => ({ sent: 0, queued: 0, failed: 0, notConfigured: 0, cancelled: 0 });

export interface DeliveryReport {
  counts: DeliveryCounts;
  /** Outcome per outbox id. */
  byId: Map<number, { status: MailStatus; detail: string }>;
  /** Acknowledgement links minted for this delivery, per acknowledgement request (shown once, never stored). */
  links: Map<number, string>;
}

const LEASE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 3;
export const NOT_CONFIGURED_DETAIL = 'not sent: no mail server is configured (ACCORD_SMTP_HOST)';

/**
 * Sends queued messages (all due ones, or just `ids`) and records each outcome. Claiming, minting
 * links and recording are single statements, each committed on its own; the SMTP conversation runs
 * between them with no transaction open, so PGlite's one connection stays free for everyone else.
 * A message whose server is unreachable or answers 4xx goes back to the queue, up to three attempts.
 */
export async function deliverQueued(db: Db, opts: { ids?: number[]; config?: MailConfig | null; now?: Date; limit?: number } = {}): Promise<DeliveryReport> {
  const now = opts.now ?? new Date();
  const config = opts.config === undefined ? mailConfigFromEnv() : opts.config;
  const report: DeliveryReport = { counts: noDelivery(), byId: new Map(), links: new Map() };
  if (opts.ids && opts.ids.length === 0) return report;
  const idFilter = opts.ids ? sql`and id = any(${opts.ids}::bigint[])` : sql``;
  const claimed = (
    await sql<{
      id: string | number;
      to_address: string;
      subject: string;
      body: string;
      ack_request_id: number | null;
      link_base: string | null;
      attempts: number;
    }>`
    update outbound_emails set status = 'sending', locked_until = ${new Date(now.getTime() + LEASE_MS)}, attempts = attempts + 1
    where id in (
      select id from outbound_emails
      where ((status = 'queued' and (locked_until is null or locked_until <= ${now})) or (status = 'sending' and locked_until < ${now})) ${idFilter}
      order by id limit ${opts.limit ?? 1000} for update skip locked)
    returning id, to_address, subject, body, ack_request_id, link_base, attempts`.execute(db)
  ).rows
    .map((r) => ({ ...r, id: Number(r.id) }))
    .sort((a, b) => a.id - b.id);
  if (claimed.length === 0) return report;

  // Links are minted now, so the database only ever holds their hashes.
  const acks = claimed.filter((m) => m.ack_request_id != null);
  const links = await mintAckLinks(
    db,
    acks.map((m) => ({ requestId: m.ack_request_id!, linkBase: m.link_base ?? '' })),
    now,
  );
  for (const [k, v] of links) report.links.set(k, v);

  const results: Array<{ id: number; status: MailStatus; detail: string; messageId: string | null; retryAt: Date | null; ackRequestId: number | null }> = [];
  const sendable: typeof claimed = [];
  for (const m of claimed) {
    if (m.ack_request_id != null && !links.has(m.ack_request_id)) {
      results.push({
        id: m.id,
        status: 'cancelled',
        detail: 'not sent: acknowledged or expired before sending',
        messageId: null,
        retryAt: null,
        ackRequestId: m.ack_request_id,
      });
    } else if (!config) {
      results.push({ id: m.id, status: 'not-configured', detail: NOT_CONFIGURED_DETAIL, messageId: null, retryAt: null, ackRequestId: m.ack_request_id });
    } else sendable.push(m);
  }
  if (config && sendable.length) {
    const messages = sendable.map((m) => ({
      to: m.to_address,
      subject: m.subject,
      messageId: newMessageId(config.from),
      text: m.ack_request_id != null ? m.body.split(LINK_PLACEHOLDER).join(links.get(m.ack_request_id)!) : m.body,
    }));
    const outcomes = await sendMessages(config, messages);
    for (const [i, m] of sendable.entries()) {
      const o = outcomes[i]!;
      const retry = o.status === 'failed' && o.transient && m.attempts < MAX_ATTEMPTS;
      results.push({
        id: m.id,
        status: o.status === 'sent' ? 'sent' : retry ? 'queued' : 'failed',
        detail: retry ? `attempt ${m.attempts} failed, will retry: ${o.detail}` : o.detail,
        messageId: o.messageId,
        retryAt: retry ? new Date(now.getTime() + 2 ** m.attempts * 60_000) : null,
        ackRequestId: m.ack_request_id,
      });
    }
  }

  await sql`update outbound_emails o set status = v.status, detail = v.detail, message_id = coalesce(v.message_id, o.message_id),
      locked_until = v.retry_at, sent_at = case when v.status = 'sent' then ${now}::timestamptz else o.sent_at end
    from unnest(${results.map((r) => r.id)}::bigint[], ${results.map((r) => r.status)}::text[], ${results.map((r) => r.detail)}::text[],
                ${results.map((r) => r.messageId)}::text[], ${results.map((r) => r.retryAt?.toISOString() ?? null)}::timestamptz[])
      as v(id, status, detail, message_id, retry_at)
    where o.id = v.id`.execute(db);
  const ackRows = results.filter((r) => r.ackRequestId != null);
  if (ackRows.length) {
    await sql`update ack_requests a set email_status = v.status, email_detail = v.detail
      from unnest(${ackRows.map((r) => r.ackRequestId)}::int[], ${ackRows.map((r) => r.status)}::text[], ${ackRows.map((r) => r.detail)}::text[]) as v(id, status, detail)
      where a.id = v.id`.execute(db);
  }
  for (const r of results) {
    report.byId.set(r.id, { status: r.status, detail: r.detail });
    const c = report.counts;
    if (r.status === 'sent') c.sent++;
    else if (r.status === 'queued') c.queued++;
    else if (r.status === 'failed') c.failed++;
    else if (r.status === 'not-configured') c.notConfigured++;
    else if (r.status === 'cancelled') c.cancelled++;
  }
  const retryAt = results
    .map((r) => r.retryAt)
    .filter((d): d is Date => d != null)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  if (retryAt) await scheduleDelivery(db, retryAt);
  return report;
}
