import { z } from 'zod';
import { actorLabel, type Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import type { MailConfig } from '../../notifications/mailer.ts';
import { enqueueJob } from '../../server/jobs.ts';
import { parseInput, ValidationError } from '../../foundation/errors.ts';
import { deliverAckEmails, noticeEachState, queueAckRequests } from '../acknowledgementRequests.ts';
import { communicationCheckEmail } from '../communicationCheckMail.ts';

export const NewCommunicationCheck = z.object({
  /** Empty or absent: every State with a point of contact. */
  states: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{3}$/, 'Use ISO alpha-3 codes.'),
    )
    .max(250)
    .default([]),
  note: z.string().trim().max(500).default(''),
  /** The response window: contacts answer within this many hours (default three days). */
  respondWithinHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .optional(),
  /** Older name of the response window, still accepted by the API. */
  validHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .optional(),
  /** When set, non-responders are followed up automatically this many hours after the start. */
  followUpAfterHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .optional(),
});

/**
 * The Secretariat starts a communication check: every active point of contact of the chosen States
 * is asked to acknowledge within the response window. The round, its requests, its emails (queued)
 * and a notice to each State's delegation are one transaction; the emails are sent after it commits.
 * The links are returned once (shown in the UI for the demo) and never stored.
 */
export async function startCommunicationCheck(
  db: Db,
  actor: Actor,
  input: z.input<typeof NewCommunicationCheck>,
  opts: { baseUrl: string; now?: Date; smtp?: MailConfig | null; demo?: boolean },
) {
  requireAccess(actor, 'communicationChecks.manage');
  const r = parseInput(NewCommunicationCheck, input, 'communicationCheck.invalid');
  const windowHours = r.respondWithinHours ?? r.validHours ?? 72;
  if (r.followUpAfterHours && r.followUpAfterHours >= 24 * 30)
    throw ValidationError('Follow up within thirty days.', { followUpAfterHours: 'At most 719 hours.' }, 'communicationCheck.invalid');
  const now = opts.now ?? new Date();
  const respondBy = new Date(now.getTime() + windowHours * 3600_000);
  const created = await db.transaction().execute(async (trx) => {
    let q = trx.selectFrom('points_of_contact_current').selectAll().where('active', '=', true);
    if (r.states.length) q = q.where('state_iso3', 'in', r.states);
    const pointsOfContact = await q.orderBy('state_iso3').orderBy('point_of_contact_id').execute();
    if (pointsOfContact.length === 0)
      throw ValidationError(
        'None of the chosen States has an active point of contact.',
        { states: 'Choose States with points of contact.' },
        'communicationCheck.no_points_of_contact',
      );
    const round = await trx
      .insertInto('communication_checks')
      .values({
        note: r.note,
        all_states: r.states.length === 0,
        state_iso3s: r.states,
        started_by_label: actorLabel(actor),
        started_at: now,
        expires_at: respondBy,
        respond_by: respondBy,
        follow_up_after_hours: r.followUpAfterHours ?? null,
        demo: opts.demo ?? false,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const queued = await queueAckRequests(
      trx,
      pointsOfContact,
      { communicationCheckId: round.id },
      { sentAt: now, expiresAt: respondBy },
      { linkBase: opts.baseUrl, emailOf: (p) => communicationCheckEmail(p, round, respondBy) },
    );
    await noticeEachState(trx, pointsOfContact, {
      kind: 'ping.started',
      key: 'notifications.notice.pingStarted',
      communicationCheckId: round.id,
      deadline: respondBy,
    });
    if (r.followUpAfterHours) {
      await enqueueJob(trx, {
        kind: 'communicationCheck.follow_up',
        runAt: new Date(now.getTime() + r.followUpAfterHours * 3600_000),
        payload: { communicationCheckId: round.id, baseUrl: opts.baseUrl },
        dedupeKey: `communicationCheck.follow_up:${round.id}`,
      });
    }
    await recordAudit(trx, actor, {
      action: 'ping.started',
      itemType: 'communication_check',
      itemId: round.id,
      after: {
        contacts: pointsOfContact.length,
        states: r.states.length || 'all',
        respondBy: respondBy.toISOString(),
        followUpAfterHours: r.followUpAfterHours ?? null,
      },
    });
    return { round, pointsOfContact, queued };
  });
  const delivery = await deliverAckEmails(db, created.queued, { now, smtp: opts.smtp });
  return {
    round: created.round,
    delivery: delivery.counts,
    links: created.pointsOfContact.map((p, i) => ({ stateIso3: p.state_iso3, name: p.name, role: p.role, email: p.email, ...delivery.outcomes[i]! })),
  };
}
