import { Hono } from 'hono';
import { stateName } from '../../participants/names.ts';
import { DateText } from '../../i18n/DateText.tsx';
import { can, requireAccess } from '../../accounts/policy.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { NotFound } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import type { Section } from '../../server/sections.ts';
import { Field, formErrors, str } from '../../server/forms.tsx';
import { listPocs, pocHistory } from '../queries.ts';
import { retirePoc } from '../commands/retirePointOfContact.ts';
import { savePoc } from '../commands/savePointOfContact.ts';

type FormErrors = { message: string; fields: Record<string, string> };
const pocId = (c: Ctx) => {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id) || id <= 0) throw NotFound('That point of contact', 'poc.not_found');
  return id;
};

function PocForm({ c, values = {}, errors, id }: { c: Ctx; values?: Record<string, string>; errors?: FormErrors; id?: number }) {
  const t = c.get('t');
  const f = errors?.fields ?? {};
  const actor = c.get('actor');
  const own = actor.kind === 'user' && actor.role === 'delegate' ? actor.stateIso3 : null;
  const input = (n: string, type = 'text') => (
    <input
      dir="auto"
      id={n}
      name={n}
      type={type}
      value={values[n] ?? ''}
      required
      aria-invalid={f[n] ? 'true' : undefined}
      aria-describedby={f[n] ? `${n}-error` : undefined}
    />
  );
  return (
    <>
      <h1>{id ? t('registry.poc.edit') : t('registry.poc.new')}</h1>
      {errors ? (
        <div class="alert error" role="alert">
          {errors.message}
        </div>
      ) : null}
      <form method="post" action={id ? `/contacts/${id}` : '/contacts'} class="stack">
        <Csrf c={c} />
        {own || id ? (
          <input type="hidden" name="stateIso3" value={values.stateIso3 ?? own ?? ''} />
        ) : (
          <Field id="stateIso3" label={t('registry.field.state')} error={f.stateIso3}>
            {input('stateIso3')}
          </Field>
        )}
        <Field id="name" label={t('registry.field.pocName')} error={f.name}>
          {input('name')}
        </Field>
        <Field id="role" label={t('registry.field.role')} error={f.role}>
          <select id="role" name="role">
            {(['diplomatic', 'technical'] as const).map((r) => (
              <option value={r} selected={values.role === r}>
                {t(`registry.role.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="organisation" label={t('registry.field.organisation')} error={f.organisation}>
          {input('organisation')}
        </Field>
        <Field id="email" label={t('registry.field.email')} hint={t('registry.field.emailHint')} error={f.email}>
          {input('email', 'email')}
        </Field>
        <Field id="phone" label={t('registry.field.phone')} hint={t('registry.field.phoneHint')} error={f.phone}>
          {input('phone', 'tel')}
        </Field>
        <Field id="languages" label={t('registry.field.languages')} hint={t('registry.field.languagesHint')} error={f.languages ?? f['languages.0']}>
          {input('languages')}
        </Field>
        <Field id="timeZone" label={t('registry.field.timeZone')} hint={t('registry.field.timeZoneHint')} error={f.timeZone}>
          {input('timeZone')}
        </Field>
        <div>
          <button type="submit">{t('registry.save')}</button>
        </div>
      </form>
    </>
  );
}

const pocFromForm = (v: Record<string, string>) => ({
  stateIso3: v.stateIso3 ?? '',
  name: v.name ?? '',
  role: v.role as never,
  organisation: v.organisation ?? '',
  email: v.email ?? '',
  phone: v.phone ?? '',
  languages: (v.languages ?? '').split(/[\s,;]+/).filter(Boolean),
  timeZone: v.timeZone ?? '',
});
const formValues = async (c: Ctx) => Object.fromEntries(Object.entries(await readForm(c)).map(([k, x]) => [k, str(x)]));

export const stateProfileSection: Section = {
  order: 80,
  render: async (c, iso3) => {
    if (!can(c.get('actor'), 'poc.read')) return null; // never on the public profile
    const pocs = await listPocs(c.get('db'), c.get('actor'), { state: iso3 });
    const t = c.get('t');
    return (
      <section id="points-of-contact">
        <h2>{t('registry.poc.title')}</h2>
        {pocs.length === 0 ? (
          <p class="muted">{t('registry.poc.none')}</p>
        ) : (
          <ul>
            {pocs.map((p) => (
              <li>
                {p.name} ({t(`registry.role.${p.role}`)}) — <a href={`mailto:${p.email}`}>{p.email}</a>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={`/contacts?state=${iso3}`}>{t('registry.poc.directory')}</a>
        </p>
      </section>
    );
  },
};

export const contactRoutes = new Hono<AppEnv>()
  .get('/contacts', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const state = (c.req.query('state') ?? '').toUpperCase() || undefined;
    const pocs = await listPocs(c.get('db'), actor, { state });
    const own = actor.kind === 'user' && actor.role === 'delegate' ? actor.stateIso3 : null;
    return page(
      c,
      t('registry.poc.title'),
      <>
        <h1>{t('registry.poc.title')}</h1>
        <p class="lede">{t('registry.poc.lede')}</p>
        <p>
          {can(actor, 'poc.write', { ownerStateIso3: own ?? undefined }) ? (
            <a class="button" href="/contacts/new">
              {t('registry.poc.new')}
            </a>
          ) : null}{' '}
          <a class="button secondary" href="/contacts/communication-checks">
            {t('registry.communicationCheck.title')}
          </a>{' '}
          <a class="button secondary" href="/contacts/communications">
            {t('registry.comm.title')}
          </a>
        </p>
        <form method="get" action="/contacts" class="filters">
          <div>
            <label for="state">{t('registry.field.state')}</label>
            <input dir="auto" id="state" name="state" type="text" value={state ?? ''} />
          </div>
          <div>
            <button type="submit">{t('registry.filter')}</button>
          </div>
        </form>
        <table>
          <thead>
            <tr>
              <th>{t('registry.field.state')}</th>
              <th>{t('registry.field.pocName')}</th>
              <th>{t('registry.field.role')}</th>
              <th>{t('registry.field.organisation')}</th>
              <th>{t('registry.field.email')}</th>
              <th>{t('registry.field.phone')}</th>
              <th>{t('registry.field.languages')}</th>
              <th>{t('registry.field.timeZone')}</th>
              <th>
                <span class="visually-hidden">{t('registry.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pocs.map((p) => (
              <tr>
                <td>{stateName(p.state_iso3, t.lang) ?? p.state_name}</td>
                <td dir="auto">{p.name}</td>
                <td>{t(`registry.role.${p.role}`)}</td>
                <td dir="auto">{p.organisation}</td>
                <td>
                  <a href={`mailto:${p.email}`}>{p.email}</a>
                </td>
                <td>
                  <a href={`tel:${p.phone}`}>{p.phone}</a>
                </td>
                <td>{p.languages.join(', ')}</td>
                <td>{p.time_zone}</td>
                <td>
                  <a href={`/contacts/${p.poc_id}`}>
                    {can(actor, 'poc.write', { ownerStateIso3: p.state_iso3 }) ? t('registry.poc.edit') : t('registry.history')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
      { wide: true },
    );
  })
  .get('/contacts/new', (c) => {
    const actor = c.get('actor');
    requireAccess(actor, 'poc.write', { ownerStateIso3: actor.kind === 'user' ? actor.stateIso3 : null });
    return page(c, c.get('t')('registry.poc.new'), <PocForm c={c} />);
  })
  .post('/contacts', async (c) => {
    const v = await formValues(c);
    const actor = c.get('actor');
    if (actor.kind === 'user' && actor.role === 'delegate') v.stateIso3 ||= actor.stateIso3 ?? '';
    requireAccess(actor, 'poc.write', { ownerStateIso3: (v.stateIso3 ?? '').toUpperCase() });
    try {
      const p = await savePoc(c.get('db'), actor, pocFromForm(v));
      return c.redirect(`/contacts?state=${p.state_iso3}&saved=1`, 303);
    } catch (err) {
      const errors = formErrors(err, c.get('t'));
      if (!errors) throw err;
      return page(c, c.get('t')('registry.poc.new'), <PocForm c={c} values={v} errors={errors} />, { status: 400 });
    }
  })
  .get('/contacts/:id', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const history = await pocHistory(c.get('db'), actor, pocId(c));
    const cur = history[0];
    if (!cur) throw NotFound('That point of contact', 'poc.not_found');
    const state = (await c.get('db').selectFrom('points_of_contact').select('state_iso3').where('id', '=', cur.poc_id).executeTakeFirstOrThrow()).state_iso3;
    const values = {
      stateIso3: state,
      name: cur.name,
      role: cur.role,
      organisation: cur.organisation,
      email: cur.email,
      phone: cur.phone,
      languages: cur.languages.join(', '),
      timeZone: cur.time_zone,
    };
    return page(
      c,
      cur.name,
      <>
        <p>
          <a href={`/contacts?state=${state}`}>{t('registry.poc.title')}</a>
        </p>
        {can(actor, 'poc.write', { ownerStateIso3: state }) && cur.active ? (
          <>
            <PocForm c={c} values={values} id={cur.poc_id} />
            <form method="post" action={`/contacts/${cur.poc_id}/retire`}>
              <Csrf c={c} />
              <button type="submit" class="secondary">
                {t('registry.poc.retire')}
              </button>
            </form>
          </>
        ) : (
          <h1>{cur.name}</h1>
        )}
        <h2>{t('registry.history')}</h2>
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('registry.field.pocName')}</th>
              <th>{t('registry.field.email')}</th>
              <th>{t('registry.field.phone')}</th>
              <th>{t('registry.changedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr>
                <td>
                  {h.revision}
                  {h.active ? '' : ` (${t('registry.poc.retired')})`}
                </td>
                <td>{h.name}</td>
                <td>{h.email}</td>
                <td>{h.phone}</td>
                <td>
                  <DateText value={h.created_at} lang={t.lang} time /> — {h.created_by_label}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
    );
  })
  .post('/contacts/:id', async (c) => {
    const id = pocId(c);
    const v = await formValues(c);
    const owner = await c.get('db').selectFrom('points_of_contact').select('state_iso3').where('id', '=', id).executeTakeFirst();
    if (!owner) throw NotFound('That point of contact', 'poc.not_found');
    requireAccess(c.get('actor'), 'poc.write', { ownerStateIso3: owner.state_iso3 });
    v.stateIso3 = owner.state_iso3;
    try {
      await savePoc(c.get('db'), c.get('actor'), { ...pocFromForm(v), pocId: id });
      return c.redirect(`/contacts/${id}`, 303);
    } catch (err) {
      const errors = formErrors(err, c.get('t'));
      if (!errors) throw err;
      return page(c, c.get('t')('registry.poc.edit'), <PocForm c={c} values={v} errors={errors} id={id} />, { status: 400 });
    }
  })
  .post('/contacts/:id/retire', async (c) => {
    const id = pocId(c);
    await retirePoc(c.get('db'), c.get('actor'), id);
    return c.redirect('/contacts', 303);
  });
