import { Hono } from 'hono';
import { can, requireAccess } from '../accounts/policy.ts';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/index.ts';
import { readForm } from '../server/api.ts';
import type { AppEnv, Ctx } from '../server/context.ts';
import { Csrf, page } from '../server/layout.tsx';
import { createCycle } from './createCycle.ts';
import { getCycle, listCycles, submissionWindow } from './cycles.ts';
import { cycleMonitor, listReports, type MonitorState } from './queries.ts';
import { titleOf, loadQuestionnaire } from './questionnaire.ts';
import { countsFromQuery, DeliverySummary } from '../notifications/summary.tsx';
import { recordReminders } from './recordReminders.ts';
import { reopenCycle } from './reopenCycle.ts';
import { startReport } from './startReport.ts';
import { stateName } from '../participants/names.ts';

export const num = (c: Ctx, name: string) => Number(c.req.param(name));
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const fmt = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString().slice(0, 16).replace('T', ' ') : '');

export function ReportList({ c, rows }: { c: Ctx; rows: Awaited<ReturnType<typeof listReports>> }) {
  const t = c.get('t');
  if (!rows.length) return <p class="muted">{t('reporting.noReports')}</p>;
  return (
    <table class="reports">
      <thead><tr><th>{t('reporting.col.state')}</th><th>{t('reporting.col.cycle')}</th><th>{t('reporting.col.status')}</th><th>{t('reporting.col.revision')}</th><th>{t('reporting.col.visibility')}</th><th>{t('reporting.col.submitted')}</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <td><a href={`/reports/${r.id}`}>{r.state_name}</a> <code>{r.state_iso3}</code> {r.demo ? <span class="tag badge-synthetic">{t('reporting.demo')}</span> : null}</td>
            <td>{r.cycle_title}</td>
            <td><span class={`tag status-${r.status}`}>{t(`reporting.status.${r.status}`)}</span></td>
            <td>{r.current_revision || '—'}</td>
            <td>{t(`reporting.vis.${r.visibility}`)}</td>
            <td>{fmt(r.last_submitted_at)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const cyclePages = new Hono<AppEnv>()
  .get('/reporting', async (c) => {
    const t = c.get('t'); const actor = c.get('actor'); const db = c.get('db');
    const qtext = c.req.query('q') ?? '';
    const [cycles, reports] = await Promise.all([listCycles(db), listReports(db, actor, { q: qtext })]);
    return page(c, t('reporting.title'), (
      <>
        <h1>{t('reporting.title')}</h1>
        <p class="lede">{t('reporting.lede')}</p>
        <h2>{t('reporting.cycles')}</h2>
        <ul class="cards">
          {cycles.map((cy) => (
            <li class="card">
              <h3><a href={`/reporting/cycles/${cy.id}`}>{cy.title}</a></h3>
              <p><code>{cy.code}</code> {cy.demo ? <span class="tag badge-synthetic">{t('reporting.demo')}</span> : null}</p>
              <p class="muted">{t('reporting.docx.dates', { opens: cy.opens_on, due: cy.due_on, closes: cy.closes_on })}</p>
              <p>{t('reporting.cycle.expected', { n: Number(cy.expected ?? 0) })} · {t(`reporting.cycle.window.${submissionWindow(cy, null)}`)}</p>
            </li>
          ))}
        </ul>
        {can(actor, 'cycle.manage') ? (
          <details class="card"><summary>{t('reporting.cycle.new')}</summary>
            <form method="post" action="/reporting/cycles" class="stack">
              <Csrf c={c} />
              <div><label for="title">{t('reporting.cycle.title')}</label><input id="title" name="title" type="text" required minlength={5} /></div>
              <div><label for="code">{t('reporting.cycle.code')}</label><input id="code" name="code" type="text" placeholder="OEWG-2026-1" /></div>
              <div><label for="opensOn">{t('reporting.cycle.opens')}</label><input id="opensOn" name="opensOn" type="date" required /></div>
              <div><label for="dueOn">{t('reporting.cycle.due')}</label><input id="dueOn" name="dueOn" type="date" required /></div>
              <div><label for="closesOn">{t('reporting.cycle.closes')}</label><input id="closesOn" name="closesOn" type="date" required /></div>
              <div><label for="states">{t('reporting.cycle.states')}</label><input id="states" name="states" type="text" /></div>
              <button type="submit">{t('reporting.cycle.create')}</button>
            </form>
          </details>
        ) : null}
        <h2>{t('reporting.reports')}</h2>
        <form method="get" action="/reporting" class="filters" role="search">
          <div><label for="q">{t('reporting.search')}</label><input id="q" name="q" type="search" value={qtext} /></div>
          <button type="submit">{t('reporting.searchButton')}</button>
        </form>
        <ReportList c={c} rows={reports} />
      </>
    ), { wide: true });
  })
  .post('/reporting/cycles', async (c) => {
    const f = await readForm(c);
    const states = str(f.states).split(/[\s,;]+/).filter(Boolean);
    const cycle = await createCycle(c.get('db'), c.get('actor'), {
      title: str(f.title), code: str(f.code) || undefined, opensOn: str(f.opensOn), dueOn: str(f.dueOn), closesOn: str(f.closesOn), states: states.length ? states : undefined,
    });
    return c.redirect(`/reporting/cycles/${cycle.id}`, 303);
  })
  .get('/reporting/cycles/:id', async (c) => {
    const t = c.get('t'); const actor = c.get('actor'); const db = c.get('db');
    const cycle = await getCycle(db, num(c, 'id'));
    const [q, reports] = await Promise.all([loadQuestionnaire(db, cycle.framework_version), listReports(db, actor, { cycleId: cycle.id })]);
    const own = actor.kind === 'user' && actor.role === 'delegate' ? reports.find((r) => r.state_iso3 === actor.stateIso3) : undefined;
    return page(c, cycle.title, (
      <>
        <p><a href="/reporting">{t('reporting.title')}</a></p>
        <h1>{cycle.title} {cycle.demo ? <span class="tag badge-synthetic">{t('reporting.demo')}</span> : null}</h1>
        <dl class="facts">
          <dt>{t('reporting.receipt.number')}</dt><dd><code>{cycle.code}</code></dd>
          <dt>{t('reporting.cycle.framework')}</dt><dd><code>{cycle.framework_version}</code></dd>
          <dt>{t('reporting.cycle.opens')}</dt><dd>{cycle.opens_on}</dd>
          <dt>{t('reporting.cycle.due')}</dt><dd>{cycle.due_on}</dd>
          <dt>{t('reporting.cycle.closes')}</dt><dd>{cycle.closes_on} · {t(`reporting.cycle.window.${submissionWindow(cycle, null)}`)}</dd>
        </dl>
        {actor.kind === 'user' && actor.role === 'delegate' ? (
          own ? <p class="alert ok"><a href={`/reports/${own.id}`}>{t('reporting.cycle.yourReport')}</a> · {t(`reporting.status.${own.status}`)}</p> : (
            <form method="post" action={`/reporting/cycles/${cycle.id}/reports`} class="filters">
              <Csrf c={c} />
              <div><label for="language">{t('reporting.language')}</label><select id="language" name="language">{LANGUAGES.map((l) => <option value={l} selected={l === c.get('lang')}>{LANGUAGE_NAMES[l]}</option>)}</select></div>
              <div><label for="visibility">{t('reporting.visibility')}</label><select id="visibility" name="visibility">{(['secretariat', 'states', 'public'] as const).map((v) => <option value={v}>{t(`reporting.vis.${v}`)}</option>)}</select></div>
              <button type="submit">{t('reporting.cycle.start')}</button>
            </form>
          )
        ) : null}
        {can(actor, 'reporting.monitor') ? <p><a class="button secondary" href={`/reporting/cycles/${cycle.id}/monitor`}>{t('reporting.cycle.monitor')}</a></p> : null}
        <h2>{t('reporting.cycle.blank')}</h2>
        <p>{LANGUAGES.map((l) => <a class="tag" href={`/api/v1/reporting/cycles/${cycle.id}/questionnaire.docx?lang=${l}`} lang={l}>DOCX · {LANGUAGE_NAMES[l]}</a>)}</p>
        <p class="blank-pdf">{t('reporting.blank.pdf')}: {LANGUAGES.map((l) => <a class="tag" href={`/api/v1/reporting/cycles/${cycle.id}/questionnaire.pdf?lang=${l}`} lang={l}>PDF · {LANGUAGE_NAMES[l]}</a>)}</p>
        <h2>{t('reporting.questionnaire')}</h2>
        <ul class="cards">
          {q.pillars.map((p) => <li class={`card pillar-${p.id}`}><h3>{titleOf(t, 'pillar', p.id, p.title)}</h3><ul>{p.elements.map((e) => <li><code>{e.id}</code> {titleOf(t, 'el', e.id, e.title)}</li>)}</ul></li>)}
        </ul>
        <h2>{t('reporting.reports')}</h2>
        <ReportList c={c} rows={reports} />
      </>
    ), { wide: true });
  })
  .post('/reporting/cycles/:id/reports', async (c) => {
    const f = await readForm(c);
    const r = await startReport(c.get('db'), c.get('actor'), num(c, 'id'), { language: (str(f.language) || 'en') as 'en', visibility: (str(f.visibility) || 'secretariat') as 'secretariat' });
    return c.redirect(`/reports/${r.id}/edit`, 303);
  })
  .get('/reporting/cycles/:id/monitor', async (c) => {
    const t = c.get('t'); const actor = c.get('actor');
    requireAccess(actor, 'reporting.monitor');
    const m = await cycleMonitor(c.get('db'), num(c, 'id'));
    const STATES: MonitorState[] = ['submitted-on-time', 'submitted-late', 'draft', 'not-started', 'missing', 'withdrawn'];
    const sent = c.req.query('sent');
    return page(c, t('reporting.monitor.title', { cycle: m.cycle.title }), (
      <>
        <p><a href={`/reporting/cycles/${m.cycle.id}`}>{m.cycle.title}</a></p>
        <h1>{t('reporting.monitor.title', { cycle: m.cycle.title })}</h1>
        {sent ? <p class="alert ok" role="status">{t('reporting.monitor.remindersSent', { n: sent })}</p> : null}
        {sent && /^\d+(\.\d+){4}$/.test(c.req.query('mail') ?? '') ? <DeliverySummary t={t} counts={countsFromQuery(c.req.query('mail')!)} /> : null}
        <table class="monitor-totals">
          <thead><tr><th></th><th>{t('reporting.monitor.expected')}</th>{STATES.map((s) => <th>{t(`reporting.monitor.${s}`)}</th>)}</tr></thead>
          <tbody>
            {m.groups.map((g) => <tr><th scope="row"><a href={`#g-${g.id}`}>{t(`core.group.${g.id}`)}</a></th><td>{g.counts.expected}</td>{STATES.map((s) => <td>{g.counts[s]}</td>)}</tr>)}
            <tr><th scope="row">Σ</th><td>{m.totals.expected}</td>{STATES.map((s) => <td><strong>{m.totals[s]}</strong></td>)}</tr>
          </tbody>
        </table>
        <div class="cards">
          <form method="post" action={`/reporting/cycles/${m.cycle.id}/reminders`} class="card stack">
            <Csrf c={c} /><input type="hidden" name="states" value="missing" />
            <div><label for="note">{t('reporting.monitor.note')}</label><input id="note" name="note" type="text" /></div>
            <button type="submit">{t('reporting.monitor.remindMissing')}</button>
          </form>
          <form method="post" action={`/reporting/cycles/${m.cycle.id}/reopen`} class="card stack">
            <Csrf c={c} />
            <div><label for="stateIso3">{t('reporting.monitor.reopenState')}</label><input id="stateIso3" name="stateIso3" type="text" required maxlength={3} /></div>
            <div><label for="until">{t('reporting.monitor.reopenUntil')}</label><input id="until" name="until" type="date" required /></div>
            <button type="submit">{t('reporting.monitor.reopen')}</button>
          </form>
        </div>
        {m.groups.map((g) => (
          <section id={`g-${g.id}`}>
            <h2>{t(`core.group.${g.id}`)}</h2>
            <table>
              <thead><tr><th>{t('reporting.col.state')}</th><th>{t('reporting.col.status')}</th><th>{t('reporting.col.submitted')}</th><th>{t('reporting.monitor.reminders')}</th></tr></thead>
              <tbody>{g.states.map((s) => (
                <tr data-state={s.state_iso3} data-status={s.state}>
                  <td>{stateName(s.state_iso3, t.lang) ?? s.official_name} <code>{s.state_iso3}</code>{s.reopened_until ? <> · <span class="tag">{t('reporting.monitor.reopened', { date: fmt(s.reopened_until) })}</span></> : null}</td>
                  <td><span class={`tag monitor-${s.state}`}>{t(`reporting.monitor.${s.state}`)}</span>{s.report_id && s.state !== 'draft' ? <> <a href={`/reports/${s.report_id}`}>R{s.current_revision}</a></> : null}</td>
                  <td>{fmt(s.first_submitted_at)}</td>
                  <td>{s.reminders ? `${s.reminders} · ${fmt(s.last_reminder)}` : '—'}</td>
                </tr>
              ))}</tbody>
            </table>
          </section>
        ))}
      </>
    ), { wide: true });
  })
  .post('/reporting/cycles/:id/reminders', async (c) => {
    const f = await readForm(c);
    const states = str(f.states) === 'missing' || !str(f.states) ? 'missing' as const : str(f.states).split(/[\s,;]+/).filter(Boolean);
    const r = await recordReminders(c.get('db'), c.get('actor'), num(c, 'id'), { states, note: str(f.note) || undefined });
    const d = r.delivery;
    return c.redirect(`/reporting/cycles/${r.cycleId}/monitor?sent=${r.states.length}&mail=${[d.sent, d.queued, d.failed, d.notConfigured, d.cancelled].join('.')}`, 303);
  })
  .post('/reporting/cycles/:id/reopen', async (c) => {
    const f = await readForm(c);
    const until = str(f.until);
    const r = await reopenCycle(c.get('db'), c.get('actor'), num(c, 'id'), { stateIso3: str(f.stateIso3), until: /^\d{4}-\d{2}-\d{2}$/.test(until) ? `${until}T23:59:59Z` : until || undefined });
    return c.redirect(`/reporting/cycles/${r.cycleId}/monitor`, 303);
  });
