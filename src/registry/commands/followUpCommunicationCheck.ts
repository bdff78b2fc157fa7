import type { Transaction } from 'kysely';
import { systemActor, type Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import type { Database } from '../../schema.ts';
import type { MailConfig } from '../../notifications/mailer.ts';
import { enqueueMail } from '../../notifications/outbox.ts';
import { AppError, NotFound } from '../../foundation/errors.ts';
import { deliverAckEmails, noticeEachState } from '../acknowledgementRequests.ts';
import { followUpEmail } from '../communicationCheckMail.ts';

/**
 * Follows up the points of contact of a round that have not acknowledged: each gets a new email with a fresh
 * link valid for another response window (earlier links stop working), and each State concerned a
 * notice. Writes only; the emails are queued and sent after commit.
 */
export async function followUpWrites(trx: Transaction<Database>, actor: Actor, roundId: number, opts: { baseUrl: string; now: Date }) {
  const round = await trx.selectFrom('communication_checks').selectAll().where('id', '=', roundId).forUpdate().executeTakeFirst();
  if (!round) throw NotFound('That communication check', 'communicationCheck.not_found');
  const pending = await trx
    .selectFrom('ack_requests')
    .innerJoin('point_of_contact_revisions', 'point_of_contact_revisions.id', 'ack_requests.point_of_contact_revision_id')
    .select([
      'ack_requests.id',
      'ack_requests.state_iso3',
      'ack_requests.email',
      'ack_requests.follow_ups',
      'point_of_contact_revisions.name',
      'point_of_contact_revisions.role',
      'point_of_contact_revisions.languages',
    ])
    .where('communication_check_id', '=', roundId)
    .where('acknowledged_at', 'is', null)
    .orderBy('ack_requests.id')
    .execute();
  if (pending.length === 0) return { round, pointsOfContact: 0, mailIds: [] as number[] };
  const windowMs = Math.max(3600_000, new Date(round.respond_by).getTime() - new Date(round.started_at).getTime());
  const until = new Date(opts.now.getTime() + windowMs);
  await trx
    .updateTable('ack_requests')
    .set((eb) => ({ follow_ups: eb('follow_ups', '+', 1), followed_up_at: opts.now, expires_at: until, email_status: 'queued' as const, email_detail: '' }))
    .where(
      'id',
      'in',
      pending.map((p) => p.id),
    )
    .execute();
  const mailIds = await enqueueMail(
    trx,
    pending.map((p) => ({ to: p.email, ...followUpEmail(p, round, until, p.follow_ups + 1), ack: { requestId: p.id, linkBase: opts.baseUrl } })),
    opts.now,
  );
  const states = await noticeEachState(trx, pending, {
    kind: 'ping.follow_up',
    key: 'notifications.notice.pingFollowUp',
    communicationCheckId: roundId,
    deadline: until,
  });
  await recordAudit(trx, actor, {
    action: 'ping.followed_up',
    itemType: 'communication_check',
    itemId: roundId,
    after: { contacts: pending.length, states, until: until.toISOString() },
  });
  return { round, pointsOfContact: pending.length, mailIds, requests: pending, until };
}

/** The Secretariat's "follow up non-responders" button and API. */
export async function followUpCommunicationCheck(db: Db, actor: Actor, roundId: number, opts: { baseUrl: string; now?: Date; smtp?: MailConfig | null }) {
  requireAccess(actor, 'communicationChecks.manage');
  const now = opts.now ?? new Date();
  const done = await db.transaction().execute((trx) => followUpWrites(trx, actor, roundId, { baseUrl: opts.baseUrl, now }));
  if (done.pointsOfContact === 0)
    throw new AppError('communicationCheck.nothing_to_follow_up', 409, 'Every contact of this check has acknowledged; there is no one to follow up.');
  const requests = done.requests ?? [];
  const delivery = await deliverAckEmails(db, { mailIds: done.mailIds, requestIds: requests.map((p) => p.id) }, { now, smtp: opts.smtp });
  return {
    roundId,
    pointsOfContact: done.pointsOfContact,
    until: done.until,
    delivery: delivery.counts,
    // Shown once, as at the start of a round; never stored.
    links: requests.map((p, i) => ({
      stateIso3: p.state_iso3,
      name: p.name,
      role: p.role,
      email: p.email,
      link: delivery.outcomes[i]!.link,
      emailStatus: delivery.outcomes[i]!.emailStatus,
    })),
  };
}

/**
 * The automatic follow-up set when the check started (job `communicationCheck.follow_up`, or `ping.follow_up`
 * with `roundId` as queued before migrations/0509); its emails go out with the next delivery job.
 */
export async function followUpJob(trx: Transaction<Database>, payload: Record<string, unknown>, { now }: { now: Date }) {
  await followUpWrites(trx, systemActor('communication check follow-up'), Number(payload.communicationCheckId ?? payload.roundId), {
    baseUrl: String(payload.baseUrl ?? process.env.ACCORD_PUBLIC_URL ?? ''),
    now,
  });
}
