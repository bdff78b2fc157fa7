import { Hono } from 'hono';
import { can, requireAccess } from '../../accounts/policy.ts';
import { processName } from '../../i18n/processName.ts';
import { Field, FormAlert, formErrors, str } from '../../server/forms.tsx';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { actingOrganisation } from '../actingOrganisation.ts';
import { applyForProcess } from '../commands/applyForProcess.ts';
import { setModalities } from '../commands/setModalities.ts';
import { accreditationsOf, listModalities } from '../queries.ts';
import { defaultWindowDays } from '../workingDays.ts';
import { ButtonForm } from './parts.tsx';

/**
 * Accreditation per process: each process's modalities (the Secretariat sets them), and an
 * accredited organisation's application to another process from its account.
 */

type Errors = { message: string; fields: Record<string, string> };

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
                      <ButtonForm c={c} action={`/stakeholders/processes/${p.slug}/apply`} label={t('stakeholders.modalities.applyForOrg')} />
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
                <FormAlert errors={mine?.errors} />
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
  });
