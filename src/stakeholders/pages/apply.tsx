import { Hono } from 'hono';
import { Field, FormAlert, formErrors, inputsOf, str } from '../../server/forms.tsx';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { processName } from '../../i18n/processName.ts';
import { applyForAccreditation } from '../commands/applyForAccreditation.ts';
import { isOrganisationAccount } from '../actingOrganisation.ts';
import { CURRENT_PROCESS } from '../modalities.ts';
import { listModalities } from '../queries.ts';

/** The application form: an organisation not yet on the list applies for accreditation to a process. */

const KINDS = ['ngo', 'private-sector', 'academia', 'technical-community'] as const;
const ECOSOC = ['none', 'general', 'special', 'roster'] as const;

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
  // An organisation already on the list applies for another process from the modalities page, through its account.
  const orgAccount = isOrganisationAccount(c.get('actor'));
  const f = errors?.fields ?? {};
  const input = inputsOf(values, f);
  return (
    <>
      <h1>{t('stakeholders.apply.title')}</h1>
      <p class="lede">{t('stakeholders.apply.lede')}</p>
      {orgAccount ? (
        <p id="org-account">
          {t('stakeholders.apply.orgAccount')} <a href="/stakeholders/processes">{t('stakeholders.modalities.title')}</a>
        </p>
      ) : null}
      <FormAlert errors={errors} />
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

export const applyRoutes = new Hono<AppEnv>()
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
  });
