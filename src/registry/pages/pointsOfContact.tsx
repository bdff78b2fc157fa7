import { Hono } from 'hono';
import type { Actor } from '../../accounts/actor.ts';
import { stateName } from '../../participants/names.ts';
import { DateText } from '../../i18n/DateText.tsx';
import { can, requireAccess } from '../../accounts/policy.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { NotFound } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import type { Section } from '../../server/sections.ts';
import { Field, FormAlert, formErrors, inputsOf } from '../../server/forms.tsx';
import { listPointsOfContact, pointOfContactHistory } from '../queries.ts';
import { retirePointOfContact } from '../commands/retirePointOfContact.ts';
import { savePointOfContact } from '../commands/savePointOfContact.ts';
import { Choice, formStrings, type FormErrors, Head, nameAndRole, numId, ownState } from './parts.tsx';

const pointOfContactId = (c: Ctx) => numId(c, 'That point of contact', 'pointOfContact.not_found');
/** Whether the actor writes any State's points of contact (the Secretariat), and so names the State; a delegation writes its own. */
const choosesState = (actor: Actor) => can(actor, 'pointsOfContact.write');

function PointOfContactForm({ c, values = {}, errors, id }: { c: Ctx; values?: Record<string, string>; errors?: FormErrors; id?: number }) {
  const t = c.get('t');
  const f = errors?.fields ?? {};
  const actor = c.get('actor');
  const input = inputsOf(values, f);
  return (
    <>
      <h1>{id ? t('registry.pointOfContact.edit') : t('registry.pointOfContact.new')}</h1>
      <FormAlert errors={errors} />
      <form method="post" action={id ? `/points-of-contact/${id}` : '/points-of-contact'} class="stack">
        <Csrf c={c} />
        {id || !choosesState(actor) ? (
          <input type="hidden" name="stateIso3" value={values.stateIso3 ?? ownState(actor) ?? ''} />
        ) : (
          <Field id="stateIso3" label={t('registry.field.state')} error={f.stateIso3}>
            {input('stateIso3')}
          </Field>
        )}
        <Field id="name" label={t('registry.field.pointOfContactName')} error={f.name}>
          {input('name')}
        </Field>
        <Field id="role" label={t('registry.field.role')} error={f.role}>
          <Choice id="role" options={['diplomatic', 'technical']} selected={values.role} label={(r) => t(`registry.role.${r}`)} />
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
const formValues = async (c: Ctx) => formStrings(await readForm(c));

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
                {nameAndRole(t, p)} — <a href={`mailto:${p.email}`}>{p.email}</a>
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
    return page(
      c,
      t('registry.pointOfContact.title'),
      <>
        <h1>{t('registry.pointOfContact.title')}</h1>
        <p class="lede">{t('registry.pointOfContact.lede')}</p>
        <p>
          {can(actor, 'pointsOfContact.write', { ownerStateIso3: ownState(actor) ?? undefined }) ? (
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
          <Head
            cells={[
              ...(['state', 'pointOfContactName', 'role', 'organisation', 'email', 'phone', 'languages', 'timeZone'] as const).map((k) =>
                t(`registry.field.${k}`),
              ),
              <span class="visually-hidden">{t('registry.actions')}</span>,
            ]}
          />
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
    requireAccess(actor, 'pointsOfContact.write', { ownerStateIso3: ownState(actor) });
    return page(c, c.get('t')('registry.pointOfContact.new'), <PointOfContactForm c={c} />);
  })
  .post('/points-of-contact', async (c) => {
    const v = await formValues(c);
    const actor = c.get('actor');
    if (!choosesState(actor)) v.stateIso3 ||= ownState(actor) ?? '';
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
          <Head cells={['#', t('registry.field.pointOfContactName'), t('registry.field.email'), t('registry.field.phone'), t('registry.changedBy')]} />
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
