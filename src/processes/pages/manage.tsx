import type { Translate } from '../../i18n/index.ts';
import { bodyName } from '../../i18n/processName.ts';
import type { Ctx } from '../../server/context.ts';
import type { ProcessDetail } from '../queries.ts';
import { BODY_KINDS, MEETING_TYPES } from '../tables.ts';
import { InputField, ManageForm, SelectField, type Form } from './fields.tsx';
import { pillarOptions } from './parts.tsx';

/** How many agenda rows the session form offers; more are added on the session afterwards. */
export const AGENDA_ROWS = 4;

/** The Secretariat's forms on a process's page: a new cycle, a new body, a new session with its first agenda items. */
export function ManageForms({ c, p, form }: { c: Ctx; p: ProcessDetail; form: Form }) {
  const t = c.get('t');
  return (
    <section aria-labelledby="manage" class="stack">
      <h2 id="manage">{t('processes.manage')}</h2>
      <ManageForm c={c} action={`/processes/${p.slug}/cycles`} form={form} prefix="cycle">
        <InputField
          form={form}
          prefix="cycle"
          name="title"
          label={t('processes.field.title')}
          hint={t('processes.field.cycleTitleHint')}
          required
          maxlength={200}
        />
        <Dates t={t} form={form} prefix="cycle" />
        <InputField form={form} prefix="cycle" name="outcome" label={t('processes.field.outcome')} hint={t('processes.field.outcomeHint')} maxlength={200} />
      </ManageForm>

      <ManageForm c={c} action={`/processes/${p.slug}/bodies`} form={form} prefix="body">
        <SelectField
          form={form}
          prefix="body"
          name="kind"
          label={t('processes.field.kind')}
          options={BODY_KINDS.map((k) => ({ value: k, label: t(`processes.kind.${k}`) }))}
          fallback="dtg"
        />
        <InputField form={form} prefix="body" name="title" label={t('processes.field.title')} required maxlength={200} />
        <InputField form={form} prefix="body" name="theme" label={t('processes.theme')} hint={t('processes.field.themeHint')} maxlength={1000} />
      </ManageForm>

      <ManageForm c={c} action={`/processes/${p.slug}/sessions`} form={form} prefix="session">
        <SelectField
          form={form}
          prefix="session"
          name="body"
          label={t('processes.field.body')}
          options={p.bodyList.map((b) => ({ value: b.slug, label: bodyName(t, b) }))}
          fallback="plenary"
        />
        <SelectField
          form={form}
          prefix="session"
          name="meetingType"
          label={t('processes.field.meetingType')}
          options={[{ value: '', label: t('processes.field.typeOfBody') }, ...MEETING_TYPES.map((m) => ({ value: m, label: t(`processes.type.${m}`) }))]}
        />
        <SelectField
          form={form}
          prefix="session"
          name="cycle"
          label={t('processes.field.cycle')}
          options={[{ value: '', label: t('processes.field.cycleByDates') }, ...p.cycleList.map((cy) => ({ value: cy.slug, label: cy.title }))]}
        />
        <InputField
          form={form}
          prefix="session"
          name="title"
          label={t('processes.field.sessionTitle')}
          hint={t('processes.field.sessionTitleHint')}
          required
          maxlength={200}
        />
        <InputField
          form={form}
          prefix="session"
          name="number"
          label={t('processes.field.number')}
          hint={t('processes.field.numberHint')}
          inputmode="numeric"
          maxlength={3}
        />
        <Dates t={t} form={form} prefix="session" />
        <fieldset>
          <legend>{t('processes.agenda')}</legend>
          <p class="muted">{t('processes.field.agendaHint')}</p>
          {Array.from({ length: AGENDA_ROWS }, (_, i) => (
            <div class="agenda-row" role="group" aria-label={t('processes.field.agendaRow', { n: i + 1 })}>
              <InputField form={form} prefix="session" name={`agendaItems.${i}.number`} label={t('processes.field.agendaNumber')} maxlength={20} size={6} />
              <InputField form={form} prefix="session" name={`agendaItems.${i}.title`} label={t('processes.field.agendaTitle')} maxlength={500} />
              <SelectField form={form} prefix="session" name={`agendaItems.${i}.pillar`} label={t('processes.field.pillar')} options={pillarOptions(t)} />
            </div>
          ))}
        </fieldset>
      </ManageForm>
    </section>
  );
}

/** A cycle's or a session's first and last day, both required. */
function Dates({ t, form, prefix }: { t: Translate; form: Form; prefix: string }) {
  return (
    <>
      <InputField form={form} prefix={prefix} name="startsOn" type="date" label={t('processes.field.startsOn')} required />
      <InputField form={form} prefix={prefix} name="endsOn" type="date" label={t('processes.field.endsOn')} required />
    </>
  );
}
