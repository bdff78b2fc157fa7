import { str } from '../../server/forms.tsx';
import { Hono } from 'hono';
import { localizeError } from '../../server/errorMessages.ts';
import { requireAccess } from '../../accounts/policy.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { AppError, ValidationError } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { fieldLimit, unflatten, type Answers } from '../answers.ts';
import { submissionWindow } from '../cycles.ts';
import { diffAnswers } from '../diff.ts';
import { answerLabel } from './importReview.tsx';
import { cycleRules } from '../queries.ts';
import { reportResource, StaleDraft } from '../reports.ts';
import { saveDraft } from '../commands/saveDraft.ts';
import { errorsFor } from '../fieldErrors.ts';
import { evaluateRules, findingsByField } from '../rules.ts';
import { autosaveSeconds } from '../autosave.ts';
import { questionnaireText } from '../questionnaireText.ts';
import { CompletenessTable, DiffTable, EditForm } from './components.tsx';
import { stateName } from '../../participants/names.ts';

import { Header, loadForPage } from './reportHeader.tsx';

/** The form's answer fields as flat keys (everything but the control fields). */
export function formFlat(f: Record<string, unknown>) {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) if (!['_csrf', 'lockVersion', 'intent'].includes(k)) flat[k] = Array.isArray(v) ? str(v[v.length - 1]) : str(v);
  return flat;
}

/** The form's answers; a field the questionnaire does not have is refused (400 report.invalid). */
export function formAnswers(f: Record<string, unknown>): Answers {
  const { answers, unknown } = unflatten(formFlat(f));
  if (unknown.length)
    throw ValidationError(
      `Unknown fields: ${unknown.slice(0, 5).join(', ')}.`,
      Object.fromEntries(unknown.map((k) => [k, 'Not a field of this questionnaire.'])),
      'report.invalid',
    );
  return answers;
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

/** The report form: editing the draft, saving it (a stale save shows both versions), then the review. */
export const reportEditPages = new Hono<AppEnv>()
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
    const answers = formAnswers(f);
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
  });
