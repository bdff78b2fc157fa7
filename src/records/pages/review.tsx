import { Hono } from 'hono';
import { DateText } from '../../i18n/DateText.tsx';
import { listStanceQuestions } from '../../framework/queries.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { NotFound } from '../../foundation/errors.ts';
import { requireReviewable } from '../reviewAccess.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { splitParagraphs } from '../../text/records/paragraphs.ts';
import { ELEMENTS, PILLARS, RecordsStyle, SourceText, StatementView } from './components.tsx';
import { correctStatement } from '../commands/correctStatement.ts';
import { publishDocument } from '../commands/publishDocument.ts';
import { rereadDocument } from '../commands/rereadDocument.ts';
import { correctionsOf, documentById, statementsOf, unattributedOf, type StatementRow } from '../queries.ts';
import { retrainClassifier } from '../commands/retrainClassifier.ts';
import { SentenceIndex, type SourceSentence } from '../sourceSentences.ts';

const num = (c: Ctx, name = 'id') => {
  const n = Number(c.req.param(name));
  if (!Number.isInteger(n) || n <= 0) throw NotFound('That page');
  return n;
};

/** A sentence as an option: its number and its opening words. */
const sentenceOption = (x: SourceSentence, text: string) => {
  const words = text.slice(x.start, x.end);
  return <option value={`${x.paragraph}.${x.sentence}`}>{`${x.paragraph}.${x.sentence} — ${words.length > 60 ? `${words.slice(0, 60)}…` : words}`}</option>;
};

/** The sentences a stored statement covers (one stored before sentences were numbered runs to its last paragraph's end). */
function sentencesOf(index: SentenceIndex, s: StatementRow): SourceSentence[] {
  const last = s.last_sentence != null ? { paragraph: s.last_paragraph, sentence: s.last_sentence } : index.last(s.last_paragraph);
  return last ? index.between({ paragraph: s.first_paragraph, sentence: s.first_sentence }, last) : [];
}

/** The correction forms under one statement; plain POST forms, so they work without JavaScript. */
function CorrectionForms({
  c,
  docId,
  s,
  questions,
  sentences,
  text,
}: {
  c: Ctx;
  docId: number;
  s: StatementRow;
  questions: Array<{ id: string }>;
  sentences: SourceSentence[];
  text: string;
}) {
  const t = c.get('t');
  const action = `/documents/${docId}/corrections`;
  const hidden = (field: string) => (
    <>
      <Csrf c={c} />
      <input type="hidden" name="statement" value={String(s.id)} />
      <input type="hidden" name="paragraph" value={String(s.first_paragraph)} />
      <input type="hidden" name="field" value={field} />
    </>
  );
  return (
    <details class="corrections">
      <summary>{t('records.review.correct')}</summary>
      <form method="post" action={action} class="inline">
        {hidden('speaker')}
        <label>
          {t('records.review.speaker')} <input dir="auto" name="speaker" value={s.speaker_id} size={14} required />
        </label>{' '}
        <label>
          {t('records.review.deliveredBy')} <input dir="auto" name="deliveredBy" value={s.delivered_by ?? ''} size={4} />
        </label>{' '}
        <button type="submit">{t('records.review.save')}</button>
      </form>
      {['pillar', 'element'].map((field) => (
        <form method="post" action={action} class="inline">
          {hidden(field)}
          <label>
            {t(`records.review.${field}`)}{' '}
            <select name="id">
              {(field === 'pillar' ? PILLARS : ELEMENTS).map((x) => (
                <option value={x.id}>{field === 'pillar' ? x.title : x.id}</option>
              ))}
            </select>
          </label>{' '}
          <button type="submit" name="present" value="true">
            {t('records.review.add')}
          </button>{' '}
          <button type="submit" name="present" value="false">
            {t('records.review.remove')}
          </button>
        </form>
      ))}
      <form method="post" action={action} class="inline">
        {hidden('stance')}
        <label>
          {t('records.review.question')}{' '}
          <select name="question">
            {questions.map((q) => (
              <option value={q.id}>{q.id}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('records.review.value')}{' '}
          <select name="value">
            <option value="">{t('records.review.noStance')}</option>
            {['supports', 'opposes', 'premature', 'open', 'conditional'].map((v) => (
              <option value={v}>{t(`records.stance.${v}`)}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('records.review.evidence')} <input dir="auto" name="evidence" size={30} />
        </label>{' '}
        <button type="submit">{t('records.review.save')}</button>
      </form>
      {sentences.length > 1 ? (
        <form method="post" action={action} class="inline">
          {hidden('split')}
          <label>
            {t('records.review.splitAtSentence')} <select name="at">{sentences.slice(1).map((x) => sentenceOption(x, text))}</select>
          </label>{' '}
          <button type="submit">{t('records.review.split')}</button>
        </form>
      ) : null}
      {sentences.length ? (
        <form method="post" action={action} class="inline">
          {hidden('reassign')}
          <label>
            {t('records.review.reassignSentence')} <select name="sentence">{sentences.map((x) => sentenceOption(x, text))}</select>
          </label>{' '}
          <label>
            {t('records.review.toSpeaker')} <input dir="auto" name="speaker" size={14} required />
          </label>{' '}
          <label>
            {t('records.review.deliveredBy')} <input dir="auto" name="deliveredBy" size={4} />
          </label>{' '}
          <button type="submit">{t('records.review.reassign')}</button>
        </form>
      ) : null}
      {s.position > 1 ? (
        <form method="post" action={action} class="inline">
          {hidden('merge')}
          <button type="submit">{t('records.review.merge')}</button>
        </form>
      ) : null}
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
    const loose = await unattributedOf(c.get('db'), d.id);
    const index = new SentenceIndex(new Map(splitParagraphs(d.extracted_text).map((p) => [p.n, p])));
    const warnings = (typeof d.warnings === 'string' ? JSON.parse(d.warnings) : d.warnings) as string[];
    return page(
      c,
      t('records.review.title', { title: d.title || d.filename }),
      <>
        <RecordsStyle />
        <p>
          {d.meeting_id ? (
            <a href={`/meetings/${d.meeting_id}`}>{t('records.review.backToMeeting')}</a>
          ) : (
            <a href="/documents">{t('records.documents.title')}</a>
          )}
        </p>
        <h1>{t('records.review.title', { title: d.title || d.filename })}</h1>
        <p class="muted">
          {t(`records.kind.${d.kind}`)} · {t(`records.status.${d.status}`)} · {t('records.review.count', { n: statements.length })}
        </p>
        {warnings.map((w) => (
          <div class="alert warn" role="status">
            <p>{w}</p>
          </div>
        ))}
        <div class="actions">
          {d.status === 'draft' ? (
            <form method="post" action={`/documents/${d.id}/publish`} class="inline">
              <Csrf c={c} />
              <button type="submit">{t('records.review.publish')}</button>
            </form>
          ) : (
            <span class="alert ok">{t('records.status.published')}</span>
          )}{' '}
          <form method="post" action={`/documents/${d.id}/reread`} class="inline">
            <Csrf c={c} />
            <button type="submit">{t('records.review.reread')}</button>
          </form>
        </div>
        <div class="review">
          <section>
            <h2>{t('records.review.source')}</h2>
            <SourceText text={d.extracted_text} />
          </section>
          <section>
            <h2>{t('records.review.reading')}</h2>
            {loose.length ? (
              <section class="card unattributed" aria-labelledby="needs-speaker">
                <h3 id="needs-speaker">{t('records.review.needsSpeaker')}</h3>
                <p class="muted">{t('records.review.needsSpeakerHelp', { n: loose.length })}</p>
                <ol>
                  {loose.map((u) => (
                    <li id={`u-${d.id}-${u.paragraph}-${u.sentence}`}>
                      <p>
                        <a href={`#p${u.paragraph}`}>{t('records.sentence', { at: `${u.paragraph}.${u.sentence}` })}</a>:{' '}
                        <q dir="auto">{d.extracted_text.slice(u.char_start, u.char_end)}</q>
                        {u.cue ? <span class="muted"> · {t('records.review.cue', { cue: u.cue })}</span> : null}
                      </p>
                      <form method="post" action={`/documents/${d.id}/corrections`} class="inline">
                        <Csrf c={c} />
                        <input type="hidden" name="field" value="attribute" />
                        <input type="hidden" name="sentence" value={`${u.paragraph}.${u.sentence}`} />
                        <input type="hidden" name="paragraph" value={String(u.paragraph)} />
                        <label>
                          {t('records.review.speakerOf', { at: `${u.paragraph}.${u.sentence}` })} <input dir="auto" name="speaker" size={14} required />
                        </label>{' '}
                        <label>
                          {t('records.review.deliveredBy')} <input dir="auto" name="deliveredBy" size={4} />
                        </label>{' '}
                        <button type="submit">{t('records.review.attribute')}</button>
                      </form>
                    </li>
                  ))}
                </ol>
              </section>
            ) : null}
            {statements.map((s) => (
              <StatementView c={c} s={s}>
                <CorrectionForms c={c} docId={d.id} s={s} questions={questions} sentences={sentencesOf(index, s)} text={d.extracted_text} />
              </StatementView>
            ))}
          </section>
        </div>
        <h2>{t('records.review.history')}</h2>
        <ul>
          {corrections.map((x) => (
            <li>
              <DateText value={x.corrected_at} lang={t.lang} time /> · {x.corrected_by_label} · ¶{x.anchor_paragraph} · {t(`records.review.field.${x.field}`)}:{' '}
              <code>{JSON.stringify(x.before)}</code> → <code>{JSON.stringify(x.after)}</code>
            </li>
          ))}
        </ul>
      </>,
      { wide: true },
    );
  })
  .post('/documents/:id/corrections', async (c) => {
    const f = await readForm(c);
    const id = num(c);
    const paragraph = Number(str(f.paragraph));
    const statement = Number(str(f.statement));
    const input: Record<string, unknown> = {};
    for (const k of ['field', 'speaker', 'deliveredBy', 'id', 'present', 'question', 'value', 'evidence', 'at', 'sentence'])
      if (str(f[k]) !== undefined && str(f[k]) !== '') input[k] = str(f[k]);
    if (input.field === 'stance' && input.value === undefined) input.value = '';
    const address =
      Number.isInteger(statement) && statement > 0 ? { statement } : { paragraph: Number.isInteger(paragraph) && paragraph > 0 ? paragraph : undefined };
    await correctStatement(c.get('db'), c.get('actor'), id, address, input as never);
    // Statements are renumbered by a correction; the paragraph's anchor is still there.
    return c.redirect(`/documents/${id}/review${Number.isInteger(paragraph) && paragraph > 0 ? `#s-${id}-${paragraph}` : ''}`, 303);
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
    return page(
      c,
      t('records.retrain.done', { version: res.version }),
      <>
        <h1>{t('records.retrain.done', { version: res.version })}</h1>
        <div class="alert ok" role="status">
          <p>{t('records.retrain.summary', { n: res.examples, labels: res.labels.join(', ') })}</p>
        </div>
        <p>
          <a href="/documents">{t('records.documents.title')}</a>
        </p>
      </>,
    );
  });
