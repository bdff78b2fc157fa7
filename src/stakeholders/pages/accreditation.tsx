import { Hono } from 'hono';
import { can, requireAccess } from '../../accounts/policy.ts';
import { formatDate } from '../../i18n/format.ts';
import { Field, formErrors, str } from '../../server/forms.tsx';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { NotFound } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { applyForProcess } from '../commands/applyForProcess.ts';
import { processName } from '../../i18n/processName.ts';
import { ProcessFilter } from './processFilter.tsx';
import { accreditationsOf, listModalities, meetingOfProcess, meetingsForRepresentatives, representativesOf } from '../queries.ts';
import { registerRepresentative } from '../commands/registerRepresentative.ts';
import { removeRepresentative } from '../commands/removeRepresentative.ts';
import { setModalities } from '../commands/setModalities.ts';
import { defaultWindowDays } from '../workingDays.ts';
import { actingOrganisation } from '../actingOrganisation.ts';

type Errors = { message: string; fields: Record<string, string> };
const meetingParam = (c: Ctx) => {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id) || id <= 0) throw NotFound('That meeting', 'meeting.not_found');
  return id;
};
/** Who may open the representatives pages: an organisation's account (its own) and the Secretariat (everyone's). */
const requireRepresentativesReader = (c: Ctx) => {
  const actor = c.get('actor');
  if (!can(actor, 'accreditation.decide')) requireAccess(actor, 'organisation.act');
  return actor;
};

const modalitiesFromForm = (form: Record<string, unknown>) => ({
  ecosocBasis: str(form.ecosocBasis) === '1',
  noObjectionBasis: str(form.noObjectionBasis) === '1',
  objectionWorkingDays: str(form.objectionWorkingDays).trim() === '' ? null : Number(str(form.objectionWorkingDays)),
  carryOverFrom: str(form.carryOverFrom) || null,
});

async function ProcessesPage({ c, failed }: { c: Ctx; failed?: { slug: string; values: Record<string, string>; errors: Errors } }) {
  const t = c.get('t');
  const actor = c.get('actor');
  const db = c.get('db');
  const rows = await listModalities(db);
  const secretariat = can(actor, 'accreditation.decide');
  const orgId = actingOrganisation(actor);
  const mine = orgId != null ? await accreditationsOf(db, orgId) : [];
  return (
    <>
      <p>
        <a href="/stakeholders">{t('stakeholders.title')}</a>
      </p>
      <h1>{t('stakeholders.modalities.title')}</h1>
      <p class="lede">{t('stakeholders.modalities.lede')}</p>
      {c.req.query('saved') ? (
        <div class="alert ok" role="status">
          {t('stakeholders.modalities.saved')}
        </div>
      ) : null}
      <table>
        <caption>{t('stakeholders.modalities.caption')}</caption>
        <thead>
          <tr>
            <th>{t('stakeholders.field.process')}</th>
            <th>{t('stakeholders.modalities.basis')}</th>
            <th>{t('stakeholders.modalities.window')}</th>
            <th>{t('stakeholders.modalities.carryOver')}</th>
            {orgId != null ? <th>{t('stakeholders.modalities.yours')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => {
            const own = mine.find((a) => a.slug === p.slug);
            return (
              <tr id={`process-${p.slug}`}>
                <td>
                  <a href={`/stakeholders?process=${p.slug}`}>{processName(t, p)}</a>
                </td>
                <td>
                  {[
                    (p.ecosoc_basis ?? true) ? t('stakeholders.procedure.ecosoc') : null,
                    (p.no_objection_basis ?? true) ? t('stakeholders.procedure.no-objection') : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </td>
                <td>
                  {p.objection_working_days
                    ? t('stakeholders.workingDays', { n: p.objection_working_days })
                    : `${t('stakeholders.workingDays', { n: defaultWindowDays() })} (${t('stakeholders.modalities.defaultDays')})`}
                </td>
                <td>
                  {p.carry_over_from
                    ? t('stakeholders.modalities.carriedFrom', { process: processName(t, { slug: p.carry_over_from, title: p.carry_over_title ?? '' }) })
                    : t('stakeholders.modalities.noCarryOver')}
                </td>
                {orgId != null ? (
                  <td>
                    {own ? (
                      <span class="tag status-accredited">{t(`stakeholders.basis.${own.basis}`)}</span>
                    ) : (
                      <form method="post" action={`/stakeholders/processes/${p.slug}/apply`}>
                        <Csrf c={c} />
                        <button type="submit" class="secondary">
                          {t('stakeholders.modalities.applyForOrg')}
                        </button>
                      </form>
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      {secretariat
        ? rows.map((p) => {
            const mine = failed?.slug === p.slug ? failed : undefined;
            const f = mine?.errors.fields ?? {};
            const v = mine?.values;
            const id = (name: string) => `${name}-${p.slug}`;
            const ecosoc = v ? v.ecosocBasis === '1' : (p.ecosoc_basis ?? true);
            const noObjection = v ? v.noObjectionBasis === '1' : (p.no_objection_basis ?? true);
            const days = v ? (v.objectionWorkingDays ?? '') : p.objection_working_days != null ? String(p.objection_working_days) : '';
            const from = v ? (v.carryOverFrom ?? '') : (p.carry_over_from ?? '');
            return (
              <section>
                <h2>{t('stakeholders.modalities.edit', { process: processName(t, p) })}</h2>
                {mine ? (
                  <div class="alert error" role="alert">
                    {mine.errors.message}
                  </div>
                ) : null}
                <form method="post" action={`/stakeholders/processes/${p.slug}/modalities`} class="stack">
                  <Csrf c={c} />
                  <fieldset aria-describedby={f.ecosocBasis ? `${id('ecosocBasis')}-error` : undefined}>
                    <legend>{t('stakeholders.modalities.basis')}</legend>
                    <label>
                      <input type="checkbox" id={id('ecosocBasis')} name="ecosocBasis" value="1" checked={ecosoc} /> {t('stakeholders.procedure.ecosoc')}
                    </label>
                    <label>
                      <input type="checkbox" id={id('noObjectionBasis')} name="noObjectionBasis" value="1" checked={noObjection} />{' '}
                      {t('stakeholders.procedure.no-objection')}
                    </label>
                    {f.ecosocBasis ? (
                      <p class="field-error" id={`${id('ecosocBasis')}-error`}>
                        {f.ecosocBasis}
                      </p>
                    ) : null}
                  </fieldset>
                  <Field
                    id={id('objectionWorkingDays')}
                    label={t('stakeholders.modalities.days')}
                    hint={t('stakeholders.modalities.daysHint')}
                    error={f.objectionWorkingDays}
                  >
                    <input
                      id={id('objectionWorkingDays')}
                      name="objectionWorkingDays"
                      type="number"
                      min="1"
                      max="60"
                      value={days}
                      aria-invalid={f.objectionWorkingDays ? 'true' : undefined}
                      aria-describedby={f.objectionWorkingDays ? `${id('objectionWorkingDays')}-error` : `${id('objectionWorkingDays')}-hint`}
                    />
                  </Field>
                  <Field id={id('carryOverFrom')} label={t('stakeholders.modalities.carryOver')} error={f.carryOverFrom}>
                    <select
                      id={id('carryOverFrom')}
                      name="carryOverFrom"
                      aria-invalid={f.carryOverFrom ? 'true' : undefined}
                      aria-describedby={f.carryOverFrom ? `${id('carryOverFrom')}-error` : undefined}
                    >
                      <option value="" selected={from === ''}>
                        {t('stakeholders.modalities.noCarryOver')}
                      </option>
                      {rows
                        .filter((o) => o.slug !== p.slug)
                        .map((o) => (
                          <option value={o.slug} selected={from === o.slug}>
                            {processName(t, o)}
                          </option>
                        ))}
                    </select>
                  </Field>
                  <div>
                    <button type="submit">{t('stakeholders.modalities.save')}</button>
                  </div>
                </form>
              </section>
            );
          })
        : null}
    </>
  );
}

const day = (d: string | null, c: Ctx) => (d ? formatDate(d, c.get('t').lang) : '—');

async function MeetingPage({
  c,
  id,
  values = {},
  errors,
  registered,
}: {
  c: Ctx;
  id: number;
  values?: Record<string, string>;
  errors?: Errors;
  registered?: boolean;
}) {
  const t = c.get('t');
  const actor = c.get('actor');
  const db = c.get('db');
  const m = await meetingOfProcess(db, id);
  const reps = await representativesOf(db, actor, id);
  const secretariat = can(actor, 'accreditation.decide');
  const orgId = actingOrganisation(actor);
  const accredited = orgId != null && (await accreditationsOf(db, orgId)).some((a) => a.process_id === m.process_id);
  const f = errors?.fields ?? {};
  const input = (name: string, type = 'text', required = true) => (
    <input
      dir="auto"
      id={name}
      name={name}
      type={type}
      value={values[name] ?? ''}
      required={required}
      aria-invalid={f[name] ? 'true' : undefined}
      aria-describedby={f[name] ? `${name}-error` : undefined}
    />
  );
  return (
    <>
      <p>
        <a href="/stakeholders/representatives">{t('stakeholders.representatives.title')}</a>
      </p>
      <h1>{t('stakeholders.representatives.meeting', { session: m.session_title, number: m.number })}</h1>
      <dl class="facts">
        <dt>{t('stakeholders.field.process')}</dt>
        <dd>{processName(t, { slug: m.process_slug, title: m.process_title })}</dd>
        <dt>{t('stakeholders.representatives.type')}</dt>
        <dd>{t(`stakeholders.meetingType.${m.meeting_type}`)}</dd>
        <dt>{t('stakeholders.representatives.date')}</dt>
        <dd>{day(m.held_on, c)}</dd>
      </dl>
      {registered ? (
        <div class="alert ok" role="status">
          {t('stakeholders.representatives.registered')}
        </div>
      ) : null}
      {c.req.query('removed') ? (
        <div class="alert ok" role="status">
          {t('stakeholders.representatives.removed')}
        </div>
      ) : null}
      <table id="representatives">
        <caption>{t(secretariat ? 'stakeholders.representatives.all' : 'stakeholders.representatives.yours')}</caption>
        <thead>
          <tr>
            {secretariat ? <th>{t('stakeholders.field.name')}</th> : null}
            <th>{t('stakeholders.representatives.name')}</th>
            <th>{t('stakeholders.representatives.function')}</th>
            <th>{t('stakeholders.representatives.email')}</th>
            {orgId != null ? (
              <th>
                <span class="visually-hidden">{t('stakeholders.representatives.remove')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {reps.length === 0 ? (
            <tr>
              <td colspan={secretariat ? 4 : orgId != null ? 4 : 3} class="muted">
                {t('stakeholders.representatives.none')}
              </td>
            </tr>
          ) : (
            reps.map((r) => (
              <tr>
                {secretariat ? <td>{r.organisation}</td> : null}
                <td dir="auto">{r.name}</td>
                <td dir="auto">{r.function || '—'}</td>
                <td>{r.email}</td>
                {orgId != null ? (
                  <td>
                    <form method="post" action={`/stakeholders/meetings/${id}/representatives/${r.id}/remove`}>
                      <Csrf c={c} />
                      <button type="submit" class="secondary" aria-label={t('stakeholders.representatives.removeNamed', { name: r.name })}>
                        {t('stakeholders.representatives.remove')}
                      </button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {orgId != null && !accredited ? (
        <div class="alert warn" id="not-accredited">
          {t('stakeholders.err.not_accredited', { process: processName(t, { slug: m.process_slug, title: m.process_title }) })}
        </div>
      ) : null}
      {orgId != null && accredited ? (
        <section>
          <h2>{t('stakeholders.representatives.add')}</h2>
          {errors ? (
            <div class="alert error" role="alert">
              {errors.message}
            </div>
          ) : null}
          <form method="post" action={`/stakeholders/meetings/${id}/representatives`} class="stack">
            <Csrf c={c} />
            <Field id="name" label={t('stakeholders.representatives.name')} error={f.name}>
              {input('name')}
            </Field>
            <Field id="email" label={t('stakeholders.representatives.email')} error={f.email}>
              {input('email', 'email')}
            </Field>
            <Field id="function" label={t('stakeholders.representatives.function')} error={f.function}>
              {input('function', 'text', false)}
            </Field>
            <div>
              <button type="submit">{t('stakeholders.representatives.submit')}</button>
            </div>
          </form>
        </section>
      ) : null}
    </>
  );
}

export const processRoutes = new Hono<AppEnv>()
  .get('/stakeholders/processes', async (c) => page(c, c.get('t')('stakeholders.modalities.title'), await ProcessesPage({ c }), { wide: true }))
  .post('/stakeholders/processes/:slug/modalities', async (c) => {
    requireAccess(c.get('actor'), 'modalities.manage');
    const slug = c.req.param('slug');
    const form = await readForm(c);
    const values = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, str(v)]));
    try {
      await setModalities(c.get('db'), c.get('actor'), slug, modalitiesFromForm(form));
      return c.redirect(`/stakeholders/processes?saved=1#process-${slug}`, 303);
    } catch (err) {
      const errors = formErrors(err, c.get('t'));
      if (!errors || (err as { status?: number }).status === 404) throw err;
      return page(c, c.get('t')('stakeholders.modalities.title'), await ProcessesPage({ c, failed: { slug, values, errors } }), { wide: true, status: 400 });
    }
  })
  .post('/stakeholders/processes/:slug/apply', async (c) => {
    await readForm(c);
    const app = await applyForProcess(c.get('db'), c.get('actor'), { process: c.req.param('slug') });
    return c.redirect(`/stakeholders/applications/${app.id}?submitted=1`, 303);
  })
  .get('/stakeholders/representatives', async (c) => {
    const actor = requireRepresentativesReader(c);
    const t = c.get('t');
    const process = c.req.query('process') || undefined;
    const meetings = await meetingsForRepresentatives(c.get('db'), actor, { process });
    const processes = await listModalities(c.get('db'));
    return page(
      c,
      t('stakeholders.representatives.title'),
      <>
        <p>
          <a href="/stakeholders">{t('stakeholders.title')}</a>
        </p>
        <h1>{t('stakeholders.representatives.title')}</h1>
        <p class="lede">{t('stakeholders.representatives.lede')}</p>
        <ProcessFilter t={t} action="/stakeholders/representatives" processes={processes} chosen={process} />
        <table>
          <caption>{t('stakeholders.representatives.meetings')}</caption>
          <thead>
            <tr>
              <th>{t('stakeholders.representatives.meetingCol')}</th>
              <th>{t('stakeholders.field.process')}</th>
              <th>{t('stakeholders.representatives.type')}</th>
              <th>{t('stakeholders.representatives.date')}</th>
              <th>{t('stakeholders.representatives.count')}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.length === 0 ? (
              <tr>
                <td colspan={5} class="muted">
                  {t('stakeholders.representatives.noMeetings')}
                </td>
              </tr>
            ) : (
              meetings.map((m) => (
                <tr>
                  <td>
                    <a href={`/stakeholders/meetings/${m.id}/representatives`}>
                      {t('stakeholders.representatives.meeting', { session: m.session_title, number: m.number })}
                    </a>
                  </td>
                  <td>{processName(t, { slug: m.process, title: m.process_title })}</td>
                  <td>{t(`stakeholders.meetingType.${m.meeting_type}`)}</td>
                  <td>{day(m.held_on, c)}</td>
                  <td>{Number(m.representatives ?? 0)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </>,
      { wide: true },
    );
  })
  .get('/stakeholders/meetings/:id/representatives', async (c) => {
    requireRepresentativesReader(c);
    const id = meetingParam(c);
    return page(c, c.get('t')('stakeholders.representatives.title'), await MeetingPage({ c, id, registered: !!c.req.query('registered') }), { wide: true });
  })
  .post('/stakeholders/meetings/:id/representatives', async (c) => {
    const id = meetingParam(c);
    const form = await readForm(c);
    const values = { name: str(form.name), email: str(form.email), function: str(form.function) };
    try {
      await registerRepresentative(c.get('db'), c.get('actor'), id, values);
      return c.redirect(`/stakeholders/meetings/${id}/representatives?registered=1`, 303);
    } catch (err) {
      const errors = formErrors(err, c.get('t'));
      if (!errors || (err as { status?: number }).status === 404) throw err;
      return page(c, c.get('t')('stakeholders.representatives.title'), await MeetingPage({ c, id, values, errors }), { wide: true, status: 400 });
    }
  })
  .post('/stakeholders/meetings/:id/representatives/:rep/remove', async (c) => {
    const id = meetingParam(c);
    await readForm(c);
    await removeRepresentative(c.get('db'), c.get('actor'), id, Number(c.req.param('rep')) || 0);
    return c.redirect(`/stakeholders/meetings/${id}/representatives?removed=1`, 303);
  });
