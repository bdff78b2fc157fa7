import type { Selectable, Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { translator } from '../i18n/index.ts';
import { enqueueMail } from '../notifications/outbox.ts';
import { CONFIRM_HOURS, confirmLink, mintToken, unsubscribeLink } from './interestTokens.ts';

type Subscriber = Selectable<Database['interest_subscribers']>;
export type InterestMailKind = 'confirm' | 'already' | 'welcome';

/**
 * Queues one interest-list email in the subscriber's language, inside the caller's transaction
 * (sent after commit by the outbox). Every one carries its own unsubscribe link; the confirmation
 * email also its confirmation link.
 */
export async function queueInterestMail(
  trx: Transaction<Database>,
  s: Subscriber,
  kind: InterestMailKind,
  opts: { baseUrl: string; processTitle: string; now: Date },
) {
  const t = translator(s.language);
  const unsubscribe = unsubscribeLink(opts.baseUrl, await mintToken(trx, s.id, 'unsubscribe', opts.now), s.language);
  const confirm = kind === 'confirm' ? confirmLink(opts.baseUrl, await mintToken(trx, s.id, 'confirm', opts.now), s.language) : '';
  const params = { name: s.name, process: opts.processTitle, link: confirm, hours: CONFIRM_HOURS, unsubscribe };
  await enqueueMail(
    trx,
    [
      {
        to: s.email,
        subject: t(`stakeholders.interest.mail.${kind}.subject`, params),
        text: t(`stakeholders.interest.mail.${kind}.body`, params),
        relatedType: 'interest_subscriber',
        relatedId: s.id,
      },
    ],
    opts.now,
  );
  await trx.updateTable('interest_subscribers').set({ last_mailed_at: opts.now }).where('id', '=', s.id).execute();
}
