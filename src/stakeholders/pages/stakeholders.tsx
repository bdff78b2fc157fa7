import { Hono } from 'hono';
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import { createUser } from '../../accounts/commands/createUser.ts';
import { can, requireAccess } from '../../accounts/policy.ts';
import { Field, formErrors, str } from '../../server/forms.tsx';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { NotFound, ValidationError } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { applyForAccreditation } from '../commands/applyForAccreditation.ts';
import { contributionRoutes } from './contributions.tsx';
import { interestRoutes } from './interestList.tsx';
import { processRoutes } from './accreditation.tsx';
import { decideEcosoc } from '../commands/decideEcosoc.ts';
import { objectToApplication } from '../commands/objectToApplication.ts';
import { CURRENT_PROCESS } from '../modalities.ts';
import { processName } from '../../i18n/processName.ts';
import { ProcessFilter } from './processFilter.tsx';
import { applicationFor, listApplications, listModalities } from '../queries.ts';
import { isOrganisationAccount } from '../actingOrganisation.ts';

const KINDS = ['ngo', 'private-sector', 'academia', 'technical-community'] as const;
const ECOSOC = ['none', 'general', 'special', 'roster'] as const;
const day = (d: Date | string | null, lang: Lang) => formatDate(d, lang, { time: true, dash: true });
const idParam = (c: Ctx) => {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id) || id <= 0) throw NotFound('That application', 'accreditation.not_found');
  return id;
};

function StatusTag({ c, status }: { c: Ctx; status: string }) {
  return <span class={`tag status-${status}`}>{c.get('t')(`stakeholders.status.${status}`)}</span>;
}

async function ApplyForm({
  c,
  values = {},
  errors,
}: {
  c: Ctx;
  values?: Record<string, string>;
  errors?: { message: string; fields: Record<string, string> };
}) {
  const t = c.get('t');
  const processes = await listModalities(c.get('db'));
  const chosen = values.process || c.req.query('process') || CURRENT_PROCESS;
  const actor = c.get('actor');
  // An organisation already on the list applies for another process from the modalities page, through its account.
  const orgAccount = isOrganisationAccount(actor);
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
      <h1>{t('stakeholders.apply.title')}</h1>
      <p class="lede">{t('stakeholders.apply.lede')}</p>
      {orgAccount ? (
        <p id="org-account">
          {t('stakeholders.apply.orgAccount')} <a href="/stakeholders/processes">{t('stakeholders.modalities.title')}</a>
        </p>
      ) : null}
      {errors ? (
        <div class="alert error" role="alert">
          {errors.message}
        </div>
      ) : null}
      <form method="post" action="/stakeholders/apply" class="stack">
        <Csrf c={c} />
        <Field id="process" label={t('stakeholders.field.process')} hint={t('stakeholders.field.processHint')} error={f.process}>
          <select id="process" name="process" aria-describedby="process-hint">
            {processes.map((p) => (
              <option value={p.slug} selected={chosen === p.slug}>
                {processName(t, p)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="name" label={t('stakeholders.field.name')} error={f.name}>
          {input('name')}
        </Field>
        <Field id="kind" label={t('stakeholders.field.kind')} error={f.kind}>
          <select id="kind" name="kind">
            {KINDS.map((k) => (
              <option value={k} selected={values.kind === k}>
                {t(`stakeholders.kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="country" label={t('stakeholders.field.country')} hint={t('stakeholders.field.countryHint')} error={f.country}>
          {input('country', 'text', false)}
        </Field>
        <Field id="ecosocStatus" label={t('stakeholders.field.ecosoc')} error={f.ecosocStatus}>
          <select id="ecosocStatus" name="ecosocStatus">
            {ECOSOC.map((k) => (
              <option value={k} selected={values.ecosocStatus === k}>
                {t(`stakeholders.ecosoc.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="website" label={t('stakeholders.field.website')} error={f.website}>
          {input('website', 'url', false)}
        </Field>
        <Field id="description" label={t('stakeholders.field.description')} error={f.description}>
          <textarea dir="auto" id="description" name="description" required>
            {values.description ?? ''}
          </textarea>
        </Field>
        <Field id="contactName" label={t('stakeholders.field.contactName')} error={f.contactName}>
          {input('contactName')}
        </Field>
        <Field id="contactEmail" label={t('stakeholders.field.contactEmail')} error={f.contactEmail}>
          {input('contactEmail', 'email')}
        </Field>
        <div>
          <button type="submit">{t('stakeholders.apply.submit')}</button>
        </div>
      </form>
    </>
  );
}

const toInput = (v: Record<string, string>) => ({
  process: v.process || undefined,
  name: v.name,
  kind: v.kind as never,
  country: v.country,
  ecosocStatus: (v.ecosocStatus || 'none') as never,
  website: v.website,
  description: v.description,
  contactName: v.contactName,
  contactEmail: v.contactEmail,
});

export const pages = new Hono<AppEnv>()
  .get('/stakeholders', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const process = c.req.query('process') || undefined;
    const apps = await listApplications(c.get('db'), { process });
    const processes = await listModalities(c.get('db'));
    return page(
      c,
      t('stakeholders.title'),
      <>
        <h1>{t('stakeholders.title')}</h1>
        <p class="lede">{t('stakeholders.lede')}</p>
        <p>
          <a class="button" href="/stakeholders/apply">
            {t('stakeholders.apply.title')}
          </a>{' '}
          <a class="button secondary" href="/stakeholders/contributions">
            {t('stakeholders.contributions.title')}
          </a>{' '}
          <a class="button secondary" href="/stakeholders/processes">
            {t('stakeholders.modalities.title')}
          </a>{' '}
          <a class="button secondary" href="/stakeholders/interest-list">
            {t('stakeholders.interest.short')}
          </a>
          {can(actor, 'accreditation.decide') || can(actor, 'organisation.act') ? (
            <>
              {' '}
              <a class="button secondary" href="/stakeholders/representatives">
                {t('stakeholders.representatives.title')}
              </a>
            </>
          ) : null}
          {can(actor, 'interestList.read') ? (
            <>
              {' '}
              <a class="button secondary" href="/stakeholders/interest-list/subscribers">
                {t('stakeholders.interest.subscribersShort')}
              </a>
            </>
          ) : null}
        </p>
        <ProcessFilter t={t} action="/stakeholders" processes={processes} chosen={process} />
        <table>
          <caption>{t('stakeholders.applications')}</caption>
          <thead>
            <tr>
              <th>{t('stakeholders.field.name')}</th>
              <th>{t('stakeholders.field.process')}</th>
              <th>{t('stakeholders.field.kind')}</th>
              <th>{t('stakeholders.procedure')}</th>
              <th>{t('stakeholders.statusLabel')}</th>
              <th>{t('stakeholders.deadline')}</th>
            </tr>
          </thead>
          <tbody>
            {apps.length === 0 ? (
              <tr>
                <td colspan={6} class="muted">
                  {t('stakeholders.applications.none')}
                </td>
              </tr>
            ) : null}
            {apps.map((a) => (
              <tr>
                <td>
                  <a href={`/stakeholders/applications/${a.id}`}>{a.organisation_name}</a>
                </td>
                <td>{processName(t, { slug: a.process, title: a.process_title })}</td>
                <td>{t(`stakeholders.kind.${a.kind}`)}</td>
                <td>{t(`stakeholders.procedure.${a.procedure}`)}</td>
                <td>
                  <StatusTag c={c} status={a.status} />
                </td>
                <td>{a.status === 'objection-window' ? day(a.deadline_at, t.lang) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
      { wide: true },
    );
  })
  .get('/stakeholders/apply', async (c) => page(c, c.get('t')('stakeholders.apply.title'), await ApplyForm({ c })))
  .post('/stakeholders/apply', async (c) => {
    const form = await readForm(c);
    const values = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, str(v)]));
    try {
      const app = await applyForAccreditation(c.get('db'), c.get('actor'), toInput(values));
      return c.redirect(`/stakeholders/applications/${app.id}?submitted=1`, 303);
    } catch (err) {
      const errors = formErrors(err, c.get('t'));
      if (!errors) throw err;
      return page(c, c.get('t')('stakeholders.apply.title'), await ApplyForm({ c, values, errors }), { status: 400 });
    }
  })
  .get('/stakeholders/applications/:id', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const a = await applicationFor(c.get('db'), actor, idParam(c));
    if (!a) throw NotFound('That application', 'accreditation.not_found');
    const open = a.status === 'objection-window' && a.deadline_at && new Date(a.deadline_at) > new Date();
    return page(
      c,
      a.organisation_name,
      <>
        <p>
          <a href="/stakeholders">{t('stakeholders.title')}</a>
        </p>
        <h1>
          {a.organisation_name} <StatusTag c={c} status={a.status} />
        </h1>
        {c.req.query('submitted') ? (
          <div class="alert ok" role="status">
            {t(`stakeholders.submitted.${a.procedure === 'ecosoc' ? 'ecosoc' : a.procedure === 'carried-over' ? 'carried' : 'window'}`, {
              deadline: day(a.deadline_at, t.lang),
            })}
          </div>
        ) : null}
        {c.req.query('objected') ? (
          <div class="alert ok" role="status">
            {t('stakeholders.objection.recorded')}
          </div>
        ) : null}
        {a.outcome_notice ? (
          <div class={`alert ${a.status === 'accredited' ? 'ok' : 'warn'}`} id="outcome">
            {a.outcome_notice}
          </div>
        ) : null}
        <dl class="facts">
          <dt>{t('stakeholders.field.process')}</dt>
          <dd>
            <a href={`/stakeholders?process=${a.process}`}>{processName(t, { slug: a.process, title: a.process_title })}</a>
          </dd>
          <dt>{t('stakeholders.field.kind')}</dt>
          <dd>{t(`stakeholders.kind.${a.kind}`)}</dd>
          <dt>{t('stakeholders.field.country')}</dt>
          <dd>{a.country_iso3 ?? '—'}</dd>
          <dt>{t('stakeholders.field.ecosoc')}</dt>
          <dd>{t(`stakeholders.ecosoc.${a.ecosoc_status}`)}</dd>
          <dt>{t('stakeholders.field.website')}</dt>
          <dd>
            {a.website ? (
              <a href={a.website} rel="nofollow noopener">
                {a.website}
              </a>
            ) : (
              '—'
            )}
          </dd>
          <dt>{t('stakeholders.procedure')}</dt>
          <dd>{t(`stakeholders.procedure.${a.procedure}`)}</dd>
          {a.deadline_at ? (
            <>
              <dt>{t('stakeholders.deadline')}</dt>
              <dd>
                {day(a.deadline_at, t.lang)} ({t('stakeholders.workingDays', { n: a.working_days ?? 0 })})
              </dd>
            </>
          ) : null}
          {a.contact_email ? (
            <>
              <dt>{t('stakeholders.field.contactName')}</dt>
              <dd>
                {a.contact_name} &lt;{a.contact_email}&gt;
              </dd>
            </>
          ) : null}
        </dl>
        <p>{a.description}</p>

        {a.objections.length > 0 || can(actor, 'objections.read') ? (
          <section id="objections">
            <h2>{t('stakeholders.objections')}</h2>
            {a.objections.length === 0 ? (
              <p class="muted">{t('stakeholders.objections.none')}</p>
            ) : (
              <ul>
                {a.objections.map((o) => (
                  <li>
                    <strong>{o.state_name}</strong> — {o.basis || t('stakeholders.objection.noBasis')}{' '}
                    <span class="tag">{t(o.shared_with_states ? 'stakeholders.objection.shared' : 'stakeholders.objection.notShared')}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}

        {open && can(actor, 'accreditation.object') && !a.ownObjection ? (
          <section>
            <h2>{t('stakeholders.objection.title')}</h2>
            <p class="muted">{t('stakeholders.objection.help')}</p>
            <form method="post" action={`/stakeholders/applications/${a.id}/objection`} class="stack">
              <Csrf c={c} />
              <Field id="basis" label={t('stakeholders.objection.basis')}>
                <textarea dir="auto" id="basis" name="basis"></textarea>
              </Field>
              <div>
                <label>
                  <input type="checkbox" name="shareWithStates" value="1" /> {t('stakeholders.objection.share')}
                </label>
              </div>
              <div>
                <button type="submit">{t('stakeholders.objection.submit')}</button>
              </div>
            </form>
          </section>
        ) : null}

        {a.status === 'awaiting-confirmation' && can(actor, 'accreditation.decide') ? (
          <section>
            <h2>{t('stakeholders.ecosoc.title')}</h2>
            <form method="post" action={`/stakeholders/applications/${a.id}/ecosoc`} class="stack">
              <Csrf c={c} />
              <Field id="note" label={t('stakeholders.note')}>
                <input dir="auto" id="note" name="note" type="text" />
              </Field>
              <div>
                <button type="submit" name="confirmed" value="1">
                  {t('stakeholders.ecosoc.confirm')}
                </button>{' '}
                <button type="submit" name="confirmed" value="0" class="secondary">
                  {t('stakeholders.ecosoc.reject')}
                </button>
              </div>
            </form>
          </section>
        ) : null}

        {a.status === 'accredited' && a.organisation_id && can(actor, 'users.manage') ? (
          <section>
            <h2>{t('stakeholders.account.title')}</h2>
            <form method="post" action={`/stakeholders/applications/${a.id}/account`} class="stack">
              <Csrf c={c} />
              <Field id="email" label={t('stakeholders.field.contactEmail')}>
                <input id="email" name="email" type="email" value={a.contact_email ?? ''} required />
              </Field>
              <Field id="password" label={t('stakeholders.account.password')}>
                <input id="password" name="password" type="password" required />
              </Field>
              <div>
                <button type="submit">{t('stakeholders.account.create')}</button>
              </div>
            </form>
          </section>
        ) : null}

        <h2>{t('stakeholders.history')}</h2>
        <ol id="history">
          {a.history.map((h) => (
            <li>
              <time>{day(h.at, t.lang)}</time> — {t(`stakeholders.status.${h.status}`)}
              {h.note ? `: ${h.note}` : ''}
              {h.actor_label ? <span class="muted"> ({h.actor_label})</span> : null}
            </li>
          ))}
        </ol>
      </>,
    );
  })
  .post('/stakeholders/applications/:id/objection', async (c) => {
    const id = idParam(c);
    const form = await readForm(c);
    await objectToApplication(c.get('db'), c.get('actor'), id, { basis: str(form.basis), shareWithStates: str(form.shareWithStates) === '1' });
    return c.redirect(`/stakeholders/applications/${id}?objected=1`, 303);
  })
  .post('/stakeholders/applications/:id/ecosoc', async (c) => {
    const id = idParam(c);
    const form = await readForm(c);
    await decideEcosoc(c.get('db'), c.get('actor'), id, { confirmed: str(form.confirmed) === '1', note: str(form.note) });
    return c.redirect(`/stakeholders/applications/${id}`, 303);
  })
  .post('/stakeholders/applications/:id/account', async (c) => {
    requireAccess(c.get('actor'), 'users.manage');
    const id = idParam(c);
    const form = await readForm(c);
    const a = await applicationFor(c.get('db'), c.get('actor'), id);
    if (!a?.organisation_id) throw ValidationError('Only an accredited organisation gets an account.', undefined, 'accreditation.not_accredited');
    await createUser(c.get('db'), c.get('actor'), {
      email: str(form.email),
      displayName: a.organisation_name,
      password: str(form.password),
      role: 'stakeholder',
      organisationId: a.organisation_id,
    });
    return c.redirect('/admin/users', 303);
  })
  .route('/', processRoutes)
  .route('/', interestRoutes)
  .route('/', contributionRoutes);
