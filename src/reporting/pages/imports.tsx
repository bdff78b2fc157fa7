import { str } from '../../server/forms.tsx';
import { Hono } from 'hono';
import { requireAccess } from '../../accounts/policy.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv } from '../../server/context.ts';
import { AppError, ValidationError } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { type Answers } from '../answers.ts';
import { num } from './cycles.tsx';
import { diffAnswers } from '../diff.ts';
import { cancelImport } from '../commands/cancelImport.ts';
import { confirmImport } from '../commands/confirmImport.ts';
import { emptiedBy, formatOf, pendingImport } from '../importReport.ts';
import { previewImport } from '../commands/previewImport.ts';
import { answerLabel, ImportReview } from './importReview.tsx';
import { reportResource } from '../reports.ts';
import { DiffTable } from './components.tsx';

import { Header, loadForPage } from './reportHeader.tsx';

/** Uploading a filled questionnaire: the upload form, the review of what it changes, Confirm and Cancel. */
export const importPages = new Hono<AppEnv>()
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
