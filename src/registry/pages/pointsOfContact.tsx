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
import { listPointsOfContact, pointOfContactHistory } from '../queries.ts';
import { retirePointOfContact } from '../commands/retirePointOfContact.ts';
import { savePointOfContact } from '../commands/savePointOfContact.ts';

type FormErrors = { message: string; fields: Record<string, string> };
const pointOfContactId = (c: Ctx) => {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id) || id <= 0) throw NotFound('That point of contact', 'pointOfContact.not_found');
  return id;
};

function PointOfContactForm({ c, values = {}, errors, id }: { c: Ctx; values?: Record<string, string>; errors?: FormErrors; id?: number }) {
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
      <h1>{id ? t('registry.pointOfContact.edit') : t('registry.pointOfContact.new')}</h1>
      {errors ? (
        <div class="alert error" role="alert">
          {errors.message}
        </div>
      ) : null}
      <form method="post" action={id ? `/points-of-contact/${id}` : '/points-of-contact'} class="stack">
        <Csrf c={c} />
        {own || id ? (
          <input type="hidden" name="stateIso3" value={values.stateIso3 ?? own ?? ''} />
        ) : (
          <Field id="stateIso3" label={t('registry.field.state')} error={f.stateIso3}>
            {input('stateIso3')}
          </Field>
        )}
        <Field id="name" label={t('registry.field.pointOfContactName')} error={f.name}>
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

const pointOfContactFromForm = (v: Record<string, string>) => ({
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
    if (!can(c.get('actor'), 'pointsOfContact.read')) return null; // never on the public profile
    const pointsOfContact = await listPointsOfContact(c.get('db'), c.get('actor'), { state: iso3 });
    const t = c.get('t');
    return (
      <section id="points-of-contact">
        <h2>{t('registry.pointOfContact.title')}</h2>
        {pointsOfContact.length === 0 ? (
          <p class="muted">{t('registry.pointOfContact.none')}</p>
        ) : (
          <ul>
            {pointsOfContact.map((p) => (
              <li>
                {p.name} ({t(`registry.role.${p.role}`)}) — <a href={`mailto:${p.email}`}>{p.email}</a>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={`/points-of-contact?state=${iso3}`}>{t('registry.pointOfContact.directory')}</a>
        </p>
      </section>
    );
  },
};

export const pointOfContactRoutes = new Hono<AppEnv>()
  .get('/points-of-contact', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const state = (c.req.query('state') ?? '').toUpperCase() || undefined;
    const pointsOfContact = await listPointsOfContact(c.get('db'), actor, { state });
    const own = actor.kind === 'user' && actor.role === 'delegate' ? actor.stateIso3 : null;
    return page(
      c,
      t('registry.pointOfContact.title'),
      <>
        <h1>{t('registry.pointOfContact.title')}</h1>
        <p class="lede">{t('registry.pointOfContact.lede')}</p>
        <p>
          {can(actor, 'pointsOfContact.write', { ownerStateIso3: own ?? undefined }) ? (
            <a class="button" href="/points-of-contact/new">
              {t('registry.pointOfContact.new')}
            </a>
          ) : null}{' '}
          <a class="button secondary" href="/points-of-contact/communication-checks">
            {t('registry.communicationCheck.title')}
          </a>{' '}
          <a class="button secondary" href="/points-of-contact/communications">
            {t('registry.comm.title')}
          </a>
        </p>
        <form method="get" action="/points-of-contact" class="filters">
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
              <th>{t('registry.field.pointOfContactName')}</th>
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
            {pointsOfContact.map((p) => (
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
                  <a href={`/points-of-contact/${p.point_of_contact_id}`}>
                    {can(actor, 'pointsOfContact.write', { ownerStateIso3: p.state_iso3 }) ? t('registry.pointOfContact.edit') : t('registry.history')}
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
  .get('/points-of-contact/new', (c) => {
    const actor = c.get('actor');
    requireAccess(actor, 'pointsOfContact.write', { ownerStateIso3: actor.kind === 'user' ? actor.stateIso3 : null });
    return page(c, c.get('t')('registry.pointOfContact.new'), <PointOfContactForm c={c} />);
  })
  .post('/points-of-contact', async (c) => {
    const v = await formValues(c);
    const actor = c.get('actor');
    if (actor.kind === 'user' && actor.role === 'delegate') v.stateIso3 ||= actor.stateIso3 ?? '';
    requireAccess(actor, 'pointsOfContact.write', { ownerStateIso3: (v.stateIso3 ?? '').toUpperCase() });
    try {
      const p = await savePointOfContact(c.get('db'), actor, pointOfContactFromForm(v));
      return c.redirect(`/points-of-contact?state=${p.state_iso3}&saved=1`, 303);
    } catch (err) {
      const errors = formErrors(err, c.get('t'));
      if (!errors) throw err;
      return page(c, c.get('t')('registry.pointOfContact.new'), <PointOfContactForm c={c} values={v} errors={errors} />, { status: 400 });
    }
  })
  .get('/points-of-contact/:id', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const history = await pointOfContactHistory(c.get('db'), actor, pointOfContactId(c));
    const cur = history[0];
    if (!cur) throw NotFound('That point of contact', 'pointOfContact.not_found');
    const state = (await c.get('db').selectFrom('points_of_contact').select('state_iso3').where('id', '=', cur.point_of_contact_id).executeTakeFirstOrThrow())
      .state_iso3;
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
          <a href={`/points-of-contact?state=${state}`}>{t('registry.pointOfContact.title')}</a>
        </p>
        {can(actor, 'pointsOfContact.write', { ownerStateIso3: state }) && cur.active ? (
          <>
            <PointOfContactForm c={c} values={values} id={cur.point_of_contact_id} />
            <form method="post" action={`/points-of-contact/${cur.point_of_contact_id}/retire`}>
              <Csrf c={c} />
              <button type="submit" class="secondary">
                {t('registry.pointOfContact.retire')}
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
              <th>{t('registry.field.pointOfContactName')}</th>
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
                  {h.active ? '' : ` (${t('registry.pointOfContact.retired')})`}
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
  .post('/points-of-contact/:id', async (c) => {
    const id = pointOfContactId(c);
    const v = await formValues(c);
    const owner = await c.get('db').selectFrom('points_of_contact').select('state_iso3').where('id', '=', id).executeTakeFirst();
    if (!owner) throw NotFound('That point of contact', 'pointOfContact.not_found');
    requireAccess(c.get('actor'), 'pointsOfContact.write', { ownerStateIso3: owner.state_iso3 });
    v.stateIso3 = owner.state_iso3;
    try {
      await savePointOfContact(c.get('db'), c.get('actor'), { ...pointOfContactFromForm(v), pointOfContactId: id });
      return c.redirect(`/points-of-contact/${id}`, 303);
    } catch (err) {
      const errors = formErrors(err, c.get('t'));
      if (!errors) throw err;
      return page(c, c.get('t')('registry.pointOfContact.edit'), <PointOfContactForm c={c} values={v} errors={errors} id={id} />, { status: 400 });
    }
  })
  .post('/points-of-contact/:id/retire', async (c) => {
    const id = pointOfContactId(c);
    await retirePointOfContact(c.get('db'), c.get('actor'), id);
    return c.redirect('/points-of-contact', 303);
  });
