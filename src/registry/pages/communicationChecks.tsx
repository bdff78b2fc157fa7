import { Hono } from 'hono';
import { can, requireAccess } from '../../accounts/policy.ts';
import { NotFound } from '../../foundation/errors.ts';
import type { DeliveryCounts } from '../../notifications/deliver.ts';
import { readerDate } from '../../notifications/dates.ts';
import { DeliverySummary } from '../../notifications/pages/deliverySummary.tsx';
import { stateName } from '../../participants/names.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { Field, FormAlert, formErrors, str } from '../../server/forms.tsx';
import { Csrf, page } from '../../server/layout.tsx';
import { followUpCommunicationCheck } from '../commands/followUpCommunicationCheck.ts';
import { startCommunicationCheck } from '../commands/startCommunicationCheck.ts';
import {
  communicationCheckById,
  communicationCheckSummaries,
  pointOfContactStatus,
  refusedAcks,
  roundByRegion,
  roundByState,
  roundPointsOfContact,
  type PointOfContactStatus,
} from '../queries.ts';
import { closedRounds, overTimeChart, regionChart } from './charts.ts';
import { acknowledgedAt, baseUrl, Choice, Head, LinksTable, nameAndRole, numId, rate, secs, when } from './parts.tsx';

/** The response windows (and automatic follow-ups) offered, in days. */
const WINDOW_DAYS = [1, 2, 3, 5, 7, 14, 30];
const days = (v: unknown) => {
  const n = Number(str(v));
  return WINDOW_DAYS.includes(n) ? n : undefined;
};

async function CommunicationChecksPage({ c, started, error }: { c: Ctx; started?: Awaited<ReturnType<typeof startCommunicationCheck>>; error?: string }) {
  const t = c.get('t');
  const rounds = await communicationCheckSummaries(c.get('db'));
  const manage = can(c.get('actor'), 'communicationChecks.manage');
  return (
    <>
      <p>
        <a href="/points-of-contact">{t('registry.pointOfContact.title')}</a>
      </p>
      <h1>{t('registry.communicationCheck.title')}</h1>
      <p class="lede">{t('registry.communicationCheck.lede')}</p>
      <FormAlert errors={error ? { message: error } : null} />
      {started ? (
        <>
          <div class="alert ok" role="status" id="check-started">
            {t('registry.communicationCheck.started', {
              n: started.links.length,
              round: started.round.id,
              deadline: readerDate(started.round.respond_by, t.lang, true),
            })}{' '}
            <a href={`/points-of-contact/communication-checks/${started.round.id}`}>{t('registry.communicationCheck.results')}</a>
          </div>
          <DeliverySummary t={t} counts={started.delivery} />
          <LinksTable t={t} links={started.links} />
        </>
      ) : null}
      {manage ? (
        <form method="post" action="/points-of-contact/communication-checks" class="stack">
          <Csrf c={c} />
          <Field id="states" label={t('registry.communicationCheck.states')} hint={t('registry.communicationCheck.statesHint')}>
            <input dir="auto" id="states" name="states" type="text" />
          </Field>
          <Field id="note" label={t('registry.field.note')}>
            <input dir="auto" id="note" name="note" type="text" />
          </Field>
          <Field id="window" label={t('registry.communicationCheck.window')}>
            <Choice id="window" options={WINDOW_DAYS.map(String)} selected="3" label={(d) => d} />
          </Field>
          <Field id="followUp" label={t('registry.communicationCheck.autoFollowUp')}>
            <Choice id="followUp" options={WINDOW_DAYS.map(String)} label={(d) => d} blank={t('registry.communicationCheck.noAutoFollowUp')} />
          </Field>
          <div>
            <button type="submit">{t('registry.communicationCheck.start')}</button>
          </div>
        </form>
      ) : null}
      {closedRounds(rounds).length ? (
        <figure class="chart" id="chart-over-time">
          <div dangerouslySetInnerHTML={{ __html: await overTimeChart(rounds, t('registry.communicationCheck.rate')) }} />
          <figcaption>{t('registry.communicationCheck.overTime')}</figcaption>
        </figure>
      ) : null}
      <table>
        <Head
          cells={[
            '#',
            t('registry.communicationCheck.startedAt'),
            t('registry.communicationCheck.pointsOfContact'),
            t('registry.communicationCheck.acknowledged'),
            t('registry.communicationCheck.statesReached'),
            t('registry.communicationCheck.median'),
          ]}
        />
        <tbody>
          {[...rounds].reverse().map((r) => (
            <tr>
              <td>
                <a href={`/points-of-contact/communication-checks/${r.id}`}>{r.id}</a>
                {r.demo ? (
                  <>
                    {' '}
                    <span class="tag badge-synthetic">{t('registry.demo')}</span>
                  </>
                ) : null}
              </td>
              <td>
                {when(r.started_at, t.lang)}
                {new Date(r.respond_by) > new Date() ? (
                  <>
                    {' '}
                    · <span class="tag">{t('registry.communicationCheck.windowOpen', { date: readerDate(r.respond_by, t.lang) })}</span>
                  </>
                ) : null}
              </td>
              <td>{r.points_of_contact}</td>
              <td>
                {r.acknowledged} ({rate(Number(r.acknowledged), Number(r.points_of_contact))}%)
              </td>
              <td>
                {r.states_acknowledged}/{r.states}
              </td>
              <td>{secs(r.median_ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {manage ? <RefusedLog c={c} rows={await refusedAcks(c.get('db'), 20)} /> : null}
    </>
  );
}

function RefusedLog({ c, rows }: { c: Ctx; rows: Awaited<ReturnType<typeof refusedAcks>> }) {
  const t = c.get('t');
  if (!rows.length) return null;
  return (
    <details>
      <summary>{t('registry.communicationCheck.refused', { n: rows.length })}</summary>
      <ul>
        {rows.map((r) => (
          <li>
            {when(r.at, t.lang)} — {t(`registry.ack.${r.outcome}`)} <code>{r.token_prefix}…</code>
          </li>
        ))}
      </ul>
    </details>
  );
}

type Round = NonNullable<Awaited<ReturnType<typeof communicationCheckById>>>;

/** One check: deadline, status of every contact (acknowledged, late, awaiting, overdue), charts, and the follow-up button. */
async function roundPage(
  c: Ctx,
  id: number,
  round: Round,
  followed?: { pointsOfContact: number; until: Date; delivery: DeliveryCounts },
  error?: string,
  status = 200,
) {
  const t = c.get('t');
  const db = c.get('db');
  const [states, regions, contacts] = await Promise.all([roundByState(db, id), roundByRegion(db, id), roundPointsOfContact(db, id)]);
  const now = new Date();
  const statuses = contacts.map((x) => pointOfContactStatus(x, round.respond_by, now));
  const count = (s: PointOfContactStatus) => statuses.filter((x) => x === s).length;
  const unanswered = count('awaiting') + count('overdue');
  return page(
    c,
    t('registry.communicationCheck.round', { n: id }),
    <>
      <p>
        <a href="/points-of-contact/communication-checks">{t('registry.communicationCheck.title')}</a>
      </p>
      <h1>{t('registry.communicationCheck.round', { n: id })}</h1>
      <p class="muted">
        {when(round.started_at, t.lang)}
        {round.note ? (
          <>
            {' '}
            — <span dir="auto">{round.note}</span>
          </>
        ) : (
          ''
        )}{' '}
        {round.demo ? <span class="tag badge-synthetic">{t('registry.demo')}</span> : null}
      </p>
      <dl class="facts">
        <dt>{t('registry.communicationCheck.respondBy')}</dt>
        <dd id="respond-by">{readerDate(round.respond_by, t.lang, true)}</dd>
        {round.follow_up_after_hours ? (
          <>
            <dt>{t('registry.communicationCheck.autoFollowUpAt')}</dt>
            <dd>{readerDate(new Date(new Date(round.started_at).getTime() + round.follow_up_after_hours * 3600_000), t.lang, true)}</dd>
          </>
        ) : null}
      </dl>
      <p id="status-counts">
        {t('registry.communicationCheck.statusCounts', {
          acknowledged: count('acknowledged') + count('late'),
          awaiting: count('awaiting'),
          overdue: count('overdue'),
        })}
      </p>
      {error ? (
        <div class="alert warn" role="alert">
          {error}
        </div>
      ) : null}
      {followed ? (
        <>
          <div class="alert ok" role="status" id="followed-up">
            {t('registry.communicationCheck.followedUp', { n: followed.pointsOfContact, until: readerDate(followed.until, t.lang, true) })}
          </div>
          <DeliverySummary t={t} counts={followed.delivery} />
        </>
      ) : null}
      {can(c.get('actor'), 'communicationChecks.manage') && unanswered > 0 ? (
        <form method="post" action={`/points-of-contact/communication-checks/${id}/follow-up`}>
          <Csrf c={c} />
          <button type="submit" id="follow-up">
            {t('registry.communicationCheck.followUp', { n: unanswered })}
          </button>
        </form>
      ) : null}
      <h2>{t('registry.communicationCheck.byRegion')}</h2>
      <figure class="chart" id="chart-regions">
        <div dangerouslySetInnerHTML={{ __html: await regionChart(regions, t('registry.communicationCheck.rate')) }} />
      </figure>
      <h2>{t('registry.communicationCheck.byState')}</h2>
      <table id="by-state">
        <Head cells={[t('registry.field.state'), t('registry.communicationCheck.acknowledged'), t('registry.communicationCheck.median')]} />
        <tbody>
          {states.map((s) => (
            <tr>
              <td>{stateName(s.state_iso3, t.lang) ?? s.official_name}</td>
              <td>
                {s.acknowledged}/{s.points_of_contact}
              </td>
              <td>{secs(s.median_ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('registry.communicationCheck.pointsOfContact')}</h2>
      <table id="round-points-of-contact">
        <Head
          cells={[
            t('registry.field.state'),
            t('registry.field.pointOfContactName'),
            t('registry.communicationCheck.status'),
            t('registry.communicationCheck.emailStatus'),
            t('registry.communicationCheck.followUps'),
            t('registry.communicationCheck.acknowledged'),
          ]}
        />
        <tbody>
          {contacts.map((x, i) => (
            <tr class={`status-${statuses[i]}`}>
              <td>{stateName(x.state_iso3, t.lang) ?? x.state_iso3}</td>
              <td dir="auto">{nameAndRole(t, x)}</td>
              <td>{t(`registry.communicationCheck.status.${statuses[i]}`)}</td>
              <td title={x.email_detail}>{t(`registry.email.${x.email_status}`)}</td>
              <td>{x.follow_ups}</td>
              <td>{acknowledgedAt(t, x)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>,
    { wide: true, status },
  );
}

export const communicationCheckRoutes = new Hono<AppEnv>()
  .get('/points-of-contact/communication-checks', async (c) => {
    requireAccess(c.get('actor'), 'pointsOfContact.read');
    return page(c, c.get('t')('registry.communicationCheck.title'), await CommunicationChecksPage({ c }), { wide: true });
  })
  .post('/points-of-contact/communication-checks', async (c) => {
    const form = await readForm(c);
    requireAccess(c.get('actor'), 'communicationChecks.manage');
    const states = str(form.states)
      .split(/[\s,;]+/)
      .filter(Boolean);
    try {
      const windowDays = days(form.window) ?? 3;
      const followUp = days(form.followUp);
      const started = await startCommunicationCheck(
        c.get('db'),
        c.get('actor'),
        {
          states,
          note: str(form.note),
          respondWithinHours: windowDays * 24,
          ...(followUp ? { followUpAfterHours: Math.min(followUp * 24, 24 * 30 - 1) } : {}),
        },
        { baseUrl: baseUrl(c) },
      );
      return page(c, c.get('t')('registry.communicationCheck.title'), await CommunicationChecksPage({ c, started }), { wide: true });
    } catch (err) {
      const e = formErrors(err, c.get('t'));
      if (!e) throw err;
      return page(c, c.get('t')('registry.communicationCheck.title'), await CommunicationChecksPage({ c, error: e.message }), { status: 400, wide: true });
    }
  })
  .get('/points-of-contact/communication-checks/:id', async (c) => {
    requireAccess(c.get('actor'), 'pointsOfContact.read');
    const id = numId(c, 'That communication check', 'communicationCheck.not_found');
    const round = await communicationCheckById(c.get('db'), id);
    if (!round) throw NotFound('That communication check', 'communicationCheck.not_found');
    return roundPage(c, id, round);
  })
  .post('/points-of-contact/communication-checks/:id/follow-up', async (c) => {
    await readForm(c);
    requireAccess(c.get('actor'), 'communicationChecks.manage');
    const id = numId(c, 'That communication check', 'communicationCheck.not_found');
    const round = await communicationCheckById(c.get('db'), id);
    if (!round) throw NotFound('That communication check', 'communicationCheck.not_found');
    try {
      const r = await followUpCommunicationCheck(c.get('db'), c.get('actor'), id, { baseUrl: baseUrl(c) });
      return roundPage(c, id, round, { pointsOfContact: r.pointsOfContact, until: r.until!, delivery: r.delivery });
    } catch (err) {
      if ((err as { code?: string }).code !== 'communicationCheck.nothing_to_follow_up') throw err;
      return roundPage(c, id, round, undefined, c.get('t')('registry.communicationCheck.nothingToFollowUp'), 409);
    }
  });
