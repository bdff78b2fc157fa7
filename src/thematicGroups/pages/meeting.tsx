import { can } from '../../accounts/policy.ts';
import { versionOfMeeting } from '../../framework/queries.ts';
import { localize } from '../../framework/localize.ts';
import { processName } from '../../i18n/processName.ts';
import type { Translate } from '../../i18n/index.ts';
import { stateName } from '../../participants/names.ts';
import { STATES } from '../../participants/states.ts';
import type { Ctx } from '../../server/context.ts';
import { NotFound } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { dtgMeeting, type DtgMeeting } from '../dtgMeeting.ts';
import { frameworkChoices, type FacilitatorRow, type QuestionRow } from '../queries.ts';
import { dtgSummary } from '../summary.ts';
import { empty, Field, FormProblem, RemoveButton, type Form } from './fields.tsx';
import { groupName, groupTheme, MeetingDates } from './parts.tsx';
import { SummaryView } from './summaryView.tsx';

/**
 * A thematic group's meeting: its dates and record, its co-facilitators and the Chair's guiding
 * questions (with the Secretariat's forms), and the summary of what was said under each question.
 */

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

export async function renderMeeting(c: Ctx, id: number, forms: { facilitator?: Form; question?: Form } = {}, status = 200) {
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
          <MeetingDates m={m} lang={t.lang} none="—" />
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
                  <RemoveButton
                    c={c}
                    action={`/thematic-groups/meetings/${id}/facilitators/${f.id}/remove`}
                    label={t('thematicGroups.facilitators.removeNamed', { name: f.name })}
                  />
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
            <FormProblem form={ff} />
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
                  <RemoveButton
                    c={c}
                    action={`/thematic-groups/meetings/${id}/questions/${q.id}/remove`}
                    label={t('thematicGroups.questions.removeNumbered', { n: q.number })}
                  />
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
            <FormProblem form={qf} />
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
