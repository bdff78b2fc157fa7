import { can } from '../../accounts/policy.ts';
import { titleById } from '../../framework/localize.ts';
import { pillarTitle } from '../../records/pages/components.tsx';
import type { Ctx } from '../../server/context.ts';
import { Csrf } from '../../server/layout.tsx';
import type { ProcessDetail } from '../queries.ts';
import { InputField, Problems, SelectField, type Form } from './fields.tsx';
import { pillarOptions, Span } from './parts.tsx';

/** One session of a body: its number, dates and cycle, its agenda, its meetings, and the form that adds an agenda item. */
export function SessionView({ c, s, p, form }: { c: Ctx; s: ProcessDetail['sessionList'][number]; p: ProcessDetail; form: Form }) {
  const t = c.get('t');
  const cycle = p.cycleList.find((x) => x.id === s.cycle_id);
  const prefix = `agenda-${s.id}`;
  return (
    <li class="card" id={`session-${s.id}`}>
      <h4>
        <bdi>{s.title}</bdi> <span class="tag">{t(`processes.type.${s.meeting_type}`)}</span>
      </h4>
      <p>
        {t('processes.session.number', { n: s.number })} · <Span from={s.starts_on} to={s.ends_on} lang={t.lang} t={t} />
        {cycle ? (
          <>
            {' '}
            · <bdi>{cycle.title}</bdi>
          </>
        ) : null}
      </p>
      {s.agenda.length ? (
        <>
          <h5 id={`agenda-of-${s.id}`}>{t('processes.agenda')}</h5>
          <ul aria-labelledby={`agenda-of-${s.id}`} class="agenda">
            {s.agenda.map((a) => (
              <li>
                <bdi>{a.number}.</bdi> <bdi>{a.title}</bdi>
                {a.pillar ? (
                  <>
                    {' '}
                    <span class="tag">{titleById(a.pillar, pillarTitle(a.pillar), t.lang)}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{t('processes.agenda.none')}</p>
      )}
      {s.meetings.length ? (
        <p>
          {t('core.labelColon', { label: t('processes.meetings') })}
          {s.meetings.map((m, i) => (
            <>
              {i ? ', ' : ''}
              <a href={`/meetings/${m.id}`}>{t('processes.meeting', { n: m.number })}</a>
              {s.meeting_type === 'dtg' ? (
                <>
                  {' '}
                  (<a href={`/thematic-groups/meetings/${m.id}`}>{t('processes.dtgSummary')}</a>)
                </>
              ) : null}
            </>
          ))}
        </p>
      ) : (
        <p class="muted">{t('processes.meetings.none')}</p>
      )}
      {can(c.get('actor'), 'processes.manage') ? (
        <details open={form.form === prefix}>
          <summary>{t('processes.agenda.add')}</summary>
          <form
            method="post"
            action={`/processes/${p.slug}/sessions/${s.id}/agenda-items`}
            class="stack"
            aria-label={t('processes.agenda.addTo', { title: s.title })}
          >
            <Csrf c={c} />
            <Problems form={form} prefix={prefix} t={t} />
            <InputField form={form} prefix={prefix} name="number" label={t('processes.field.agendaNumber')} required maxlength={20} />
            <InputField form={form} prefix={prefix} name="title" label={t('processes.field.agendaTitle')} required maxlength={500} />
            <SelectField form={form} prefix={prefix} name="pillar" label={t('processes.field.pillar')} options={pillarOptions(t)} />
            <button type="submit">{t('processes.agenda.addButton')}</button>
          </form>
        </details>
      ) : null}
    </li>
  );
}
