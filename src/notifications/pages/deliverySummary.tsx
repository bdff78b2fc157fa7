import type { Translate } from '../../i18n/index.ts';
import type { DeliveryCounts } from '../deliver.ts';

/**
 * The one way pages say what happened to the email they sent: each outcome with its count, and a
 * plain sentence when nothing left because no mail server is configured.
 */
export function deliveryParts(t: Translate, counts: DeliveryCounts) {
  const parts: string[] = [];
  if (counts.sent) parts.push(t('notifications.mail.sent', { n: counts.sent }));
  if (counts.queued) parts.push(t('notifications.mail.queued', { n: counts.queued }));
  if (counts.failed) parts.push(t('notifications.mail.failed', { n: counts.failed }));
  if (counts.notConfigured) parts.push(t('notifications.mail.notConfigured', { n: counts.notConfigured }));
  if (counts.cancelled) parts.push(t('notifications.mail.cancelled', { n: counts.cancelled }));
  return parts;
}

/** The parts follow a heading sentence, so the first one starts a sentence (a no-op in scripts without case). */
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

export function DeliverySummary({ t, counts }: { t: Translate; counts: DeliveryCounts }) {
  const total = counts.sent + counts.queued + counts.failed + counts.notConfigured + counts.cancelled;
  const nothing = counts.sent === 0;
  return (
    <div
      class={`alert ${nothing ? 'warn' : counts.failed ? 'warn' : 'ok'}`}
      role="status"
      id="delivery-summary"
      data-sent={counts.sent}
      data-queued={counts.queued}
      data-failed={counts.failed}
      data-not-configured={counts.notConfigured}
    >
      <strong>{total === 0 ? t('notifications.mail.none') : nothing ? t('notifications.mail.nothingSent') : t('notifications.mail.heading')}</strong>{' '}
      {capitalise(deliveryParts(t, counts).join(' · '))}
      {counts.notConfigured ? (
        <>
          <br />
          <span class="muted">{t('notifications.mail.configureHint')}</span>
        </>
      ) : null}
    </div>
  );
}

/** Counts carried through a redirect as "sent.queued.failed.notConfigured.cancelled". */
export function countsFromQuery(q: string): DeliveryCounts {
  const [sent = 0, queued = 0, failed = 0, notConfigured = 0, cancelled = 0] = q.split('.').map((x) => Math.max(0, Number(x) || 0));
  return { sent, queued, failed, notConfigured, cancelled };
}
