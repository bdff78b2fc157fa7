import { Hono } from 'hono';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { readerDate } from '../../notifications/dates.ts';
import { stateName } from '../../participants/names.ts';
import { acknowledge, lookupAck } from '../ackTokens.ts';
import { secs } from './parts.tsx';

/**
 * The page a point of contact's link opens (no sign-in: the link is the credential): what it
 * acknowledges, and the button; a reused, expired or forged link says so.
 */
export const acknowledgementRoutes = new Hono<AppEnv>()
  .get('/ack/:token', async (c) => {
    const t = c.get('t');
    const token = c.req.param('token');
    const found = await lookupAck(c.get('db'), token);
    return page(
      c,
      t('registry.ack.title'),
      <>
        <h1>{t('registry.ack.title')}</h1>
        {!found ? (
          <div class="alert error" role="alert">
            {t('registry.ack.forged')}
          </div>
        ) : (
          <>
            <AckFacts c={c} found={found} />
            {found.acknowledged_at ? (
              <div class="alert warn">{t('registry.ack.reused')}</div>
            ) : new Date(found.expires_at) <= new Date() ? (
              <div class="alert error">{t('registry.ack.expired')}</div>
            ) : (
              <>
                <p>{t('registry.ack.intro')}</p>
                <form method="post" action={`/ack/${token}`}>
                  <Csrf c={c} />
                  <button type="submit">{t('registry.ack.confirm')}</button>
                </form>
              </>
            )}
          </>
        )}
      </>,
      { status: found ? 200 : 404 },
    );
  })
  .post('/ack/:token', async (c) => {
    const t = c.get('t');
    const token = c.req.param('token');
    const found = await lookupAck(c.get('db'), token);
    const r = await acknowledge(c.get('db'), token, { client: c.req.header('user-agent') ?? '' });
    const what = found?.communication_check_id
      ? t('registry.ack.roundName', { n: found.communication_check_id })
      : (found?.subject ?? t('registry.ack.communication'));
    return page(
      c,
      t('registry.ack.title'),
      <>
        <h1>{t('registry.ack.title')}</h1>
        <div class="alert ok" role="status" id="ack-done">
          {found
            ? t('registry.ack.doneFor', {
                contact: found.point_of_contact_name,
                state: stateName(found.state_iso3, t.lang) ?? found.state_iso3,
                what,
                time: secs(r.ms),
              })
            : t('registry.ack.done', { time: secs(r.ms) })}
        </div>
        {found ? <AckFacts c={c} found={found} /> : null}
      </>,
    );
  });

/** What an acknowledgement confirms: the State, the point of contact, and the check (or communication) with its dates. */
function AckFacts({ c, found }: { c: Ctx; found: NonNullable<Awaited<ReturnType<typeof lookupAck>>> }) {
  const t = c.get('t');
  const lang = t.lang;
  return (
    <dl class="facts" id="ack-facts">
      <dt>{t('registry.ack.state')}</dt>
      <dd id="ack-state">{stateName(found.state_iso3, lang) ?? found.state_iso3}</dd>
      <dt>{t('registry.ack.contact')}</dt>
      <dd id="ack-contact">
        <bdi>{found.point_of_contact_name}</bdi> · {t(`registry.role.${found.point_of_contact_role}`)} · <bdi>{found.point_of_contact_organisation}</bdi>
      </dd>
      {found.communication_check_id ? (
        <>
          <dt>{t('registry.ack.round')}</dt>
          <dd id="ack-round">
            {t('registry.ack.roundName', { n: found.communication_check_id })} — {t('registry.ack.communicationCheck')}
          </dd>
          <dt>{t('registry.ack.startedAt')}</dt>
          <dd>{readerDate(found.round_started_at!, lang, true)}</dd>
          <dt>{t('registry.ack.deadline')}</dt>
          <dd>{readerDate(found.round_respond_by ?? found.expires_at, lang, true)}</dd>
        </>
      ) : (
        <>
          <dt>{t('registry.ack.communication')}</dt>
          <dd id="ack-round">{found.subject}</dd>
          {found.from_state_iso3 ? (
            <>
              <dt>{t('registry.ack.from')}</dt>
              <dd>{stateName(found.from_state_iso3, lang) ?? found.from_state_iso3}</dd>
            </>
          ) : null}
          <dt>{t('registry.ack.deadline')}</dt>
          <dd>{readerDate(found.expires_at, lang, true)}</dd>
        </>
      )}
    </dl>
  );
}
