import { Hono } from 'hono';
import { LANGUAGE_NAMES } from '../../i18n/index.ts';
import type { AppEnv } from '../../server/context.ts';
import { page } from '../../server/layout.tsx';
import { type Answers } from '../answers.ts';
import { num } from './cycles.tsx';
import { diffAnswers } from '../diff.ts';
import { getRevision, listTranslations } from '../queries.ts';
import { AnswersView, DiffTable } from './components.tsx';
import { stateName } from '../../participants/names.ts';

import { fmt, Header, loadForPage } from './reportHeader.tsx';

/** A report's submitted revisions: one revision (or a translation of it), its receipt, the diff of two. */
export const revisionPages = new Hono<AppEnv>()
  .get('/reports/:id/revisions/:n', async (c) => {
    const t = c.get('t');
    const x = await loadForPage(c);
    const rev = await getRevision(x.db, x.report.id, num(c, 'n'));
    const translations = await listTranslations(x.db, x.report.id, rev.revision);
    const tr = translations.find((v) => String(v.id) === c.req.query('translation'));
    return page(
      c,
      `${stateName(x.state.iso3, t.lang) ?? x.state.official_name} — ${t('reporting.revision', { n: rev.revision })}`,
      <>
        <Header c={c} x={x} />
        <h2>
          {t('reporting.revision', { n: rev.revision })} · <code>{rev.receipt}</code>
        </h2>
        <p class="muted">
          {fmt(rev.submitted_at, t.lang)} · <a href={`/reports/${x.report.id}/revisions/${rev.revision}/receipt`}>{t('reporting.receipt')}</a>
        </p>
        {translations.length ? (
          <nav class="filters" aria-label={t('reporting.translations')}>
            <a href={`/reports/${x.report.id}/revisions/${rev.revision}`} aria-current={!tr ? 'true' : undefined}>
              {t('reporting.original', { lang: LANGUAGE_NAMES[rev.language] })}
            </a>
            {translations.map((v) => (
              <a href={`?translation=${v.id}`} lang={v.language} aria-current={tr?.id === v.id ? 'true' : undefined}>
                {LANGUAGE_NAMES[v.language]} ({t(`reporting.translation.${v.method}`)})
              </a>
            ))}
          </nav>
        ) : null}
        {tr ? (
          <p class="alert warn">
            {LANGUAGE_NAMES[tr.language]} — {t(`reporting.translation.${tr.method}`)}
            {tr.translator ? ` · ${tr.translator}` : ''}
          </p>
        ) : null}
        <div lang={tr?.language ?? rev.language}>
          <AnswersView t={t} q={x.q} answers={(tr?.answers ?? rev.answers) as Answers} />
        </div>
      </>,
      { wide: true },
    );
  })
  .get('/reports/:id/revisions/:n/receipt', async (c) => {
    const t = c.get('t');
    const x = await loadForPage(c);
    const rev = await getRevision(x.db, x.report.id, num(c, 'n'));
    return page(
      c,
      `${t('reporting.receipt')} ${rev.receipt}`,
      <>
        <style>
          {'@media print { header.top, footer.foot, .no-print { display: none !important; } main { padding: 0; } .receipt { border: 2px solid #000; } }'}
        </style>
        {c.req.query('new') ? (
          <p class="alert ok no-print" role="status">
            {t('reporting.submittedOk', { receipt: rev.receipt })}
          </p>
        ) : null}
        <article class="card receipt">
          <h1>{t('reporting.receipt.title')}</h1>
          <dl class="facts">
            <dt>{t('reporting.receipt.number')}</dt>
            <dd>
              <strong class="receipt-number">{rev.receipt}</strong>
            </dd>
            <dt>{t('reporting.col.state')}</dt>
            <dd>
              {stateName(x.state.iso3, t.lang) ?? x.state.official_name} ({x.state.iso3})
            </dd>
            <dt>{t('reporting.col.cycle')}</dt>
            <dd>
              {x.cycle.title} ({x.cycle.code})
            </dd>
            <dt>{t('reporting.col.revision')}</dt>
            <dd>{rev.revision}</dd>
            <dt>{t('reporting.col.submitted')}</dt>
            <dd>
              {fmt(rev.submitted_at, t.lang)} — {rev.on_time ? t('reporting.receipt.onTime') : t('reporting.receipt.late')}
            </dd>
            <dt>{t('reporting.submittedBy')}</dt>
            <dd>{rev.submitted_by_label}</dd>
            <dt>{t('reporting.language')}</dt>
            <dd>{LANGUAGE_NAMES[rev.language]}</dd>
            <dt>{t('reporting.col.visibility')}</dt>
            <dd>{t(`reporting.vis.${x.report.visibility}`)}</dd>
            <dt>{t('reporting.receipt.checksum')}</dt>
            <dd>
              <code style="overflow-wrap:anywhere">{rev.checksum}</code>
            </dd>
          </dl>
        </article>
        <p class="no-print">
          <button type="button" data-print>
            {t('reporting.receipt.print')}
          </button>{' '}
          <a href={`/reports/${x.report.id}`}>{t('reporting.reports')}</a> ·{' '}
          <a href={`/reports/${x.report.id}/revisions/${rev.revision}`}>{t('reporting.revision', { n: rev.revision })}</a>
        </p>
      </>,
    );
  })
  .get('/reports/:id/diff', async (c) => {
    const t = c.get('t');
    const x = await loadForPage(c);
    const from = await getRevision(x.db, x.report.id, Number(c.req.query('from')));
    const to = await getRevision(x.db, x.report.id, Number(c.req.query('to')));
    return page(
      c,
      t('reporting.diff'),
      <>
        <Header c={c} x={x} />
        <h2>
          {t('reporting.diff')}: R{from.revision} → R{to.revision}
        </h2>
        <DiffTable t={t} q={x.q} changes={diffAnswers(from.answers, to.answers, x.q.elementIds)} />
      </>,
      { wide: true },
    );
  });
