import { Hono } from 'hono';
import { can, requireAccess } from '../../accounts/policy.ts';
import { NotFound } from '../../foundation/errors.ts';
import { DeliverySummary } from '../../notifications/pages/deliverySummary.tsx';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { Field, FormAlert, formErrors } from '../../server/forms.tsx';
import { Csrf, page } from '../../server/layout.tsx';
import { sendCommunication, TEMPLATES } from '../commands/sendCommunication.ts';
import { communicationFor, listCommunications } from '../queries.ts';
import { acknowledgedAt, baseUrl, Choice, formStrings, type FormErrors, Head, LinksTable, nameAndRole, numId, ownState, when } from './parts.tsx';

/**
 * The form of a template communication. A sender with a State of its own (a delegation) sends in that
 * State's name; one without (the Secretariat) names the sending State, as sendCommunication decides.
 */
function CommunicationForm({ c, values = {}, errors }: { c: Ctx; values?: Record<string, string>; errors?: FormErrors }) {
  const t = c.get('t');
  const f = errors?.fields ?? {};
  const namesSender = can(c.get('actor'), 'communications.send') && !ownState(c.get('actor'));
  return (
    <form method="post" action="/points-of-contact/communications" class="stack" id="comm-form">
      <Csrf c={c} />
      <FormAlert errors={errors} />
      {namesSender ? (
        <Field id="fromState" label={t('registry.comm.from')} error={f.fromState}>
          <input dir="auto" id="fromState" name="fromState" type="text" value={values.fromState ?? ''} />
        </Field>
      ) : null}
      <Field id="toState" label={t('registry.comm.to')} error={f.toState}>
        <input dir="auto" id="toState" name="toState" type="text" required value={values.toState ?? ''} />
      </Field>
      <Field id="template" label={t('registry.comm.template')} error={f.template}>
        <Choice id="template" options={TEMPLATES} selected={values.template} label={(x) => t(`registry.template.${x}`)} />
      </Field>
      <Field id="recipients" label={t('registry.comm.recipients')}>
        <Choice id="recipients" options={['both', 'diplomatic', 'technical']} selected={values.recipients} label={(x) => t(`registry.recipients.${x}`)} />
      </Field>
      <Field id="urgency" label={t('registry.comm.urgency')}>
        <Choice id="urgency" options={['routine', 'urgent', 'critical']} selected={values.urgency} label={(x) => t(`registry.urgency.${x}`)} />
      </Field>
      <Field id="situation" label={t('registry.comm.situation')} error={f.situation}>
        <textarea dir="auto" id="situation" name="situation" required>
          {values.situation ?? ''}
        </textarea>
      </Field>
      <Field id="request" label={t('registry.comm.request')} error={f.request}>
        <textarea dir="auto" id="request" name="request">
          {values.request ?? ''}
        </textarea>
      </Field>
      <div>
        <button type="submit">{t('registry.comm.send')}</button>
      </div>
    </form>
  );
}

/** Template communications between States (a norm 13 (h) request for assistance, an incident notification): sent, listed, tracked. */
export const communicationRoutes = new Hono<AppEnv>()
  .get('/points-of-contact/communications', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const rows = await listCommunications(c.get('db'), actor);
    return page(
      c,
      t('registry.comm.title'),
      <>
        <p>
          <a href="/points-of-contact">{t('registry.pointOfContact.title')}</a>
        </p>
        <h1>{t('registry.comm.title')}</h1>
        <p class="lede">{t('registry.comm.lede')}</p>
        {can(actor, 'communications.send') ? <CommunicationForm c={c} /> : null}
        <table>
          <Head cells={['#', t('registry.comm.template'), t('registry.comm.from'), t('registry.comm.to'), t('registry.communicationCheck.acknowledged')]} />
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>
                  <a href={`/points-of-contact/communications/${r.id}`}>{r.id}</a>
                </td>
                <td>{t(`registry.template.${r.template}`)}</td>
                <td>{r.from_state_iso3}</td>
                <td>{r.to_state_iso3}</td>
                <td>
                  {r.acknowledged}/{r.recipients}
                  {r.first_ack ? ` — ${when(r.first_ack, t.lang)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
      { wide: true },
    );
  })
  .post('/points-of-contact/communications', async (c) => {
    const t = c.get('t');
    const form = await readForm(c);
    requireAccess(c.get('actor'), 'communications.send');
    const v = formStrings(form);
    try {
      const sent = await sendCommunication(
        c.get('db'),
        c.get('actor'),
        {
          fromState: v.fromState || undefined,
          toState: v.toState ?? '',
          template: v.template as never,
          recipients: (v.recipients || 'both') as never,
          situation: v.situation ?? '',
          request: v.request,
          urgency: (v.urgency || 'routine') as never,
        },
        { baseUrl: baseUrl(c) },
      );
      return page(
        c,
        t('registry.comm.title'),
        <>
          <h1>{sent.communication.subject}</h1>
          <div class="alert ok" role="status">
            {t('registry.comm.sent', { n: sent.links.length })}{' '}
            <a href={`/points-of-contact/communications/${sent.communication.id}`}>{t('registry.comm.track')}</a>
          </div>
          <DeliverySummary t={t} counts={sent.delivery} />
          <LinksTable t={t} links={sent.links} />
        </>,
      );
    } catch (err) {
      const e = formErrors(err, t);
      if (!e) throw err;
      return page(
        c,
        t('registry.comm.title'),
        <>
          <h1>{t('registry.comm.title')}</h1>
          <CommunicationForm c={c} values={v} errors={e} />
        </>,
        { status: 400 },
      );
    }
  })
  .get('/points-of-contact/communications/:id', async (c) => {
    const t = c.get('t');
    const comm = await communicationFor(c.get('db'), c.get('actor'), numId(c, 'That communication', 'communication.not_found'));
    if (!comm) throw NotFound('That communication', 'communication.not_found');
    return page(
      c,
      comm.subject,
      <>
        <p>
          <a href="/points-of-contact/communications">{t('registry.comm.title')}</a>
        </p>
        <h1>{comm.subject}</h1>
        <pre style="white-space:pre-wrap">{comm.body}</pre>
        <table>
          <Head cells={[t('registry.field.pointOfContactName'), t('registry.communicationCheck.emailStatus'), t('registry.communicationCheck.acknowledged')]} />
          <tbody>
            {comm.recipients.map((r) => (
              <tr>
                <td>{nameAndRole(t, r)}</td>
                <td>{t(`registry.email.${r.email_status}`)}</td>
                <td>{acknowledgedAt(t, r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
    );
  });
