import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireUser } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { parseInput, ValidationError } from '../../foundation/errors.ts';
import type { MailConfig } from '../../notifications/mailer.ts';
import { LINK_PLACEHOLDER } from '../../notifications/outbox.ts';
import { deliverAckEmails, queueAckRequests } from '../acknowledgementRequests.ts';
import { mailLang } from '../communicationCheckMail.ts';
import { translator } from '../../i18n/index.ts';
import { stateName } from '../../participants/names.ts';

export const TEMPLATES = ['assistance-13h', 'incident-notification', 'general'] as const;

export const NewCommunication = z.object({
  /** Only the Secretariat names the sending State; a delegate always sends for their own. */
  fromState: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  toState: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Use an ISO alpha-3 code such as FRA.'),
  template: z.enum(TEMPLATES, 'Choose a template.'),
  /** Which of the recipient State's points of contact: diplomatic, technical or both. */
  recipients: z.enum(['diplomatic', 'technical', 'both']).default('both'),
  situation: z.string().trim().min(10, 'Describe the situation in at least 10 characters.').max(5000),
  request: z.string().trim().max(5000).default(''),
  urgency: z.enum(['routine', 'urgent', 'critical']).default('routine'),
  validHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
});

const SUBJECTS: Record<(typeof TEMPLATES)[number], string> = {
  'assistance-13h': 'Request for assistance (norm 13 (h), A/70/174)',
  'incident-notification': 'Notification of an ICT incident',
  general: 'Communication through the points-of-contact directory',
};

/** The body of a template communication, in the structure the template prescribes. */
export function composeBody(c: z.output<typeof NewCommunication>, from: string, to: string) {
  const lines = [`From: ${from}`, `To: ${to}`, `Urgency: ${c.urgency}`, ''];
  if (c.template === 'assistance-13h') {
    lines.push(
      'Under norm 13 (h) of the framework of responsible State behaviour, States should respond to appropriate requests for assistance by another State whose critical infrastructure is subject to malicious ICT acts.',
      '',
    );
    lines.push('Situation affecting critical infrastructure:', c.situation, '', 'Assistance requested:', c.request || '(to be specified in follow-up)');
  } else if (c.template === 'incident-notification') {
    lines.push('Incident:', c.situation, '', 'Action requested:', c.request || 'Please acknowledge receipt.');
  } else {
    lines.push(c.situation, ...(c.request ? ['', c.request] : []));
  }
  return lines.join('\n');
}

/**
 * One recipient's email, in the point of contact's language (src/registry/pingMail.ts mailLang):
 * subject, sender, recipient and urgency in that language, then the message as the sending State
 * wrote it (the record keeps the English form in `communications`).
 */
export function communicationEmail(
  c: z.output<typeof NewCommunication>,
  from: string,
  to: string,
  body: string,
  languages: readonly string[] | null | undefined,
) {
  const lang = mailLang(languages);
  const t = translator(lang);
  const subject = t(`registry.mail.comm.subject.${c.template}`);
  if (lang === 'en') return { subject, text: `${body}\n\n${t('registry.mail.comm.ack', { link: LINK_PLACEHOLDER })}` };
  const head = t('registry.mail.comm.head', {
    from: stateName(from, lang) ?? from,
    to: stateName(to, lang) ?? to,
    urgency: t(`registry.urgency.${c.urgency}`),
  });
  return { subject, text: `${head}\n\n${t('registry.mail.comm.original')}\n\n${body}\n\n${t('registry.mail.comm.ack', { link: LINK_PLACEHOLDER })}` };
}

/** Sends a template communication from one State to another State's points of contact, with acknowledgement links. */
export async function sendCommunication(
  db: Db,
  actor: Actor,
  input: z.input<typeof NewCommunication>,
  opts: { baseUrl: string; now?: Date; smtp?: MailConfig | null },
) {
  const user = requireUser(actor, 'communications.send');
  const c = parseInput(NewCommunication, input, 'communication.invalid');
  // A delegation sends in its own State's name; the Secretariat, which has none, names the sender.
  const from = user.stateIso3 ?? c.fromState;
  if (!from) throw ValidationError('Name the sending State.', { fromState: 'Required for the Secretariat.' }, 'communication.invalid');
  if (from === c.toState)
    throw ValidationError('Choose another State as recipient.', { toState: 'A State does not write to itself.' }, 'communication.invalid');
  const now = opts.now ?? new Date();
  const expires = new Date(now.getTime() + c.validHours * 3600_000);
  const created = await db.transaction().execute(async (trx) => {
    const states = await trx.selectFrom('states').select(['iso3', 'official_name']).where('iso3', 'in', [from, c.toState]).execute();
    const name = (iso: string) => states.find((s) => s.iso3 === iso)?.official_name;
    if (!name(c.toState)) throw ValidationError(`No State has the code ${c.toState}.`, { toState: 'Unknown State.' }, 'communication.invalid');
    if (!name(from)) throw ValidationError(`No State has the code ${from}.`, { fromState: 'Unknown State.' }, 'communication.invalid');
    let q = trx.selectFrom('points_of_contact_current').selectAll().where('active', '=', true).where('state_iso3', '=', c.toState);
    if (c.recipients !== 'both') q = q.where('role', '=', c.recipients);
    const pointsOfContact = await q.orderBy('point_of_contact_id').execute();
    if (pointsOfContact.length === 0)
      throw ValidationError(
        `${name(c.toState)} has no active ${c.recipients === 'both' ? '' : c.recipients + ' '}point of contact in the directory.`,
        { toState: 'No point of contact.' },
        'communication.no_points_of_contact',
      );
    const subject = SUBJECTS[c.template];
    const body = composeBody(c, name(from)!, name(c.toState)!);
    const comm = await trx
      .insertInto('communications')
      .values({
        template: c.template,
        from_state_iso3: from,
        to_state_iso3: c.toState,
        subject,
        body,
        created_by: user.id,
        created_at: now,
        expires_at: expires,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const queued = await queueAckRequests(
      trx,
      pointsOfContact,
      { communicationId: comm.id },
      { sentAt: now, expiresAt: expires },
      { linkBase: opts.baseUrl, emailOf: (p) => communicationEmail(c, from, c.toState, body, p.languages) },
    );
    await recordAudit(trx, actor, {
      action: 'communication.sent',
      itemType: 'communication',
      itemId: comm.id,
      after: { from, to: c.toState, template: c.template },
    });
    return { comm, pointsOfContact, queued };
  });
  const delivery = await deliverAckEmails(db, created.queued, { now, smtp: opts.smtp });
  return {
    communication: created.comm,
    delivery: delivery.counts,
    links: created.pointsOfContact.map((p, i) => ({
      name: p.name,
      role: p.role,
      email: p.email,
      link: delivery.outcomes[i]!.link,
      emailStatus: delivery.outcomes[i]!.emailStatus,
    })),
  };
}
