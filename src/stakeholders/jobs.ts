import { systemActor } from '../accounts/actor.ts';
import { recordAudit } from '../accounts/audit.ts';
import { enqueueMail } from '../notifications/outbox.ts';
import type { JobHandler } from '../server/jobs.ts';
import { accredit, refuseAfterObjection } from './outcome.ts';

/** Job handlers of this capability, listed in its capability.ts (the job runner finds them there). */
const deadlineActor = systemActor('no-objection deadline');

/** The end of a no-objection window: accredit when nobody objected, refuse otherwise. */
const closeObjectionWindow: JobHandler = async (trx, payload, { now }) => {
  const id = Number(payload.applicationId);
  const app = await trx.selectFrom('accreditation_applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!app || app.status !== 'objection-window') return; // decided otherwise meanwhile
  if (app.deadline_at && new Date(app.deadline_at) > now) throw new Error(`Deadline of application ${id} is not reached yet.`);
  const objections = await trx
    .selectFrom('accreditation_objections')
    .innerJoin('states', 'states.iso3', 'accreditation_objections.state_iso3')
    .select(['states.official_name', 'accreditation_objections.shared_with_states'])
    .where('application_id', '=', id)
    .execute();
  if (objections.length === 0) {
    await accredit(trx, app, deadlineActor, 'No objection was received by the deadline.', now);
  } else {
    await refuseAfterObjection(
      trx,
      app,
      deadlineActor,
      objections.filter((o) => o.shared_with_states).map((o) => o.official_name),
      now,
    );
  }
  await recordAudit(trx, deadlineActor, {
    action: 'accreditation.window_closed',
    itemType: 'accreditation_application',
    itemId: id,
    after: { objections: objections.length },
  });
};

// Jobs of this kind were queued before the outbox existed; they now only move their message into it.
const moveNoticeToOutbox: JobHandler = async (trx, payload, { now }) => {
  await enqueueMail(
    trx,
    [
      {
        to: String(payload.to),
        subject: String(payload.subject),
        text: String(payload.text),
        relatedType: payload.relatedType as string | undefined,
        relatedId: payload.relatedId as number | undefined,
      },
    ],
    now,
  );
};

export const jobs: Record<string, JobHandler> = { 'accreditation.deadline': closeObjectionWindow, 'email.notice': moveNoticeToOutbox };
