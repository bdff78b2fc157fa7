import { Hono } from 'hono';
import { createUser } from '../../accounts/commands/createUser.ts';
import { can, requireAccess } from '../../accounts/policy.ts';
import { Field, str } from '../../server/forms.tsx';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { NotFound, ValidationError } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { processName } from '../../i18n/processName.ts';
import { stateName } from '../../participants/names.ts';
import { decideEcosoc } from '../commands/decideEcosoc.ts';
import { objectToApplication } from '../commands/objectToApplication.ts';
import { applicationFor } from '../queries.ts';
import { dateTime as day, StatusTag } from './parts.tsx';

/** One application: what the public may read of it, the States' objections, and the Secretariat's decisions on it. */

const idParam = (c: Ctx) => {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id) || id <= 0) throw NotFound('That application', 'accreditation.not_found');
  return id;
};

export const applicationRoutes = new Hono<AppEnv>()
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
          <dd>{a.country_iso3 ? (stateName(a.country_iso3, t.lang) ?? a.country_iso3) : '—'}</dd>
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
  });
