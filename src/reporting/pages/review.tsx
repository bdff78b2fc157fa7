import { str } from '../../server/forms.tsx';
import { Hono } from 'hono';
import { localizeError } from '../../server/errorMessages.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Translate } from '../../i18n/index.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { AppError, ValidationError } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { GENERAL_FIELDS, type Answers } from '../answers.ts';
import { endOfDay, stateWindow } from '../cycles.ts';
import { errorsFor } from '../fieldErrors.ts';
import { answerLabel } from './importReview.tsx';
import { cycleRules } from '../queries.ts';
import { elementAnswered, titleOf, type Questionnaire } from '../questionnaire.ts';
import { Header, loadForPage } from './reportHeader.tsx';
import { formAnswers, renderEdit } from './reportEdit.tsx';
import { reportResource, StaleDraft } from '../reports.ts';
import { evaluateRules, isEmptyReport, type Finding } from '../rules.ts';
import { saveDraft } from '../commands/saveDraft.ts';
import { submitReport } from '../commands/submitReport.ts';

type Loaded = Awaited<ReturnType<typeof loadForPage>>;

/** Per pillar (and the general questions): what is answered, with its status, and what is empty. */
function Coverage({ t, q, a, editHref }: { t: Translate; q: Questionnaire; a: Answers; editHref: string }) {
  const general = GENERAL_FIELDS.map((f) => ({ id: `general.${f}`, label: t(`reporting.general.${f}`), answered: !!a.general?.[f], status: '' }));
  const rows = [
    { id: 'general', title: t('reporting.general'), items: general },
    ...q.pillars.map((p) => ({
      id: p.id,
      title: titleOf(t, 'pillar', p.id, p.title),
      items: p.elements.map((e) => ({
        id: `el-${e.id}`,
        label: titleOf(t, 'el', e.id, e.title),
        answered: elementAnswered(a, e.id),
        status: a.elements?.[e.id]?.status ?? '',
      })),
    })),
  ];
  return (
    <table class="review-coverage">
      <caption>{t('reporting.review.coverage')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reporting.review.section')}</th>
          <th scope="col">{t('reporting.review.answered')}</th>
          <th scope="col">{t('reporting.review.empty')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const done = r.items.filter((i) => i.answered);
          const empty = r.items.filter((i) => !i.answered);
          return (
            <tr data-section={r.id} class={r.id === 'general' ? undefined : `pillar-${r.id}`}>
              <th scope="row">
                {r.title}
                <br />
                <span class="muted">{t('reporting.completeness.row', { answered: done.length, total: r.items.length })}</span>
              </th>
              <td>
                {done.length ? (
                  <ul>
                    {done.map((i) => (
                      <li>
                        {i.label}
                        {i.status ? (
                          <>
                            {' '}
                            · <span class={`tag status-${i.status}`}>{t(`reporting.st.${i.status}`)}</span>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {empty.length ? (
                  <ul>
                    {empty.map((i) => (
                      <li>
                        <a href={`${editHref}#${i.id}`}>{i.label}</a>
                      </li>
                    ))}
                  </ul>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          );
        })}
        <tr data-section="needs" class="pillar-capacity-building">
          <th scope="row">{t('reporting.needs')}</th>
          <td colspan={2}>{t('reporting.review.needs', { n: a.capacityNeeds?.length ?? 0 })}</td>
        </tr>
      </tbody>
    </table>
  );
}

function FindingList({ t, q, findings, editHref }: { t: Translate; q: Questionnaire; findings: Finding[]; editHref: string }) {
  return (
    <ul>
      {findings.map((f) => (
        <li data-field={f.field}>
          <a href={`${editHref}#${f.field}`}>{answerLabel(t, q, f.field)}</a>: {t(f.key, f.params)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The step between the form and submission: what is answered and empty per pillar, what the cycle's
 * rules say (errors must be fixed first, warnings need not), and Submit, for exactly the version shown.
 */
async function renderReview(c: Ctx, x: Loaded, opts: { status?: number; problem?: string } = {}) {
  const t = c.get('t');
  const r = x.report;
  const answers = r.draft_answers as Answers;
  const editHref = `/reports/${r.id}/edit`;
  const findings = evaluateRules(x.q, answers, await cycleRules(x.db, x.cycle.id));
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const empty = isEmptyReport(x.q, answers);
  const now = new Date();
  const window = await stateWindow(x.db, x.cycle, r.state_iso3, now);
  const canSubmit = !empty && !errors.length && (window === 'open' || window === 'reopened');
  return page(
    c,
    `${t('reporting.review.title')} — ${x.cycle.title}`,
    <>
      <Header c={c} x={x} />
      <h2>{t('reporting.review.title')}</h2>
      <p>{t('reporting.review.lede')}</p>
      {opts.problem ? (
        <p class="alert error" role="alert">
          {opts.problem}
        </p>
      ) : null}
      {empty ? (
        <div class="alert error" role="alert" id="review-empty">
          <p>{t('reporting.review.emptyReport')}</p>
        </div>
      ) : null}
      {errors.length ? (
        <section class="alert error" role="alert" id="review-errors">
          <h3>{t('reporting.review.errors', { n: errors.length })}</h3>
          <FindingList t={t} q={x.q} findings={errors} editHref={editHref} />
        </section>
      ) : null}
      {warnings.length ? (
        <section class="alert warn" id="review-warnings">
          <h3>{t('reporting.review.warnings', { n: warnings.length })}</h3>
          <FindingList t={t} q={x.q} findings={warnings} editHref={editHref} />
        </section>
      ) : null}
      {/* Submit before the long coverage table, so the keyboard reaches it without passing every empty question's link. */}
      {canSubmit ? (
        <form method="post" action={`/reports/${r.id}/submit`} class="card stack review-submit">
          <Csrf c={c} />
          <input type="hidden" name="lockVersion" value={String(r.lock_version)} />
          <p>
            {t('reporting.review.will', { n: r.current_revision + 1 })}{' '}
            {now <= endOfDay(x.cycle.due_on) ? t('reporting.receipt.onTime') : t('reporting.receipt.late')} · {t(`reporting.vis.${r.visibility}`)}
          </p>
          <p>
            <button type="submit">{t('reporting.review.submit', { n: r.current_revision + 1 })}</button> <a href={editHref}>{t('reporting.review.back')}</a>
          </p>
        </form>
      ) : (
        <p class="card">
          {!empty && !errors.length ? <>{t(`reporting.cycle.window.${window}`)} · </> : null}
          <a class="button" href={editHref}>
            {t('reporting.review.back')}
          </a>
        </p>
      )}
      <Coverage t={t} q={x.q} a={answers} editHref={editHref} />
    </>,
    { wide: true, status: opts.status },
  );
}

export const reviewPages = new Hono<AppEnv>()
  .get('/reports/:id/review', async (c) => {
    const x = await loadForPage(c);
    requireAccess(c.get('actor'), 'report.write', reportResource(x.report));
    return renderReview(c, x, { problem: c.req.query('stale') ? c.get('t')('reporting.review.changed') : undefined });
  })
  .post('/reports/:id/submit', async (c) => {
    const t = c.get('t');
    const x = await loadForPage(c);
    const actor = c.get('actor');
    requireAccess(actor, 'report.write', reportResource(x.report));
    const f = await readForm(c);
    const lockVersion = Number(str(f.lockVersion));
    if (!Number.isSafeInteger(lockVersion))
      throw ValidationError('Submit from the review page, which sends the version it shows.', { lockVersion: 'Missing.' }, 'report.invalid');
    try {
      const rev = await submitReport(x.db, actor, x.report.id, { lockVersion });
      return c.redirect(`/reports/${x.report.id}/revisions/${rev.revision}/receipt?new=1`, 303);
    } catch (err) {
      // The draft changed after the review was shown: show the review of what is there now.
      if (err instanceof StaleDraft) return c.redirect(`/reports/${x.report.id}/review?stale=1`, 303);
      // Empty, or against the rules: back to the form, each problem beside its field.
      if (err instanceof AppError && err.code === 'report.rules_failed')
        return await renderEdit(c, x, x.report.draft_answers as Answers, x.report.lock_version, errorsFor(t, err), 422);
      if (err instanceof AppError && (err.code === 'report.empty' || err.code.startsWith('report.cycle_')))
        return await renderReview(c, x, {
          status: err.status,
          problem: err.code === 'report.empty' ? t('reporting.review.emptyReport') : localizeError(err, t).message,
        });
      throw err;
    }
  })
  // The form script's background save: the same command as Save, answering JSON.
  .post('/reports/:id/autosave', async (c) => {
    const x = await loadForPage(c);
    const actor = c.get('actor');
    requireAccess(actor, 'report.write', reportResource(x.report));
    const f = await readForm(c);
    const answers = formAnswers(f);
    const saved = await saveDraft(x.db, actor, x.report.id, { lockVersion: Number(str(f.lockVersion)), answers }, { autosave: true });
    return c.json({ lockVersion: saved.lockVersion, savedAt: saved.savedAt, written: saved.written, warnings: saved.warnings.length });
  });
