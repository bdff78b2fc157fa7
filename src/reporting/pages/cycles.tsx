import { str } from '../../server/forms.tsx';
import { Hono } from 'hono';
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import { requireAccess } from '../../accounts/policy.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { AppError } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { errorsFor } from '../fieldErrors.ts';
import { cycleMonitor, type MonitorState } from '../queries.ts';
import { countsFromQuery, DeliverySummary } from '../../notifications/pages/deliverySummary.tsx';
import { recordReminders } from '../commands/recordReminders.ts';
import { reopenCycle } from '../commands/reopenCycle.ts';
import { startReport } from '../commands/startReport.ts';
import { stateName } from '../../participants/names.ts';

export const num = (c: Ctx, name: string) => Number(c.req.param(name));
const fmt = (d: Date | string | null | undefined, lang: Lang) => formatDate(d, lang, { time: true });

/** The Secretariat's monitor; a refused reopening comes back with its values and errors beside the fields. */
async function renderMonitor(c: Ctx, reopen?: { values: Record<string, string>; errors: Record<string, string> }, status = 200) {
  const t = c.get('t');
  const actor = c.get('actor');
  requireAccess(actor, 'reporting.monitor');
  const m = await cycleMonitor(c.get('db'), num(c, 'id'));
  const STATES: MonitorState[] = ['submitted-on-time', 'submitted-late', 'draft', 'not-started', 'missing', 'withdrawn'];
  const sent = c.req.query('sent');
  return page(
    c,
    t('reporting.monitor.title', { cycle: m.cycle.title }),
    <>
      <p>
        <a href={`/reporting/cycles/${m.cycle.id}`}>{m.cycle.title}</a>
      </p>
      <h1>{t('reporting.monitor.title', { cycle: m.cycle.title })}</h1>
      {sent ? (
        <p class="alert ok" role="status">
          {t('reporting.monitor.remindersSent', { n: sent })}
        </p>
      ) : null}
      {sent && /^\d+(\.\d+){4}$/.test(c.req.query('mail') ?? '') ? <DeliverySummary t={t} counts={countsFromQuery(c.req.query('mail')!)} /> : null}
      <table class="monitor-totals">
        <thead>
          <tr>
            <th>
              <span class="visually-hidden">{t('core.states.group')}</span>
            </th>
            <th>{t('reporting.monitor.expected')}</th>
            {STATES.map((s) => (
              <th>{t(`reporting.monitor.${s}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.groups.map((g) => (
            <tr>
              <th scope="row">
                <a href={`#g-${g.id}`}>{t(`core.group.${g.id}`)}</a>
              </th>
              <td>{g.counts.expected}</td>
              {STATES.map((s) => (
                <td>{g.counts[s]}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Σ</th>
            <td>{m.totals.expected}</td>
            {STATES.map((s) => (
              <td>
                <strong>{m.totals[s]}</strong>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <div class="cards">
        <form method="post" action={`/reporting/cycles/${m.cycle.id}/reminders`} class="card stack">
          <Csrf c={c} />
          <input type="hidden" name="states" value="missing" />
          <div>
            <label for="note">{t('reporting.monitor.note')}</label>
            <input dir="auto" id="note" name="note" type="text" />
          </div>
          <button type="submit">{t('reporting.monitor.remindMissing')}</button>
        </form>
        <form method="post" action={`/reporting/cycles/${m.cycle.id}/reopen`} class="card stack">
          <Csrf c={c} />
          {reopen ? (
            <p class="alert error" role="alert">
              {t('reporting.form.errors', { n: Object.keys(reopen.errors).length })}
            </p>
          ) : null}
          <div>
            <label for="stateIso3">{t('reporting.monitor.reopenState')}</label>
            <input
              dir="auto"
              id="stateIso3"
              name="stateIso3"
              type="text"
              required
              maxlength={3}
              value={reopen?.values.stateIso3 ?? ''}
              aria-invalid={reopen?.errors.stateIso3 ? 'true' : undefined}
              aria-describedby={reopen?.errors.stateIso3 ? 'err-stateIso3' : undefined}
            />
            {reopen?.errors.stateIso3 ? (
              <p class="field-error" id="err-stateIso3">
                {reopen.errors.stateIso3}
              </p>
            ) : null}
          </div>
          <div>
            <label for="until">{t('reporting.monitor.reopenUntil')}</label>
            <input
              id="until"
              name="until"
              type="date"
              required
              value={reopen?.values.until ?? ''}
              aria-invalid={reopen?.errors.until ? 'true' : undefined}
              aria-describedby={reopen?.errors.until ? 'err-until' : undefined}
            />
            {reopen?.errors.until ? (
              <p class="field-error" id="err-until">
                {reopen.errors.until}
              </p>
            ) : null}
          </div>
          <button type="submit">{t('reporting.monitor.reopen')}</button>
        </form>
      </div>
      {m.groups.map((g) => (
        <section id={`g-${g.id}`}>
          <h2>{t(`core.group.${g.id}`)}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('reporting.col.state')}</th>
                <th>{t('reporting.col.status')}</th>
                <th>{t('reporting.col.submitted')}</th>
                <th>{t('reporting.monitor.reminders')}</th>
              </tr>
            </thead>
            <tbody>
              {g.states.map((s) => (
                <tr data-state={s.state_iso3} data-status={s.state}>
                  <td>
                    {stateName(s.state_iso3, t.lang) ?? s.official_name} <code>{s.state_iso3}</code>
                    {s.reopened_until ? (
                      <>
                        {' '}
                        · <span class="tag">{t('reporting.monitor.reopened', { date: fmt(s.reopened_until, t.lang) })}</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <span class={`tag monitor-${s.state}`}>{t(`reporting.monitor.${s.state}`)}</span>
                    {s.report_id && s.state !== 'draft' ? (
                      <>
                        {' '}
                        <a href={`/reports/${s.report_id}`}>R{s.current_revision}</a>
                      </>
                    ) : null}
                  </td>
                  <td>{fmt(s.first_submitted_at, t.lang)}</td>
                  <td>{s.reminders ? `${s.reminders} · ${fmt(s.last_reminder, t.lang)}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>,
    { wide: true, status },
  );
}

/** Starting a report, and the Secretariat's monitor, reminders and reopening (the cycle pages are cyclePage.tsx, cycleIndex.tsx). */
export const cyclePages = new Hono<AppEnv>()
  .post('/reporting/cycles/:id/reports', async (c) => {
    const f = await readForm(c);
    const r = await startReport(c.get('db'), c.get('actor'), num(c, 'id'), {
      language: (str(f.language) || 'en') as 'en',
      visibility: (str(f.visibility) || 'secretariat') as 'secretariat',
    });
    return c.redirect(`/reports/${r.id}/edit`, 303);
  })
  .get('/reporting/cycles/:id/monitor', (c) => renderMonitor(c))
  .post('/reporting/cycles/:id/reminders', async (c) => {
    const f = await readForm(c);
    const states =
      str(f.states) === 'missing' || !str(f.states)
        ? ('missing' as const)
        : str(f.states)
            .split(/[\s,;]+/)
            .filter(Boolean);
    const r = await recordReminders(c.get('db'), c.get('actor'), num(c, 'id'), { states, note: str(f.note) || undefined });
    const d = r.delivery;
    return c.redirect(
      `/reporting/cycles/${r.cycleId}/monitor?sent=${r.states.length}&mail=${[d.sent, d.queued, d.failed, d.notConfigured, d.cancelled].join('.')}`,
      303,
    );
  })
  .post('/reporting/cycles/:id/reopen', async (c) => {
    const f = await readForm(c);
    const until = str(f.until);
    try {
      const r = await reopenCycle(c.get('db'), c.get('actor'), num(c, 'id'), {
        stateIso3: str(f.stateIso3),
        until: /^\d{4}-\d{2}-\d{2}$/.test(until) ? `${until}T23:59:59Z` : until || undefined,
      });
      return c.redirect(`/reporting/cycles/${r.cycleId}/monitor`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || !err.fields || err.status !== 400) throw err;
      return renderMonitor(c, { values: { stateIso3: str(f.stateIso3), until }, errors: errorsFor(c.get('t'), err) }, 400);
    }
  });
