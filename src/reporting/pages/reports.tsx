import { str } from '../../server/forms.tsx';
import { Hono } from 'hono';
import { LANGUAGE_NAMES, LANGUAGES, isLang } from '../../i18n/index.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv } from '../../server/context.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { canonicalJson, type Answers } from '../answers.ts';
import { num } from './cycles.tsx';
import { getRevision, listRevisions } from '../queries.ts';
import { updateReportSettings } from '../commands/updateReportSettings.ts';
import { AnswersView, CompletenessTable } from './components.tsx';
import { withdrawReport } from '../commands/withdrawReport.ts';
import { stateName } from '../../participants/names.ts';

import { fmt, Header, loadForPage } from './reportHeader.tsx';

/** A report's page: the answers shown to the reader, the owner's tools (settings, exports, withdrawal), revisions. */
export const reportPages = new Hono<AppEnv>()
  .get('/reports/:id', async (c) => {
    const t = c.get('t');
    const x = await loadForPage(c);
    const r = x.report;
    const revisions = r.current_revision ? await listRevisions(x.db, r.id) : [];
    const latest = r.current_revision ? await getRevision(x.db, r.id, r.current_revision) : null;
    const draft = r.draft_answers as Answers;
    const unsubmitted = x.owner && latest && canonicalJson(latest.answers) !== canonicalJson(draft);
    const shown = latest?.answers ?? (x.owner ? draft : {});
    return page(
      c,
      `${stateName(x.state.iso3, t.lang) ?? x.state.official_name} — ${x.cycle.title}`,
      <>
        <Header c={c} x={x} />
        {x.owner ? (
          <section class="card owner-tools">
            <p>
              <a class="button" href={`/reports/${r.id}/edit`}>
                {t('reporting.edit')}
              </a>{' '}
              <a class="button secondary" href={`/reports/${r.id}/import`}>
                {t('reporting.import')}
              </a>
            </p>
            {!latest ? <p class="alert warn">{t('reporting.draftOnly')}</p> : null}
            {unsubmitted ? <p class="alert warn">{t('reporting.unsubmitted')}</p> : null}
            <form method="post" action={`/reports/${r.id}/settings`} class="filters">
              <Csrf c={c} />
              <div>
                <label for="visibility">{t('reporting.visibility')}</label>
                <select id="visibility" name="visibility">
                  {(['public', 'states', 'secretariat'] as const).map((v) => (
                    <option value={v} selected={r.visibility === v}>
                      {t(`reporting.vis.${v}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label for="language">{t('reporting.language')}</label>
                <select id="language" name="language">
                  {LANGUAGES.map((l) => (
                    <option value={l} selected={r.language === l}>
                      {LANGUAGE_NAMES[l]}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" class="secondary">
                {t('reporting.settings.save')}
              </button>
            </form>
            <p>
              {t('reporting.export')} ({t('reporting.edit')}):{' '}
              {LANGUAGES.map((l) => (
                <a class="tag" href={`/api/v1/reports/${r.id}/export.docx?source=draft&lang=${l}`}>
                  DOCX · {LANGUAGE_NAMES[l]}
                </a>
              ))}{' '}
              <a class="tag" href={`/api/v1/reports/${r.id}/export.json?source=draft`}>
                JSON
              </a>{' '}
              <a class="tag" href={`/api/v1/reports/${r.id}/export.csv?source=draft`}>
                CSV
              </a>
            </p>
            {r.status === 'submitted' ? (
              <details>
                <summary>{t('reporting.withdraw')}</summary>
                <form method="post" action={`/reports/${r.id}/withdraw`} class="stack">
                  <Csrf c={c} />
                  <div>
                    <label for="reason">{t('reporting.withdraw.reason')}</label>
                    <input dir="auto" id="reason" name="reason" type="text" />
                  </div>
                  <button type="submit" class="secondary">
                    {t('reporting.withdraw')}
                  </button>
                </form>
              </details>
            ) : null}
          </section>
        ) : null}
        {latest ? (
          <p>
            {t('reporting.export')}:{' '}
            {LANGUAGES.map((l) => (
              <a class="tag" href={`/api/v1/reports/${r.id}/export.docx?lang=${l}`}>
                DOCX · {LANGUAGE_NAMES[l]}
              </a>
            ))}{' '}
            <a class="tag" href={`/api/v1/reports/${r.id}/export.pdf`}>
              PDF
            </a>{' '}
            <a class="tag" href={`/api/v1/reports/${r.id}/export.json`}>
              JSON
            </a>{' '}
            <a class="tag" href={`/api/v1/reports/${r.id}/export.csv`}>
              CSV
            </a>
          </p>
        ) : null}
        {revisions.length ? (
          <section>
            <h2>{t('reporting.revisions')}</h2>
            <table class="revisions">
              <thead>
                <tr>
                  <th>{t('reporting.col.revision')}</th>
                  <th>{t('reporting.receipt.number')}</th>
                  <th>{t('reporting.col.submitted')}</th>
                  <th>
                    <span class="visually-hidden">{t('reporting.receipt')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((v) => (
                  <tr>
                    <td>
                      <a href={`/reports/${r.id}/revisions/${v.revision}`}>{t('reporting.revision', { n: v.revision })}</a>
                    </td>
                    <td>
                      <code>{v.receipt}</code>
                    </td>
                    <td>
                      {fmt(v.submitted_at, t.lang)} · {v.on_time ? t('reporting.receipt.onTime') : t('reporting.receipt.late')}
                    </td>
                    <td>
                      <a href={`/reports/${r.id}/revisions/${v.revision}/receipt`}>{t('reporting.receipt')}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {revisions.length > 1 ? (
              <form method="get" action={`/reports/${r.id}/diff`} class="filters">
                <div>
                  <label for="from">{t('reporting.diff.from')}</label>
                  <select id="from" name="from">
                    {revisions.map((v) => (
                      <option value={String(v.revision)} selected={v.revision === revisions[1]!.revision}>
                        R{v.revision}
                      </option>
                    ))}
                  </select>
                </div>
                <div>
                  <label for="to">{t('reporting.diff.to')}</label>
                  <select id="to" name="to">
                    {revisions.map((v) => (
                      <option value={String(v.revision)}>R{v.revision}</option>
                    ))}
                  </select>
                </div>
                <button type="submit">{t('reporting.diff.show')}</button>
              </form>
            ) : null}
          </section>
        ) : null}
        <CompletenessTable t={t} q={x.q} answers={shown} />
        <AnswersView t={t} q={x.q} answers={shown} />
      </>,
      { wide: true },
    );
  })
  .post('/reports/:id/settings', async (c) => {
    const f = await readForm(c);
    const lang = str(f.language);
    const r = await updateReportSettings(c.get('db'), c.get('actor'), num(c, 'id'), {
      visibility: (str(f.visibility) || undefined) as 'public' | undefined,
      language: isLang(lang) ? lang : undefined,
    });
    return c.redirect(`/reports/${r.id}`, 303);
  })
  .post('/reports/:id/withdraw', async (c) => {
    const f = await readForm(c);
    const r = await withdrawReport(c.get('db'), c.get('actor'), num(c, 'id'), { reason: str(f.reason) || undefined });
    return c.redirect(`/reports/${r.id}`, 303);
  });
