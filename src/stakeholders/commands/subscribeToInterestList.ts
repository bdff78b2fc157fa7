import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import { emailSchema } from '../../accounts/validation.ts';
import type { Db } from '../../db/engine.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { parseInput } from '../../foundation/errors.ts';
import { queueInterestMail } from '../interestMail.ts';
import { CURRENT_PROCESS, processBySlug } from '../modalities.ts';

export const NewSubscriber = z.object({
  name: z.string().trim().min(2, 'Enter your name.').max(200),
  email: emailSchema,
  affiliation: z.string().trim().max(200).default(''),
  language: z.enum(LANGUAGES, 'Choose one of the six official languages.'),
});

/** A second sign-up for the same address within this time sends nothing more. */
export const RESEND_AFTER_MS = 10 * 60_000;

/**
 * Anyone asks to be on a process's interest list. The answer is the same whatever the address's
 * state, so it never tells whether an address is on the list: a new or lapsed address gets a
 * confirmation email, a confirmed one a note that it is already on the list (its details are not
 * changed by someone who merely knows the address), and none gets more than one email in ten minutes.
 */
export async function subscribeToInterestList(
  db: Db,
  actor: Actor,
  input: z.input<typeof NewSubscriber>,
  opts: { baseUrl: string; process?: string; now?: Date },
) {
  requireAccess(actor, 'accreditation.apply'); // anyone, as applying is
  const v = parseInput(NewSubscriber, input, 'interest.invalid');
  const now = opts.now ?? new Date();
  await db.transaction().execute(async (trx) => {
    const process = await processBySlug(trx, opts.process ?? CURRENT_PROCESS);
    const find = () =>
      trx.selectFrom('interest_subscribers').selectAll().where('process_id', '=', process.id).where('email', '=', v.email).forUpdate().executeTakeFirst();
    const mail = { baseUrl: opts.baseUrl, processTitle: process.title, now };
    let existing = await find();
    if (!existing) {
      // Two sign-ups of one address at once: the second finds the first's row instead of failing.
      const added = await trx
        .insertInto('interest_subscribers')
        .values({
          process_id: process.id,
          name: v.name,
          email: v.email,
          affiliation: v.affiliation,
          language: v.language,
          status: 'pending',
          last_mailed_at: null,
          created_at: now,
          confirmed_at: null,
          unsubscribed_at: null,
        })
        .onConflict((oc) => oc.columns(['process_id', 'email']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (added) await queueInterestMail(trx, added, 'confirm', mail);
      else existing = await find();
    }
    if (existing) {
      const recent = existing.last_mailed_at != null && now.getTime() - new Date(existing.last_mailed_at).getTime() < RESEND_AFTER_MS;
      if (existing.status === 'confirmed') {
        if (!recent) await queueInterestMail(trx, existing, 'already', mail);
      } else {
        const row = await trx
          .updateTable('interest_subscribers')
          .set({ name: v.name, affiliation: v.affiliation, language: v.language, status: 'pending', unsubscribed_at: null })
          .where('id', '=', existing.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        if (!recent) await queueInterestMail(trx, row, 'confirm', mail);
      }
    }
    // No address in the audit log: it records that a sign-up happened, not who asked.
    await recordAudit(trx, actor, {
      action: 'interest.requested',
      itemType: 'interest_subscriber',
      itemId: null,
      after: { process: process.slug, language: v.language },
    });
  });
}
