import { Hono } from 'hono';
import { can } from '../../accounts/policy.ts';
import { versionOfMeeting } from '../../framework/queries.ts';
import { localize } from '../../framework/localize.ts';
import { DateText } from '../../i18n/DateText.tsx';
import { bodyName, bodyTheme, processName } from '../../i18n/processName.ts';
import type { Translate } from '../../i18n/index.ts';
import { stateName } from '../../participants/names.ts';
import { STATES } from '../../participants/states.ts';
import { Speaker } from '../../records/pages/components.tsx';
import { errorsFor } from '../../reporting/fieldErrors.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { AppError, NotFound } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { addFacilitator } from '../commands/addFacilitator.ts';
import { addGuidingQuestion } from '../commands/addGuidingQuestion.ts';
import { dtgMeeting, type DtgMeeting } from '../dtgMeeting.ts';
import { dtgMeetings, frameworkChoices, type FacilitatorRow, type QuestionRow } from '../queries.ts';
import { removeFacilitator } from '../commands/removeFacilitator.ts';
import { removeGuidingQuestion } from '../commands/removeGuidingQuestion.ts';
import { dtgSummary, quoteOf, type DtgSummary, type SpeakerGroup } from '../summary.ts';
import { summaryAkn } from '../summaryAkn.ts';

type Form = { values: Record<string, string>; errors: Record<string, string> };
const empty: Form = { values: {}, errors: {} };
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const num = (c: Ctx, name = 'id') => {
  const n = Number(c.req.param(name));
  if (!Number.isSafeInteger(n) || n <= 0) throw NotFound('That page');
  return n;
};
const baseUrl = (c: Ctx) => new URL(c.req.url).origin;

/** The group's name and theme in the reader's language while they are the seeded ones (src/i18n/processName.ts). */
const groupName = (t: Translate, m: { body_slug: string | null; body_title: string | null; session_title: string }) =>
  m.body_slug && m.body_title ? bodyName(t, { slug: m.body_slug, title: m.body_title }) : m.session_title;
const groupTheme = (t: Translate, m: { body_slug: string | null; body_theme: string | null }) =>
  m.body_slug ? bodyTheme(t, { slug: m.body_slug, theme: m.body_theme }) : m.body_theme;

/** A labelled control whose error sits beside it and is announced with it. */
function Field({
  name,
  label,
  form,
  hint,
  children,
}: {
  name: string;
  label: string;
  form: Form;
  hint?: string;
  children: (a: Record<string, unknown>) => unknown;
}) {
  const e = form.errors[name];
  const describedBy = [e ? `err-${name}` : '', hint ? `hint-${name}` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label for={`f-${name}`}>{label}</label>
      {hint ? (
        <p class="muted" id={`hint-${name}`}>
          {hint}
        </p>
      ) : null}
      {children({ id: `f-${name}`, name, 'aria-invalid': e ? 'true' : undefined, 'aria-describedby': describedBy }) as never}
      {e ? (
        <p class="field-error" id={`err-${name}`}>
          {e}
        </p>
      ) : null}
    </div>
  );
}

function meetingTitle(t: Translate, m: Pick<DtgMeeting, 'body_slug' | 'body_title' | 'session_title' | 'number'>) {
  return `${groupName(t, m)} — ${t('thematicGroups.meeting.number', { n: m.number })}`;
}

function facilitatorLine(t: Translate, f: FacilitatorRow) {
  const from = [f.state_iso3 ? stateName(f.state_iso3, t.lang) : '', f.affiliation].filter(Boolean).join(', ');
  return (
    <>
      <bdi dir="auto">{f.name}</bdi>
      {from ? <> ({from})</> : null}
    </>
  );
}

function questionTag(c: Ctx, q: QuestionRow) {
  const lang = c.get('lang');
  if (q.element_id && q.element_title)
    return (
      <a class="tag" href={`/framework/versions/${encodeURIComponent(q.framework_version!)}/elements/${encodeURIComponent(q.element_id)}`}>
        {localize({ title: q.element_title, translations: q.element_translations }, lang).title}
      </a>
    );
  if (q.pillar_id && q.pillar_title) return <span class="tag">{localize({ title: q.pillar_title, translations: q.pillar_translations }, lang).title}</span>;
  return null;
}

async function renderIndex(c: Ctx) {
  const t = c.get('t');
  const rows = await dtgMeetings(c.get('db'), c.get('actor'));
  // Process → body (the group) → its meetings, in the order the process lists its bodies.
  const bodies: Array<{ key: string; process: string; title: string; theme: string | null; meetings: typeof rows }> = [];
  for (const r of rows) {
    const key = `${r.process_id}-${r.body_id ?? 0}`;
    let b = bodies.find((x) => x.key === key);
    if (!b) {
      b = { key, process: processName(t, { slug: r.process_slug, title: r.process_title }), title: groupName(t, r), theme: groupTheme(t, r), meetings: [] };
      bodies.push(b);
    }
    b.meetings.push(r);
  }
  return page(
    c,
    t('thematicGroups.title'),
    <>
      <h1>{t('thematicGroups.title')}</h1>
      <p class="lede">{t('thematicGroups.lede')}</p>
      {bodies.length === 0 ? <p class="muted">{t('thematicGroups.none')}</p> : null}
      {bodies.map((b) => (
        <section aria-labelledby={`body-${b.key}`}>
          <h2 id={`body-${b.key}`}>
            <bdi dir="auto">{b.title}</bdi>
          </h2>
          <p class="muted">
            {b.process}
            {b.theme ? (
              <>
                {' '}
                · <bdi dir="auto">{b.theme}</bdi>
              </>
            ) : null}
          </p>
          <ul class="cards">
            {b.meetings.map((m) => (
              <li class="card">
                <h3>
                  <a href={`/thematic-groups/meetings/${m.id}`}>
                    {t('thematicGroups.meeting.number', { n: m.number })}
                    {m.title ? (
                      <>
                        {' '}
                        — <bdi dir="auto">{m.title}</bdi>
                      </>
                    ) : null}
                  </a>
                </h3>
                <p>
                  {m.held_on ? (
                    <DateText value={m.held_on} lang={t.lang} />
                  ) : m.starts_on ? (
                    <>
                      <DateText value={m.starts_on} lang={t.lang} />
                      {m.ends_on ? (
                        <>
                          {' '}
                          – <DateText value={m.ends_on} lang={t.lang} />
                        </>
                      ) : null}
                    </>
                  ) : null}
                </p>
                <p>
                  {m.facilitators.length ? t('thematicGroups.facilitators.list', { names: m.facilitators.join(', ') }) : t('thematicGroups.facilitators.none')}
                </p>
                <p class="muted">{t('thematicGroups.counts', { questions: m.questions, statements: m.statements })}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>,
  );
}

function Cited({ c, g }: { c: Ctx; g: SpeakerGroup }) {
  const t = c.get('t');
  return (
    <li>
      <Speaker c={c} s={g.statement} />
      <ul>
        {g.cited.map((x) => (
          <li>
            {/* The quote in the record's own language, so its quotation marks and direction are that language's. */}
            <bdi dir="auto" lang={x.statement.document_language}>
              <q>{quoteOf(x)}</q>
            </bdi>{' '}
            <a href={x.href}>{t('thematicGroups.summary.readStatement', { paragraph: x.statement.first_paragraph })}</a>
            {x.match ? <span class="muted"> · {t(`thematicGroups.reason.${x.match.reason}`, { terms: x.match.terms.join(', ') || '—' })}</span> : null}
          </li>
        ))}
      </ul>
    </li>
  );
}

function SummaryView({ c, s }: { c: Ctx; s: DtgSummary }) {
  const t = c.get('t');
  return (
    <section aria-labelledby="summary">
      <h2 id="summary">{t('thematicGroups.summary.title')}</h2>
      <p class="muted">{t('thematicGroups.summary.rule')}</p>
      <p>
        <a href={`/thematic-groups/meetings/${s.meeting.id}/summary.docx`}>{t('thematicGroups.export.docx')}</a> ·{' '}
        <a href={`/thematic-groups/meetings/${s.meeting.id}/summary.xml`}>{t('thematicGroups.export.akn')}</a>
      </p>
      {s.statements === 0 ? <p class="muted">{t('thematicGroups.summary.noRecord')}</p> : null}
      {s.questions.map(({ question: q, speakers }) => (
        <article class="card" id={`summary-q${q.number}`}>
          <h3>{t('thematicGroups.question.numbered', { n: q.number })}</h3>
          <p dir="auto">
            <em>{q.text}</em>
          </p>
          {speakers.length ? (
            <ul class="speakers">
              {speakers.map((g) => (
                <Cited c={c} g={g} />
              ))}
            </ul>
          ) : (
            <p class="muted">{t('thematicGroups.summary.noAnswer')}</p>
          )}
        </article>
      ))}
      {s.unmatched.length ? (
        <article class="card" id="summary-other">
          <h3>{t('thematicGroups.summary.unmatched')}</h3>
          <ul class="speakers">
            {s.unmatched.map((g) => (
              <Cited c={c} g={g} />
            ))}
          </ul>
        </article>
      ) : null}
    </section>
  );
}

async function renderMeeting(c: Ctx, id: number, forms: { facilitator?: Form; question?: Form } = {}, status = 200) {
  const t = c.get('t');
  const db = c.get('db');
  const actor = c.get('actor');
  const lang = c.get('lang');
  const m = await dtgMeeting(db, id);
  if (!m) throw NotFound('That thematic group meeting', 'thematic.meeting_not_found');
  const manage = can(actor, 'thematicGroups.manage');
  const [summary, choices] = await Promise.all([dtgSummary(db, actor, id), manage ? frameworkChoices(db, await versionOfMeeting(db, id)) : null]);
  const ff = forms.facilitator ?? empty;
  const qf = forms.question ?? empty;
  const title = meetingTitle(t, m);
  const states = [...STATES].map((s) => ({ iso3: s.iso3, name: stateName(s.iso3, lang) ?? s.iso3 })).sort((a, b) => a.name.localeCompare(b.name, lang));
  return page(
    c,
    title,
    <>
      <p>
        <a href="/thematic-groups">{t('thematicGroups.title')}</a> › {processName(t, { slug: m.process_slug, title: m.process_title })}
      </p>
      <h1>
        <bdi dir="auto">{title}</bdi>
      </h1>
      {groupTheme(t, m) ? (
        <p class="lede" dir="auto">
          {groupTheme(t, m)}
        </p>
      ) : null}
      <dl class="facts">
        <dt>{t('thematicGroups.meeting.date')}</dt>
        <dd>
          {m.held_on ? (
            <DateText value={m.held_on} lang={t.lang} />
          ) : m.starts_on ? (
            <>
              <DateText value={m.starts_on} lang={t.lang} />
              {m.ends_on ? (
                <>
                  {' '}
                  – <DateText value={m.ends_on} lang={t.lang} />
                </>
              ) : null}
            </>
          ) : (
            '—'
          )}
        </dd>
        <dt>{t('thematicGroups.meeting.record')}</dt>
        <dd>
          <a href={`/meetings/${m.id}`}>{t('thematicGroups.meeting.recordLink')}</a>
        </dd>
      </dl>

      <section aria-labelledby="facilitators">
        <h2 id="facilitators">{t('thematicGroups.facilitators.title')}</h2>
        {summary.facilitators.length ? (
          <ul>
            {summary.facilitators.map((f) => (
              <li>
                {facilitatorLine(t, f)}
                {manage ? (
                  <form method="post" action={`/thematic-groups/meetings/${id}/facilitators/${f.id}/remove`} class="inline">
                    <Csrf c={c} />{' '}
                    <button type="submit" class="secondary" aria-label={t('thematicGroups.facilitators.removeNamed', { name: f.name })}>
                      {t('thematicGroups.remove')}
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('thematicGroups.facilitators.none')}</p>
        )}
        {manage ? (
          <form method="post" action={`/thematic-groups/meetings/${id}/facilitators`} class="stack" aria-labelledby="add-facilitator">
            <h3 id="add-facilitator">{t('thematicGroups.facilitators.add')}</h3>
            <Csrf c={c} />
            {ff.errors._ ? (
              <p class="field-error" role="alert">
                {ff.errors._}
              </p>
            ) : null}
            <Field name="name" label={t('thematicGroups.field.name')} hint={t('thematicGroups.field.nameHint')} form={ff}>
              {(a) => <input {...a} type="text" dir="auto" required maxlength={120} value={ff.values.name ?? ''} />}
            </Field>
            <Field name="state" label={t('thematicGroups.field.state')} form={ff}>
              {(a) => (
                <select {...a}>
                  <option value="">{t('thematicGroups.field.noState')}</option>
                  {states.map((s) => (
                    <option value={s.iso3} selected={ff.values.state === s.iso3}>
                      {s.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="affiliation" label={t('thematicGroups.field.affiliation')} form={ff}>
              {(a) => <input {...a} type="text" dir="auto" maxlength={200} value={ff.values.affiliation ?? ''} />}
            </Field>
            <button type="submit">{t('thematicGroups.facilitators.addButton')}</button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="questions">
        <h2 id="questions">{t('thematicGroups.questions.title')}</h2>
        {summary.questions.length ? (
          <ol>
            {summary.questions.map(({ question: q }) => (
              <li value={q.number} id={`q${q.number}`}>
                <span dir="auto">{q.text}</span> {questionTag(c, q)}
                {manage ? (
                  <form method="post" action={`/thematic-groups/meetings/${id}/questions/${q.id}/remove`} class="inline">
                    <Csrf c={c} />{' '}
                    <button type="submit" class="secondary" aria-label={t('thematicGroups.questions.removeNumbered', { n: q.number })}>
                      {t('thematicGroups.remove')}
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p class="muted">{t('thematicGroups.questions.none')}</p>
        )}
        {manage && choices ? (
          <form method="post" action={`/thematic-groups/meetings/${id}/questions`} class="stack" aria-labelledby="add-question">
            <h3 id="add-question">{t('thematicGroups.questions.add')}</h3>
            <Csrf c={c} />
            {qf.errors._ ? (
              <p class="field-error" role="alert">
                {qf.errors._}
              </p>
            ) : null}
            <Field name="text" label={t('thematicGroups.field.text')} form={qf}>
              {(a) => (
                <textarea {...a} dir="auto" required rows={3} maxlength={2000}>
                  {qf.values.text ?? ''}
                </textarea>
              )}
            </Field>
            <Field name="number" label={t('thematicGroups.field.number')} hint={t('thematicGroups.field.numberHint')} form={qf}>
              {(a) => <input {...a} type="text" inputmode="numeric" value={qf.values.number ?? ''} />}
            </Field>
            <Field name="pillar" label={t('thematicGroups.field.pillar')} form={qf}>
              {(a) => (
                <select {...a}>
                  <option value="">{t('thematicGroups.field.none')}</option>
                  {choices.pillars.map((p) => (
                    <option value={p.id} selected={qf.values.pillar === p.id}>
                      {localize(p, lang).title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="element" label={t('thematicGroups.field.element')} hint={t('thematicGroups.field.elementHint')} form={qf}>
              {(a) => (
                <select {...a}>
                  <option value="">{t('thematicGroups.field.none')}</option>
                  {choices.elements.map((e) => (
                    <option value={e.id} selected={qf.values.element === e.id}>
                      {localize(e, lang).title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="submit">{t('thematicGroups.questions.addButton')}</button>
          </form>
        ) : null}
      </section>

      <SummaryView c={c} s={summary} />
    </>,
    { status, wide: true },
  );
}

/** A form's failure shown on its page: field errors beside their fields, in the reader's language. */
async function onFormError(c: Ctx, id: number, which: 'facilitator' | 'question', values: Record<string, string>, err: unknown) {
  if (!(err instanceof AppError) || !err.fields || ![400, 404, 409].includes(err.status)) throw err;
  if (err.status === 404 && !(await dtgMeeting(c.get('db'), id))) throw err;
  return renderMeeting(c, id, { [which]: { values, errors: errorsFor(c.get('t'), err) } }, err.status);
}

export const pages = new Hono<AppEnv>()
  .get('/thematic-groups', (c) => renderIndex(c))
  .get('/thematic-groups/meetings/:id', (c) => renderMeeting(c, num(c)))
  .post('/thematic-groups/meetings/:id/facilitators', async (c) => {
    const id = num(c);
    const f = await readForm(c);
    const values = { name: str(f.name), state: str(f.state), affiliation: str(f.affiliation) };
    try {
      await addFacilitator(c.get('db'), c.get('actor'), id, values);
      return c.redirect(`/thematic-groups/meetings/${id}#facilitators`, 303);
    } catch (err) {
      return onFormError(c, id, 'facilitator', values, err);
    }
  })
  .post('/thematic-groups/meetings/:id/facilitators/:fid/remove', async (c) => {
    const id = num(c);
    await removeFacilitator(c.get('db'), c.get('actor'), id, num(c, 'fid'));
    return c.redirect(`/thematic-groups/meetings/${id}#facilitators`, 303);
  })
  .post('/thematic-groups/meetings/:id/questions', async (c) => {
    const id = num(c);
    const f = await readForm(c);
    const values = { text: str(f.text), number: str(f.number), pillar: str(f.pillar), element: str(f.element) };
    try {
      await addGuidingQuestion(c.get('db'), c.get('actor'), id, {
        text: values.text,
        number: values.number || undefined,
        pillar: values.pillar || undefined,
        element: values.element || undefined,
      });
      return c.redirect(`/thematic-groups/meetings/${id}#questions`, 303);
    } catch (err) {
      return onFormError(c, id, 'question', values, err);
    }
  })
  .post('/thematic-groups/meetings/:id/questions/:qid/remove', async (c) => {
    const id = num(c);
    await removeGuidingQuestion(c.get('db'), c.get('actor'), id, num(c, 'qid'));
    return c.redirect(`/thematic-groups/meetings/${id}#questions`, 303);
  })
  .get('/thematic-groups/meetings/:id/summary.docx', async (c) => {
    const s = await dtgSummary(c.get('db'), c.get('actor'), num(c));
    const { summaryDocx } = await import('../summaryDocx.ts'); // Word's library loads only when asked
    const bytes = await summaryDocx(c.get('t'), s, baseUrl(c));
    return c.body(bytes, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="dtg-meeting-${s.meeting.id}-summary.docx"`,
    });
  })
  .get('/thematic-groups/meetings/:id/summary.xml', async (c) => {
    const s = await dtgSummary(c.get('db'), c.get('actor'), num(c));
    return c.body(summaryAkn(s, baseUrl(c)), 200, { 'content-type': 'application/akn+xml; charset=UTF-8' });
  });
