import { Hono } from 'hono';
import { can, requireAccess } from '../../accounts/policy.ts';
import { formatDate } from '../../i18n/format.ts';
import { processName } from '../../i18n/processName.ts';
import { Field, FormAlert, formErrors, inputsOf, str } from '../../server/forms.tsx';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { NotFound } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { actingOrganisation } from '../actingOrganisation.ts';
import { registerRepresentative } from '../commands/registerRepresentative.ts';
import { removeRepresentative } from '../commands/removeRepresentative.ts';
import { accreditationsOf, listModalities, meetingOfProcess, meetingsForRepresentatives, representativesOf } from '../queries.ts';
import { ProcessFilter } from './processFilter.tsx';
import { ButtonForm, ListTable } from './parts.tsx';

/**
 * Named representatives per meeting: an accredited organisation names its own for the meetings of
 * the processes it is accredited to; the Secretariat sees everyone's.
 */

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
  const input = inputsOf(values, f);
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
      <ListTable
        id="representatives"
        caption={t(secretariat ? 'stakeholders.representatives.all' : 'stakeholders.representatives.yours')}
        headers={[
          ...(secretariat ? [t('stakeholders.field.name')] : []),
          t('stakeholders.representatives.name'),
          t('stakeholders.representatives.function'),
          t('stakeholders.representatives.email'),
          ...(orgId != null ? [<span class="visually-hidden">{t('stakeholders.representatives.remove')}</span>] : []),
        ]}
        empty={t('stakeholders.representatives.none')}
        rows={reps.map((r) => (
          <tr>
            {secretariat ? <td>{r.organisation}</td> : null}
            <td dir="auto">{r.name}</td>
            <td dir="auto">{r.function || '—'}</td>
            <td>{r.email}</td>
            {orgId != null ? (
              <td>
                <ButtonForm
                  c={c}
                  action={`/stakeholders/meetings/${id}/representatives/${r.id}/remove`}
                  label={t('stakeholders.representatives.remove')}
                  ariaLabel={t('stakeholders.representatives.removeNamed', { name: r.name })}
                />
              </td>
            ) : null}
          </tr>
        ))}
      />
      {orgId != null && !accredited ? (
        <div class="alert warn" id="not-accredited">
          {t('stakeholders.err.not_accredited', { process: processName(t, { slug: m.process_slug, title: m.process_title }) })}
        </div>
      ) : null}
      {orgId != null && accredited ? (
        <section>
          <h2>{t('stakeholders.representatives.add')}</h2>
          <FormAlert errors={errors} />
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

export const representativeRoutes = new Hono<AppEnv>()
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
        <ListTable
          caption={t('stakeholders.representatives.meetings')}
          headers={[
            t('stakeholders.representatives.meetingCol'),
            t('stakeholders.field.process'),
            t('stakeholders.representatives.type'),
            t('stakeholders.representatives.date'),
            t('stakeholders.representatives.count'),
          ]}
          empty={t('stakeholders.representatives.noMeetings')}
          rows={meetings.map((m) => (
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
          ))}
        />
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
