import { Hono } from 'hono';
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import { can, requireAccess } from '../../accounts/policy.ts';
import { renderPlot } from '../../exports/chart.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { NotFound } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { acknowledge, lookupAck } from '../ackTokens.ts';
import { followUpCommunicationCheck } from '../commands/followUpCommunicationCheck.ts';
import { readerDate } from '../../notifications/dates.ts';
import { DeliverySummary } from '../../notifications/pages/deliverySummary.tsx';
import type { DeliveryCounts } from '../../notifications/deliver.ts';
import { Field, formErrors, str } from '../../server/forms.tsx';
import {
  communicationFor,
  contactStatus,
  listCommunications,
  communicationCheckById,
  communicationCheckSummaries,
  refusedAcks,
  roundByRegion,
  roundByState,
  roundContacts,
  type ContactStatus,
} from '../queries.ts';
import { sendCommunication, TEMPLATES } from '../commands/sendCommunication.ts';
import { startCommunicationCheck } from '../commands/startCommunicationCheck.ts';
import { stateName } from '../../participants/names.ts';

/** Links in emails point at the public address when one is configured, else at the address the request came to. */
export const baseUrl = (c: Ctx) => process.env.ACCORD_PUBLIC_URL ?? new URL(c.req.url).origin;
const numId = (c: Ctx, what: string, code: string) => {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id) || id <= 0) throw NotFound(what, code);
  return id;
};
const WINDOW_DAYS = [1, 2, 3, 5, 7, 14, 30];
const days = (v: unknown) => {
  const n = Number(str(v));
  return WINDOW_DAYS.includes(n) ? n : undefined;
};
const rate = (a: number, n: number) => (n ? Math.round((100 * a) / n) : 0);
const secs = (ms: number | null) =>
  ms == null ? '—' : ms < 90_000 ? `${Math.round(ms / 1000)} s` : ms < 5_400_000 ? `${Math.round(ms / 60_000)} min` : `${(ms / 3_600_000).toFixed(1)} h`;
const when = (d: Date | string | null, lang: Lang) => formatDate(d, lang, { time: true, dash: true });

// A round still inside its response window is not a result yet: drawn, it would show as a fall.
const closedRounds = (rounds: Awaited<ReturnType<typeof communicationCheckSummaries>>, now = new Date()) => rounds.filter((r) => new Date(r.respond_by) <= now);

function overTimeChart(rounds: Awaited<ReturnType<typeof communicationCheckSummaries>>, label: string) {
  const data = closedRounds(rounds).map((r) => ({ date: new Date(r.started_at), rate: rate(Number(r.acknowledged), Number(r.contacts)) }));
  return renderPlot((Plot) => ({
    width: 720,
    height: 260,
    marginLeft: 50,
    y: { domain: [0, 100], label: label, grid: true },
    x: { type: 'utc', label: null },
    marks: [
      Plot.ruleY([0]),
      Plot.line(data, { x: 'date', y: 'rate', stroke: '#1e7a3c' }),
      Plot.dot(data, { x: 'date', y: 'rate', fill: '#1e7a3c', r: 4 }),
      Plot.text(data, { x: 'date', y: 'rate', text: (d: { rate: number }) => `${d.rate}%`, dy: -10 }),
    ],
  }));
}

function regionChart(regions: Awaited<ReturnType<typeof roundByRegion>>, label: string) {
  const data = regions.map((r) => ({ region: r.region, rate: rate(Number(r.acknowledged), Number(r.contacts)) }));
  return renderPlot((Plot) => ({
    width: 860,
    height: 40 + 32 * Math.max(1, data.length),
    marginLeft: 330,
    marginRight: 50,
    x: { domain: [0, 100], label, grid: true },
    y: { label: null },
    marks: [
      Plot.barX(data, { x: 'rate', y: 'region', fill: '#0b5cad' }),
      Plot.text(data, { x: 'rate', y: 'region', text: (d: { rate: number }) => `${d.rate}%`, textAnchor: 'start', dx: 4 }),
      Plot.ruleX([0]),
    ],
  }));
}

function LinksTable({
  c,
  links,
}: {
  c: Ctx;
  links: Array<{ stateIso3?: string; name: string; role: string; email: string; link: string; emailStatus: string }>;
}) {
  const t = c.get('t');
  return (
    <section id="ack-links">
      <div class="alert warn">{t('registry.communicationCheck.linksOnce')}</div>
      <table>
        <thead>
          <tr>
            {links[0]?.stateIso3 ? <th>{t('registry.field.state')}</th> : null}
            <th>{t('registry.field.pointOfContactName')}</th>
            <th>{t('registry.field.email')}</th>
            <th>{t('registry.communicationCheck.emailStatus')}</th>
            <th>{t('registry.communicationCheck.link')}</th>
          </tr>
        </thead>
        <tbody>
          {links.map((l) => (
            <tr>
              {l.stateIso3 ? <td>{l.stateIso3}</td> : null}
              <td>
                {l.name} ({t(`registry.role.${l.role}`)})
              </td>
              <td>{l.email}</td>
              <td>{t(`registry.email.${l.emailStatus}`)}</td>
              <td>
                <a class="ack-link" href={l.link}>
                  {l.link}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

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
      {error ? (
        <div class="alert error" role="alert">
          {error}
        </div>
      ) : null}
      {started ? (
        <>
          <div class="alert ok" role="status" id="ping-started">
            {t('registry.communicationCheck.started', {
              n: started.links.length,
              round: started.round.id,
              deadline: readerDate(started.round.respond_by, t.lang, true),
            })}{' '}
            <a href={`/points-of-contact/communication-checks/${started.round.id}`}>{t('registry.communicationCheck.results')}</a>
          </div>
          <DeliverySummary t={t} counts={started.delivery} />
          <LinksTable c={c} links={started.links} />
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
            <select id="window" name="window">
              {WINDOW_DAYS.map((d) => (
                <option value={String(d)} selected={d === 3}>
                  {d}
                </option>
              ))}
            </select>
          </Field>
          <Field id="followUp" label={t('registry.communicationCheck.autoFollowUp')}>
            <select id="followUp" name="followUp">
              <option value="">{t('registry.communicationCheck.noAutoFollowUp')}</option>
              {WINDOW_DAYS.map((d) => (
                <option value={String(d)}>{d}</option>
              ))}
            </select>
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
        <thead>
          <tr>
            <th>#</th>
            <th>{t('registry.communicationCheck.startedAt')}</th>
            <th>{t('registry.communicationCheck.contacts')}</th>
            <th>{t('registry.communicationCheck.acknowledged')}</th>
            <th>{t('registry.communicationCheck.statesReached')}</th>
            <th>{t('registry.communicationCheck.median')}</th>
          </tr>
        </thead>
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
              <td>{r.contacts}</td>
              <td>
                {r.acknowledged} ({rate(Number(r.acknowledged), Number(r.contacts))}%)
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
  followed?: { contacts: number; until: Date; delivery: DeliveryCounts },
  error?: string,
  status = 200,
) {
  const t = c.get('t');
  const db = c.get('db');
  const [states, regions, contacts] = await Promise.all([roundByState(db, id), roundByRegion(db, id), roundContacts(db, id)]);
  const now = new Date();
  const statuses = contacts.map((x) => contactStatus(x, round.respond_by, now));
  const count = (s: ContactStatus) => statuses.filter((x) => x === s).length;
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
            {t('registry.communicationCheck.followedUp', { n: followed.contacts, until: readerDate(followed.until, t.lang, true) })}
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
        <thead>
          <tr>
            <th>{t('registry.field.state')}</th>
            <th>{t('registry.communicationCheck.acknowledged')}</th>
            <th>{t('registry.communicationCheck.median')}</th>
          </tr>
        </thead>
        <tbody>
          {states.map((s) => (
            <tr>
              <td>{stateName(s.state_iso3, t.lang) ?? s.official_name}</td>
              <td>
                {s.acknowledged}/{s.contacts}
              </td>
              <td>{secs(s.median_ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('registry.communicationCheck.contacts')}</h2>
      <table id="round-contacts">
        <thead>
          <tr>
            <th>{t('registry.field.state')}</th>
            <th>{t('registry.field.pointOfContactName')}</th>
            <th>{t('registry.communicationCheck.status')}</th>
            <th>{t('registry.communicationCheck.emailStatus')}</th>
            <th>{t('registry.communicationCheck.followUps')}</th>
            <th>{t('registry.communicationCheck.acknowledged')}</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((x, i) => (
            <tr class={`status-${statuses[i]}`}>
              <td>{stateName(x.state_iso3, t.lang) ?? x.state_iso3}</td>
              <td dir="auto">
                {x.name} ({t(`registry.role.${x.role}`)})
              </td>
              <td>{t(`registry.communicationCheck.status.${statuses[i]}`)}</td>
              <td title={x.email_detail}>{t(`registry.email.${x.email_status}`)}</td>
              <td>{x.follow_ups}</td>
              <td>{x.acknowledged_at ? `${when(x.acknowledged_at, t.lang)} (${secs(x.ack_ms)})` : t('registry.communicationCheck.pending')}</td>
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
      return roundPage(c, id, round, { contacts: r.contacts, until: r.until!, delivery: r.delivery });
    } catch (err) {
      if ((err as { code?: string }).code !== 'communicationCheck.nothing_to_follow_up') throw err;
      return roundPage(c, id, round, undefined, c.get('t')('registry.communicationCheck.nothingToFollowUp'), 409);
    }
  })
  .get('/points-of-contact/communications', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const rows = await listCommunications(c.get('db'), actor);
    return page(
      c,
      t('registry.comm.title'),
      <>
        <p>
          <a href="/points-of-contact">{t('registry.pointOfContact.title')}</a>
        </p>
        <h1>{t('registry.comm.title')}</h1>
        <p class="lede">{t('registry.comm.lede')}</p>
        {can(actor, 'communications.send') ? <CommForm c={c} /> : null}
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('registry.comm.template')}</th>
              <th>{t('registry.comm.from')}</th>
              <th>{t('registry.comm.to')}</th>
              <th>{t('registry.communicationCheck.acknowledged')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>
                  <a href={`/points-of-contact/communications/${r.id}`}>{r.id}</a>
                </td>
                <td>{t(`registry.template.${r.template}`)}</td>
                <td>{r.from_state_iso3}</td>
                <td>{r.to_state_iso3}</td>
                <td>
                  {r.acknowledged}/{r.recipients}
                  {r.first_ack ? ` — ${when(r.first_ack, t.lang)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
      { wide: true },
    );
  })
  .post('/points-of-contact/communications', async (c) => {
    const t = c.get('t');
    const form = await readForm(c);
    requireAccess(c.get('actor'), 'communications.send');
    const v = Object.fromEntries(Object.entries(form).map(([k, x]) => [k, str(x)]));
    try {
      const sent = await sendCommunication(
        c.get('db'),
        c.get('actor'),
        {
          fromState: v.fromState || undefined,
          toState: v.toState ?? '',
          template: v.template as never,
          recipients: (v.recipients || 'both') as never,
          situation: v.situation ?? '',
          request: v.request,
          urgency: (v.urgency || 'routine') as never,
        },
        { baseUrl: baseUrl(c) },
      );
      return page(
        c,
        t('registry.comm.title'),
        <>
          <h1>{sent.communication.subject}</h1>
          <div class="alert ok" role="status">
            {t('registry.comm.sent', { n: sent.links.length })}{' '}
            <a href={`/points-of-contact/communications/${sent.communication.id}`}>{t('registry.comm.track')}</a>
          </div>
          <DeliverySummary t={t} counts={sent.delivery} />
          <LinksTable c={c} links={sent.links} />
        </>,
      );
    } catch (err) {
      const e = formErrors(err, c.get('t'));
      if (!e) throw err;
      return page(
        c,
        t('registry.comm.title'),
        <>
          <h1>{t('registry.comm.title')}</h1>
          <CommForm c={c} values={v} errors={e} />
        </>,
        { status: 400 },
      );
    }
  })
  .get('/points-of-contact/communications/:id', async (c) => {
    const t = c.get('t');
    const comm = await communicationFor(c.get('db'), c.get('actor'), numId(c, 'That communication', 'communication.not_found'));
    if (!comm) throw NotFound('That communication', 'communication.not_found');
    return page(
      c,
      comm.subject,
      <>
        <p>
          <a href="/points-of-contact/communications">{t('registry.comm.title')}</a>
        </p>
        <h1>{comm.subject}</h1>
        <pre style="white-space:pre-wrap">{comm.body}</pre>
        <table>
          <thead>
            <tr>
              <th>{t('registry.field.pointOfContactName')}</th>
              <th>{t('registry.communicationCheck.emailStatus')}</th>
              <th>{t('registry.communicationCheck.acknowledged')}</th>
            </tr>
          </thead>
          <tbody>
            {comm.recipients.map((r) => (
              <tr>
                <td>
                  {r.name} ({t(`registry.role.${r.role}`)})
                </td>
                <td>{t(`registry.email.${r.email_status}`)}</td>
                <td>{r.acknowledged_at ? `${when(r.acknowledged_at, t.lang)} (${secs(r.ack_ms)})` : t('registry.communicationCheck.pending')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
    );
  })
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
            ? t('registry.ack.doneFor', { contact: found.contact_name, state: stateName(found.state_iso3, t.lang) ?? found.state_iso3, what, time: secs(r.ms) })
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
        <bdi>{found.contact_name}</bdi> · {t(`registry.role.${found.contact_role}`)} · <bdi>{found.contact_organisation}</bdi>
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

function CommForm({ c, values = {}, errors }: { c: Ctx; values?: Record<string, string>; errors?: { message: string; fields: Record<string, string> } }) {
  const t = c.get('t');
  const f = errors?.fields ?? {};
  const secretariat = c.get('actor').kind === 'user' && (c.get('actor') as { role: string }).role === 'secretariat';
  return (
    <form method="post" action="/points-of-contact/communications" class="stack" id="comm-form">
      <Csrf c={c} />
      {errors ? (
        <div class="alert error" role="alert">
          {errors.message}
        </div>
      ) : null}
      {secretariat ? (
        <Field id="fromState" label={t('registry.comm.from')} error={f.fromState}>
          <input dir="auto" id="fromState" name="fromState" type="text" value={values.fromState ?? ''} />
        </Field>
      ) : null}
      <Field id="toState" label={t('registry.comm.to')} error={f.toState}>
        <input dir="auto" id="toState" name="toState" type="text" required value={values.toState ?? ''} />
      </Field>
      <Field id="template" label={t('registry.comm.template')} error={f.template}>
        <select id="template" name="template">
          {TEMPLATES.map((x) => (
            <option value={x} selected={values.template === x}>
              {t(`registry.template.${x}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="recipients" label={t('registry.comm.recipients')}>
        <select id="recipients" name="recipients">
          {(['both', 'diplomatic', 'technical'] as const).map((x) => (
            <option value={x} selected={values.recipients === x}>
              {t(`registry.recipients.${x}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="urgency" label={t('registry.comm.urgency')}>
        <select id="urgency" name="urgency">
          {(['routine', 'urgent', 'critical'] as const).map((x) => (
            <option value={x} selected={values.urgency === x}>
              {t(`registry.urgency.${x}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="situation" label={t('registry.comm.situation')} error={f.situation}>
        <textarea dir="auto" id="situation" name="situation" required>
          {values.situation ?? ''}
        </textarea>
      </Field>
      <Field id="request" label={t('registry.comm.request')} error={f.request}>
        <textarea dir="auto" id="request" name="request">
          {values.request ?? ''}
        </textarea>
      </Field>
      <div>
        <button type="submit">{t('registry.comm.send')}</button>
      </div>
    </form>
  );
}
