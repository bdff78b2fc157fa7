import { Hono } from 'hono';
import { listStanceQuestions } from '../framework/queries.ts';
import { readForm } from '../server/api.ts';
import type { AppEnv, Ctx } from '../server/context.ts';
import { NotFound } from '../server/errors.ts';
import { requireReviewable } from './reviewAccess.ts';
import { Csrf, page } from '../server/layout.tsx';
import { ELEMENTS, PILLARS, RecordsStyle, SourceText, StatementView } from './components.tsx';
import { correctStatement } from './correctStatement.ts';
import { publishDocument, rereadDocument } from './publishDocument.ts';
import { correctionsOf, documentById, statementsOf, type StatementRow } from './queries.ts';
import { retrainClassifier } from './retrainClassifier.ts';

const num = (c: Ctx, name = 'id') => {
  const n = Number(c.req.param(name));
  if (!Number.isInteger(n) || n <= 0) throw NotFound('That page');
  return n;
};

/** The correction forms under one statement; plain POST forms, so they work without JavaScript. */
function CorrectionForms({ c, docId, s, questions }: { c: Ctx; docId: number; s: StatementRow; questions: Array<{ id: string }> }) {
  const t = c.get('t');
  const action = `/documents/${docId}/corrections`;
  const hidden = (field: string) => <><Csrf c={c} /><input type="hidden" name="paragraph" value={String(s.first_paragraph)} /><input type="hidden" name="field" value={field} /></>;
  return (
    <details class="corrections">
      <summary>{t('records.review.correct')}</summary>
      <form method="post" action={action} class="inline">{hidden('speaker')}
        <label>{t('records.review.speaker')} <input name="speaker" value={s.speaker_id} size={14} required /></label>{' '}
        <label>{t('records.review.deliveredBy')} <input name="deliveredBy" value={s.delivered_by ?? ''} size={4} /></label>{' '}
        <button type="submit">{t('records.review.save')}</button>
      </form>
      {['pillar', 'element'].map((field) => (
        <form method="post" action={action} class="inline">{hidden(field)}
          <label>{t(`records.review.${field}`)} <select name="id">{(field === 'pillar' ? PILLARS : ELEMENTS).map((x) => <option value={x.id}>{field === 'pillar' ? x.title : x.id}</option>)}</select></label>{' '}
          <button type="submit" name="present" value="true">{t('records.review.add')}</button>{' '}
          <button type="submit" name="present" value="false">{t('records.review.remove')}</button>
        </form>
      ))}
      <form method="post" action={action} class="inline">{hidden('stance')}
        <label>{t('records.review.question')} <select name="question">{questions.map((q) => <option value={q.id}>{q.id}</option>)}</select></label>{' '}
        <label>{t('records.review.value')} <select name="value"><option value="">{t('records.review.noStance')}</option>{['supports', 'opposes', 'premature', 'open', 'conditional'].map((v) => <option value={v}>{t(`records.stance.${v}`)}</option>)}</select></label>{' '}
        <label>{t('records.review.evidence')} <input name="evidence" size={30} /></label>{' '}
        <button type="submit">{t('records.review.save')}</button>
      </form>
      {s.paragraphs.length > 1 ? (
        <form method="post" action={action} class="inline">{hidden('split')}
          <label>{t('records.review.splitAt')} <select name="at">{s.paragraphs.slice(1).map((p) => <option value={String(p)}>{p}</option>)}</select></label>{' '}
          <button type="submit">{t('records.review.split')}</button>
        </form>
      ) : null}
      {s.position > 1 ? <form method="post" action={action} class="inline">{hidden('merge')}<button type="submit">{t('records.review.merge')}</button></form> : null}
    </details>
  );
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export const reviewPages = new Hono<AppEnv>()
  .get('/documents/:id/review', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    await requireReviewable(c.get('db'), actor, num(c));
    const d = await documentById(c.get('db'), num(c));
    if (!d) throw NotFound('That document', 'document.not_found');
    const statements = await statementsOf(c.get('db'), actor, { documentId: d.id });
    const questions = await listStanceQuestions(c.get('db'));
    const corrections = await correctionsOf(c.get('db'), d.id);
    const warnings = (typeof d.warnings === 'string' ? JSON.parse(d.warnings) : d.warnings) as string[];
    return page(c, t('records.review.title', { title: d.title || d.filename }), (
      <>
        <RecordsStyle />
        <p>{d.meeting_id ? <a href={`/meetings/${d.meeting_id}`}>{t('records.review.backToMeeting')}</a> : <a href="/documents">{t('records.documents.title')}</a>}</p>
        <h1>{t('records.review.title', { title: d.title || d.filename })}</h1>
        <p class="muted">{t(`records.kind.${d.kind}`)} · {t(`records.status.${d.status}`)} · {t('records.review.count', { n: statements.length })}</p>
        {warnings.map((w) => <div class="alert warn" role="status"><p>{w}</p></div>)}
        <div class="actions">
          {d.status === 'draft' ? <form method="post" action={`/documents/${d.id}/publish`} class="inline"><Csrf c={c} /><button type="submit">{t('records.review.publish')}</button></form> : <span class="alert ok">{t('records.status.published')}</span>}{' '}
          <form method="post" action={`/documents/${d.id}/reread`} class="inline"><Csrf c={c} /><button type="submit">{t('records.review.reread')}</button></form>
        </div>
        <div class="review">
          <section><h2>{t('records.review.source')}</h2><SourceText text={d.extracted_text} /></section>
          <section>
            <h2>{t('records.review.reading')}</h2>
            {statements.map((s) => <StatementView c={c} s={s}><CorrectionForms c={c} docId={d.id} s={s} questions={questions} /></StatementView>)}
          </section>
        </div>
        <h2>{t('records.review.history')}</h2>
        <ul>{corrections.map((x) => <li>{new Date(x.corrected_at).toISOString().slice(0, 16).replace('T', ' ')} · {x.corrected_by_label} · ¶{x.anchor_paragraph} · {x.field}: <code>{JSON.stringify(x.before)}</code> → <code>{JSON.stringify(x.after)}</code></li>)}</ul>
      </>
    ), { wide: true });
  })
  .post('/documents/:id/corrections', async (c) => {
    const f = await readForm(c);
    const id = num(c);
    const paragraph = Number(str(f.paragraph));
    const input: Record<string, unknown> = {};
    for (const k of ['field', 'speaker', 'deliveredBy', 'id', 'present', 'question', 'value', 'evidence', 'at']) if (str(f[k]) !== undefined && str(f[k]) !== '') input[k] = str(f[k]);
    if (input.field === 'stance' && input.value === undefined) input.value = '';
    await correctStatement(c.get('db'), c.get('actor'), id, paragraph, input as never);
    return c.redirect(`/documents/${id}/review#s-${id}-${paragraph}`, 303);
  })
  .post('/documents/:id/publish', async (c) => {
    await publishDocument(c.get('db'), c.get('actor'), num(c));
    return c.redirect(`/documents/${num(c)}/review`, 303);
  })
  .post('/documents/:id/reread', async (c) => {
    await rereadDocument(c.get('db'), c.get('actor'), num(c));
    return c.redirect(`/documents/${num(c)}/review`, 303);
  })
  .post('/classifier/retrain', async (c) => {
    const t = c.get('t');
    const res = await retrainClassifier(c.get('db'), c.get('actor'));
    return page(c, t('records.retrain.done', { version: res.version }), (
      <>
        <h1>{t('records.retrain.done', { version: res.version })}</h1>
        <div class="alert ok" role="status"><p>{t('records.retrain.summary', { n: res.examples, labels: res.labels.join(', ') })}</p></div>
        <p><a href="/documents">{t('records.documents.title')}</a></p>
      </>
    ));
  });
