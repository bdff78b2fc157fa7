import { str } from '../../server/forms.tsx';
import { Hono } from 'hono';
import { localizeError } from '../../server/errorMessages.ts';
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import { requireAccess } from '../../accounts/policy.ts';
import { LANGUAGE_NAMES, LANGUAGES, isLang } from '../../i18n/index.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { AppError, ValidationError } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { canonicalJson, fieldLimit, unflatten, type Answers } from '../answers.ts';
import { submissionWindow } from '../cycles.ts';
import { num } from './cycles.tsx';
import { diffAnswers } from '../diff.ts';
import { cancelImport } from '../commands/cancelImport.ts';
import { confirmImport } from '../commands/confirmImport.ts';
import { emptiedBy, formatOf, pendingImport } from '../importReport.ts';
import { previewImport } from '../commands/previewImport.ts';
import { answerLabel, ImportReview } from './importReview.tsx';
import { cycleRules, getRevision, listRevisions, listTranslations, reportForActor } from '../queries.ts';
import { loadQuestionnaire } from '../questionnaire.ts';
import { reportResource, StaleDraft } from '../reports.ts';
import { saveDraft } from '../commands/saveDraft.ts';
import { errorsFor } from '../fieldErrors.ts';
import { evaluateRules, findingsByField } from '../rules.ts';
import { autosaveSeconds } from '../autosave.ts';
import { questionnaireText } from '../questionnaireText.ts';
import { updateReportSettings } from '../commands/updateReportSettings.ts';
import { AnswersView, CompletenessTable, DiffTable, EditForm } from './components.tsx';
import { withdrawReport } from '../commands/withdrawReport.ts';
import { stateName } from '../../participants/names.ts';

const fmt = (d: Date | string | null | undefined, lang: Lang) => formatDate(d, lang, { time: true });

/** The form's answer fields as flat keys (everything but the control fields). */
export function formFlat(f: Record<string, unknown>) {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) if (!['_csrf', 'lockVersion', 'intent'].includes(k)) flat[k] = Array.isArray(v) ? str(v[v.length - 1]) : str(v);
  return flat;
}

export async function loadForPage(c: Ctx) {
  const db = c.get('db');
  const ctx = await reportForActor(db, c.get('actor'), num(c, 'id'));
  const q = await loadQuestionnaire(db, ctx.cycle.framework_version);
  return { ...ctx, q, db };
}

export function Header({ c, x }: { c: Ctx; x: Awaited<ReturnType<typeof loadForPage>> }) {
  const t = c.get('t');
  const r = x.report;
  return (
    <>
      <p>
        <a href="/reporting">{t('reporting.title')}</a> › <a href={`/reporting/cycles/${x.cycle.id}`}>{x.cycle.title}</a>
      </p>
      <h1>
        {stateName(x.state.iso3, t.lang) ?? x.state.official_name} — {x.cycle.title}{' '}
        {r.demo ? <span class="tag badge-synthetic">{t('reporting.demo')}</span> : null}
      </h1>
      <p>
        <span class={`tag status-${r.status}`}>{t(`reporting.status.${r.status}`)}</span>
        <span class="tag">{t(`reporting.vis.${r.visibility}`)}</span>
        <span class="tag" lang={r.language}>
          {LANGUAGE_NAMES[r.language]}
        </span>
        {r.current_revision ? <span class="tag">{t('reporting.revision', { n: r.current_revision })}</span> : null}
      </p>
      {r.status === 'withdrawn' ? (
        <p class="alert warn">
          {t('reporting.withdrawn', { date: fmt(r.withdrawn_at, t.lang) })}
          {r.withdrawal_reason ? ` — ${r.withdrawal_reason}` : ''}
        </p>
      ) : null}
    </>
  );
}

/**
 * The report form. `errors` are a refused save's or submission's messages (the typed answers are
 * shown again as they were sent); the cycle's rules are evaluated on what is shown and flagged beside
 * their fields. The form script (report-form.js) warns before leaving unsaved and autosaves.
 */
export async function renderEdit(
  c: Ctx,
  x: Awaited<ReturnType<typeof loadForPage>>,
  answers: Answers,
  lockVersion: number,
  errors: Record<string, string> = {},
  status = 200,
  notice?: string,
) {
  const t = c.get('t');
  const expectedWindow = submissionWindow(x.cycle, null);
  const [rules, text] = await Promise.all([cycleRules(x.db, x.cycle.id), questionnaireText(x.db, x.q, t)]);
  const findings = evaluateRules(x.q, answers, rules);
  const warnings = Object.fromEntries(
    Object.entries(findingsByField(findings)).map(([k, f]) => [k, { text: t(f.key, f.params), blocking: f.severity === 'error' }]),
  );
  const unsaved = Object.keys(errors).length > 0;
  return page(
    c,
    `${t('reporting.edit')} — ${stateName(x.state.iso3, t.lang) ?? x.state.official_name}`,
    <>
      <Header c={c} x={x} />
      {notice ? (
        <p class="alert ok" role="status">
          {notice}
        </p>
      ) : null}
      {unsaved ? (
        <div class="alert error" role="alert" id="form-errors">
          <h2>{t('reporting.form.errors', { n: Object.keys(errors).length })}</h2>
          <ul>
            {Object.entries(errors).map(([k, v]) => (
              <li>
                <a href={`#${k}`}>{answerLabel(t, x.q, k)}</a>: {v}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!unsaved && findings.length ? (
        <div class="alert warn" id="form-warnings">
          <p>{t('reporting.form.warnings', { n: Object.keys(warnings).length })}</p>
          <ul>
            {Object.entries(warnings).map(([k, w]) => (
              <li>
                <a href={`#${k}`}>{answerLabel(t, x.q, k)}</a>: {w.text}
                {w.blocking ? ` (${t('reporting.rule.blocksSubmission')})` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="muted">
        {t('reporting.noQuestionMandatory')} {t('reporting.lockVersion', { version: lockVersion })} · {t(`reporting.cycle.window.${expectedWindow}`)}
      </p>
      <CompletenessTable t={t} q={x.q} answers={answers} />
      <form
        method="post"
        action={`/reports/${x.report.id}/edit`}
        class="report-form"
        data-warn-unsaved="1"
        data-dirty={unsaved ? '1' : undefined}
        data-autosave={`/reports/${x.report.id}/autosave`}
        data-autosave-seconds={String(autosaveSeconds())}
        data-status="autosave-status"
        data-msg-saved={t('reporting.autosave.saved')}
        data-msg-stale={t('reporting.autosave.stale')}
        data-msg-invalid={t('reporting.autosave.invalid')}
        data-msg-offline={t('reporting.autosave.offline')}
      >
        <Csrf c={c} />
        <input type="hidden" name="lockVersion" value={String(lockVersion)} />
        <EditForm t={t} q={x.q} answers={answers} errors={errors} warnings={warnings} limit={fieldLimit()} guidance={text.elements} />
        <p class="actions sticky-actions">
          <button type="submit" name="intent" value="save">
            {t('reporting.save')}
          </button>{' '}
          <button type="submit" name="intent" value="review" class="secondary">
            {t('reporting.review.open')}
          </button>{' '}
          <span id="autosave-status" role="status" class="muted"></span>
        </p>
      </form>
      <script src="/assets/report-form.js" defer></script>
    </>,
    { wide: true, status },
  );
}

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
  .get('/reports/:id/edit', async (c) => {
    const x = await loadForPage(c);
    requireAccess(c.get('actor'), 'report.write', reportResource(x.report));
    const saved = c.req.query('saved');
    return await renderEdit(
      c,
      x,
      x.report.draft_answers as Answers,
      x.report.lock_version,
      {},
      200,
      saved ? c.get('t')('reporting.saved', { version: saved }) : undefined,
    );
  })
  .post('/reports/:id/edit', async (c) => {
    const t = c.get('t');
    const x = await loadForPage(c);
    const actor = c.get('actor');
    requireAccess(actor, 'report.write', reportResource(x.report));
    const f = await readForm(c);
    const { answers, unknown } = unflatten(formFlat(f));
    if (unknown.length)
      throw ValidationError(
        `Unknown fields: ${unknown.slice(0, 5).join(', ')}.`,
        Object.fromEntries(unknown.map((k) => [k, 'Not a field of this questionnaire.'])),
        'report.invalid',
      );
    const lockVersion = Number(str(f.lockVersion));
    try {
      const saved = await saveDraft(x.db, actor, x.report.id, { lockVersion, answers });
      // Submitting goes through the review step (what is answered, what is empty, what the rules say).
      if (str(f.intent) === 'review' || str(f.intent) === 'submit') return c.redirect(`/reports/${x.report.id}/review`, 303);
      return c.redirect(`/reports/${x.report.id}/edit?saved=${saved.lockVersion}`, 303);
    } catch (err) {
      if (err instanceof StaleDraft) {
        return page(
          c,
          t('reporting.stale.title'),
          <>
            <Header c={c} x={x} />
            <div class="alert error" role="alert">
              <h2>{t('reporting.stale.title')}</h2>
              <p>{localizeError(err, t).message}</p>
              <p class="muted">
                <code>{err.code}</code>
              </p>
            </div>
            <h2>
              {t('reporting.stale.theirs', { version: err.current.lockVersion })} → {t('reporting.stale.yours')}
            </h2>
            <DiffTable t={t} q={x.q} changes={diffAnswers(err.current.answers, err.yours.answers, x.q.elementIds)} />
            <form method="post" action={`/reports/${x.report.id}/edit`}>
              <Csrf c={c} />
              <input type="hidden" name="lockVersion" value={String(err.current.lockVersion)} />
              {Object.entries(formFlat(f)).map(([k, v]) => (
                <input type="hidden" name={k} value={v} />
              ))}
              <button type="submit" name="intent" value="save">
                {t('reporting.stale.saveMine')}
              </button>{' '}
              <a class="button secondary" href={`/reports/${x.report.id}/edit`}>
                {t('reporting.edit')} ({t('reporting.stale.theirs', { version: err.current.lockVersion })})
              </a>
            </form>
          </>,
          { status: 409, wide: true },
        );
      }
      if (err instanceof AppError && err.fields && err.status === 400) return await renderEdit(c, x, answers, lockVersion, errorsFor(t, err), 400);
      if (err instanceof AppError && err.code.startsWith('report.cycle_')) {
        const fresh = await loadForPage(c);
        return page(
          c,
          t('core.error.title'),
          <>
            <Header c={c} x={fresh} />
            <div class="alert error" role="alert">
              <p>{localizeError(err, t).message}</p>
              <p class="muted">
                <code>{err.code}</code>
              </p>
            </div>
            <p>
              <a href={`/reports/${x.report.id}/edit`}>{t('reporting.edit')}</a>
            </p>
          </>,
          { status: err.status },
        );
      }
      throw err;
    }
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
  })
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
  })
  .get('/reports/:id/import', async (c) => {
    const t = c.get('t');
    const x = await loadForPage(c);
    requireAccess(c.get('actor'), 'report.write', reportResource(x.report));
    return page(
      c,
      t('reporting.import'),
      <>
        <Header c={c} x={x} />
        <h2>{t('reporting.import')}</h2>
        {c.req.query('cancelled') ? (
          <p class="alert ok" role="status">
            {t('reporting.import.cancelled')}
          </p>
        ) : null}
        <p class="muted">{t('reporting.import.help')}</p>
        <form method="post" action={`/reports/${x.report.id}/import`} enctype="multipart/form-data" class="stack">
          <Csrf c={c} />
          <div>
            <label for="file">{t('reporting.import.file')}</label>
            <input id="file" name="file" type="file" accept=".docx,.json,.csv,.tsv,.txt" required />
          </div>
          <button type="submit">{t('reporting.import.preview')}</button>
        </form>
      </>,
    );
  })
  .post('/reports/:id/import', async (c) => {
    const t = c.get('t');
    const x = await loadForPage(c);
    requireAccess(c.get('actor'), 'report.write', reportResource(x.report));
    const f = await readForm(c);
    const file = f.file;
    if (!(file instanceof File)) throw ValidationError('Choose a file to upload.', { file: 'Choose a DOCX, JSON or CSV file.' }, 'import.invalid');
    const format = formatOf(file.name, file.type);
    if (!format) throw ValidationError('Upload a .docx, .json or .csv file.', { file: 'Unsupported file type.' }, 'import.unsupported');
    const p = await previewImport(x.db, c.get('actor'), x.report.id, format, new Uint8Array(await file.arrayBuffer()));
    // A valid upload is kept as a pending import: its review page can be reloaded, confirmed or cancelled.
    if (p.valid && p.importId) return c.redirect(`/reports/${x.report.id}/imports/${p.importId}`, 303);
    return page(
      c,
      t('reporting.import.title'),
      <>
        <Header c={c} x={x} />
        <h2>{t('reporting.import.title')}</h2>
        <div class="alert error" role="alert">
          <p>{t('reporting.import.errors')}</p>
          <ul>
            {Object.entries(p.errors).map(([k, v]) => (
              <li>
                {answerLabel(t, x.q, k)} (<code>{k}</code>): {v}
              </li>
            ))}
          </ul>
        </div>
        {p.changes.length ? <DiffTable t={t} q={x.q} changes={p.changes} /> : null}
        <p>
          <a href={`/reports/${x.report.id}/import`}>{t('reporting.import')}</a>
        </p>
      </>,
      { wide: true, status: 422 },
    );
  })
  .get('/reports/:id/imports/:importId', async (c) => {
    const t = c.get('t');
    const x = await loadForPage(c);
    requireAccess(c.get('actor'), 'report.write', reportResource(x.report));
    const imp = await pendingImport(x.db, x.report.id, num(c, 'importId'));
    const draft = x.report.draft_answers as Answers;
    return page(
      c,
      t('reporting.import.title'),
      <>
        <Header c={c} x={x} />
        <h2>{t('reporting.import.title')}</h2>
        {imp.base_lock_version !== x.report.lock_version ? (
          <p class="alert warn" role="alert">
            {t('reporting.stale.title')}
          </p>
        ) : null}
        <ImportReview
          t={t}
          q={x.q}
          csrf={<Csrf c={c} />}
          action={`/reports/${x.report.id}/imports/${imp.id}`}
          draft={draft}
          changes={diffAnswers(draft, imp.answers, x.q.elementIds)}
          blanking={emptiedBy(draft, imp.answers)}
        />
      </>,
      { wide: true },
    );
  })
  .post('/reports/:id/imports/:importId/cancel', async (c) => {
    const r = await cancelImport(c.get('db'), c.get('actor'), num(c, 'id'), { importId: num(c, 'importId') });
    return c.redirect(`/reports/${r.reportId}/import?cancelled=1`, 303);
  })
  .post('/reports/:id/imports/:importId/confirm', async (c) => {
    const f = await readForm(c);
    try {
      const saved = await confirmImport(c.get('db'), c.get('actor'), num(c, 'id'), num(c, 'importId'), { confirmEmptying: str(f.confirmEmptying) === '1' });
      return c.redirect(`/reports/${saved.id}/edit?saved=${saved.lockVersion}`, 303);
    } catch (err) {
      // Sent without the emptying confirmation (the draft gained answers since the review was shown):
      // back to the review, which now lists what would be emptied.
      if (err instanceof AppError && err.code === 'import.confirm_emptying') return c.redirect(`/reports/${num(c, 'id')}/imports/${num(c, 'importId')}`, 303);
      throw err;
    }
  });
