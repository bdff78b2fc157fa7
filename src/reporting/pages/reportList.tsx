import type { Actor } from '../../accounts/actor.ts';
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import type { Db } from '../../db/engine.ts';
import { isLang, LANGUAGE_NAMES, LANGUAGES } from '../../i18n/index.ts';
import { stateName } from '../../participants/names.ts';
import type { Ctx } from '../../server/context.ts';
import { countReports, listReports, reportFacets, type ReportFilter } from '../queries.ts';

/** Reports a page of the list shows; the API keeps its own limit. */
export const REPORTS_PER_PAGE = 25;
const STATUSES = ['submitted', 'draft', 'withdrawn'] as const;
const fmt = (d: Date | string | null | undefined, lang: Lang) => formatDate(d, lang, { time: true });

export function ReportList({ c, rows }: { c: Ctx; rows: Awaited<ReturnType<typeof listReports>> }) {
  const t = c.get('t');
  if (!rows.length) return <p class="muted">{t('reporting.noReports')}</p>;
  return (
    <table class="reports">
      <thead>
        <tr>
          <th scope="col">{t('reporting.col.state')}</th>
          <th scope="col">{t('reporting.col.cycle')}</th>
          <th scope="col">{t('reporting.col.status')}</th>
          <th scope="col">{t('reporting.col.revision')}</th>
          <th scope="col">{t('reporting.col.visibility')}</th>
          <th scope="col">{t('reporting.col.submitted')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr data-report={String(r.id)}>
            <td>
              <a href={`/reports/${r.id}`}>{stateName(r.state_iso3, t.lang) ?? r.state_name}</a> <code>{r.state_iso3}</code>{' '}
              {r.demo ? <span class="tag badge-synthetic">{t('reporting.demo')}</span> : null}
            </td>
            <td dir="auto">{r.cycle_title}</td>
            <td>
              <span class={`tag status-${r.status}`}>{t(`reporting.status.${r.status}`)}</span>
            </td>
            <td>{r.current_revision || '—'}</td>
            <td>{t(`reporting.vis.${r.visibility}`)}</td>
            <td>{fmt(r.last_submitted_at, t.lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The list's filters from the address; anything unknown is ignored rather than refused. */
export function filterFrom(c: Ctx, fixed: Partial<ReportFilter> = {}): ReportFilter & { page: number } {
  const q = (k: string) => c.req.query(k)?.trim() ?? '';
  const status = STATUSES.find((s) => s === q('status'));
  const page = Math.max(1, Math.min(10_000, Math.floor(Number(q('page')) || 1)));
  return {
    q: q('q') || undefined,
    state: /^[A-Za-z]{3}$/.test(q('state')) ? q('state').toUpperCase() : undefined,
    status,
    language: isLang(q('language')) ? q('language') : undefined,
    cycleId: Number(q('cycle')) > 0 ? Number(q('cycle')) : undefined,
    ...fixed,
    page,
  };
}

/**
 * The reports list with its filters (cycle, State, status, language, text) and pages of
 * REPORTS_PER_PAGE. `action` is the page it lives on; `fixed` filters that page already applies.
 * Rendered by awaiting it (the page layout takes finished markup, not async components).
 */
export async function filteredReports(c: Ctx, db: Db, actor: Actor, action: string, fixed: Partial<ReportFilter> = {}) {
  const t = c.get('t');
  const f = filterFrom(c, fixed);
  const [rows, total, facets] = await Promise.all([
    listReports(db, actor, { ...f, limit: REPORTS_PER_PAGE, offset: (f.page - 1) * REPORTS_PER_PAGE }),
    countReports(db, actor, f),
    reportFacets(db, actor),
  ]);
  const pages = Math.max(1, Math.ceil(total / REPORTS_PER_PAGE));
  const link = (page: number) => {
    const p = new URLSearchParams();
    if (f.q) p.set('q', f.q);
    if (f.state) p.set('state', f.state);
    if (f.status) p.set('status', f.status);
    if (f.language) p.set('language', f.language);
    if (f.cycleId && !fixed.cycleId) p.set('cycle', String(f.cycleId));
    if (c.req.query('lang')) p.set('lang', c.req.query('lang')!);
    if (page > 1) p.set('page', String(page));
    const s = p.toString();
    return `${action}${s ? `?${s}` : ''}#reports`;
  };
  const states = facets.states.map((iso3) => ({ iso3, name: stateName(iso3, t.lang) ?? iso3 })).sort((a, b) => a.name.localeCompare(b.name, t.lang));
  const from = total ? (f.page - 1) * REPORTS_PER_PAGE + 1 : 0;
  return (
    <section id="reports" aria-labelledby="reports-title">
      <h2 id="reports-title">{t('reporting.reports')}</h2>
      <form method="get" action={`${action}#reports`} class="filters" role="search">
        {c.req.query('lang') ? <input type="hidden" name="lang" value={c.req.query('lang')} /> : null}
        <div>
          <label for="q">{t('reporting.search')}</label>
          <input dir="auto" id="q" name="q" type="search" value={f.q ?? ''} />
        </div>
        {fixed.cycleId ? null : (
          <div>
            <label for="f-cycle">{t('reporting.col.cycle')}</label>
            <select id="f-cycle" name="cycle">
              <option value="">{t('reporting.list.all')}</option>
              {facets.cycles.map((cy) => (
                <option value={String(cy.id)} selected={cy.id === f.cycleId}>
                  {cy.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label for="f-state">{t('reporting.col.state')}</label>
          <select id="f-state" name="state">
            <option value="">{t('reporting.list.all')}</option>
            {states.map((s) => (
              <option value={s.iso3} selected={s.iso3 === f.state}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="f-status">{t('reporting.col.status')}</label>
          <select id="f-status" name="status">
            <option value="">{t('reporting.list.all')}</option>
            {STATUSES.map((s) => (
              <option value={s} selected={s === f.status}>
                {t(`reporting.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="f-language">{t('reporting.language')}</label>
          <select id="f-language" name="language">
            <option value="">{t('reporting.list.all')}</option>
            {LANGUAGES.map((l) => (
              <option value={l} selected={l === f.language}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('reporting.searchButton')}</button>
      </form>
      <p class="muted" role="status">
        {t('reporting.list.showing', { from, to: Math.min(total, f.page * REPORTS_PER_PAGE), total })}
      </p>
      <ReportList c={c} rows={rows} />
      {pages > 1 ? (
        <nav class="pager" aria-label={t('reporting.list.pages')}>
          {f.page > 1 ? (
            <a href={link(f.page - 1)} rel="prev">
              {t('reporting.list.prev')}
            </a>
          ) : null}{' '}
          <span>{t('reporting.list.page', { page: f.page, pages })}</span>{' '}
          {f.page < pages ? (
            <a href={link(f.page + 1)} rel="next">
              {t('reporting.list.next')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
