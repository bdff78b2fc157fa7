import { z } from 'zod';
import { actorLabel, type Actor } from '../accounts/actor.ts';
import { recordAudit } from '../accounts/audit.ts';
import { requireAccess } from '../accounts/policy.ts';
import type { Db } from '../db/engine.ts';
import { fromZod, ValidationError } from '../server/errors.ts';
import { ackLink, hashToken, newToken, sendAckEmails, type OutgoingAck } from './ackTokens.ts';
import type { SmtpConfig } from './smtp.ts';

export const NewPingRound = z.object({
  /** Empty or absent: every State with a point of contact. */
  states: z.array(z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'Use ISO alpha-3 codes.')).max(250).default([]),
  note: z.string().trim().max(500).default(''),
  validHours: z.number().int().min(1).max(24 * 30).default(72),
});

/**
 * The Secretariat starts a communication check: every active point of contact of the chosen States
 * gets its own acknowledgement link by email. The links are returned once (shown in the UI for the demo).
 */
export async function startPingRound(db: Db, actor: Actor, input: z.input<typeof NewPingRound>, opts: { baseUrl: string; now?: Date; smtp?: SmtpConfig | null; demo?: boolean }) {
  requireAccess(actor, 'pings.manage');
  const parsed = NewPingRound.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'ping.invalid');
  const r = parsed.data;
  const now = opts.now ?? new Date();
  const expires = new Date(now.getTime() + r.validHours * 3600_000);
  const created = await db.transaction().execute(async (trx) => {
    let q = trx.selectFrom('poc_current').selectAll().where('active', '=', true);
    if (r.states.length) q = q.where('state_iso3', 'in', r.states);
    const pocs = await q.orderBy('state_iso3').orderBy('poc_id').execute();
    if (pocs.length === 0) throw ValidationError('None of the chosen States has an active point of contact.', { states: 'Choose States with points of contact.' }, 'ping.no_contacts');
    const round = await trx.insertInto('ping_rounds').values({
      note: r.note, all_states: r.states.length === 0, state_iso3s: r.states, started_by_label: actorLabel(actor), started_at: now, expires_at: expires, demo: opts.demo ?? false,
    }).returningAll().executeTakeFirstOrThrow();
    const tokens = pocs.map(() => newToken());
    const rows = await trx.insertInto('ack_requests').values(pocs.map((p, i) => ({
      ping_round_id: round.id, communication_id: null, poc_id: p.poc_id, poc_revision_id: p.id, state_iso3: p.state_iso3,
      email: p.email, token_hash: hashToken(tokens[i]!), sent_at: now, expires_at: expires, acknowledged_at: null, ack_ms: null,
    }))).returning(['id', 'poc_id']).execute();
    await recordAudit(trx, actor, { action: 'ping.started', itemType: 'ping_round', itemId: round.id, after: { contacts: pocs.length, states: r.states.length || 'all' } });
    return { round, pocs, tokens, rows };
  });
  const outgoing: OutgoingAck[] = created.pocs.map((p, i) => {
    const link = ackLink(opts.baseUrl, created.tokens[i]!);
    return {
      ackRequestId: created.rows[i]!.id, to: p.email, link,
      subject: `Communication check ${created.round.id}: please acknowledge`,
      text: `Dear ${p.name},\n\nThis is a communication check of the points-of-contact directory. Please confirm that this ${p.role} point of contact of your State is reachable by opening the link below before ${expires.toISOString().slice(0, 16).replace('T', ' ')} UTC:\n\n${link}\n\nThe Secretariat`,
    };
  });
  const outcomes = await sendAckEmails(db, outgoing, opts.smtp === undefined ? undefined : opts.smtp);
  return {
    round: created.round,
    links: created.pocs.map((p, i) => ({ stateIso3: p.state_iso3, name: p.name, role: p.role, email: p.email, link: outgoing[i]!.link, emailStatus: outcomes[i]!.status, emailDetail: outcomes[i]!.detail })),
  };
}
