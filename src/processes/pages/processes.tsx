import { Hono } from 'hono';
import { can } from '../../accounts/policy.ts';
import { PILLAR_IDS } from '../../framework/catalogue/types.ts';
import { localize, titleById } from '../../framework/localize.ts';
import { DateText } from '../../i18n/DateText.tsx';
import type { Translate } from '../../i18n/index.ts';
import { bodyName, bodyTheme, processName } from '../../i18n/processName.ts';
import { pillarTitle } from '../../records/pages/components.tsx';
import { errorsFor } from '../../reporting/fieldErrors.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { AppError, NotFound } from '../../foundation/errors.ts';
import { raw } from 'hono/html';
import { Csrf, page } from '../../server/layout.tsx';
import { addAgendaItem } from '../commands/addAgendaItem.ts';
import { addBody } from '../commands/addBody.ts';
import { createCycle } from '../commands/createCycle.ts';
import { createSession } from '../commands/createSession.ts';
import { listProcesses, processDetail, type ProcessDetail, type ProcessRow } from '../queries.ts';
import { BODY_KINDS, MEETING_TYPES } from '../tables.ts';

/** Which form a re-rendered page shows its typed values and errors in. */
type Form = { form: string; values: Record<string, string>; errors: Record<string, string> };
/** Agenda rows side by side where there is room; the agenda as a plain list. */
const CSS = `.agenda-row { display: grid; grid-template-columns: 8rem 1fr 14rem; gap: .5rem; align-items: end; margin-block-end: .5rem; }
@media (max-width: 40rem) { .agenda-row { grid-template-columns: 1fr; } }
ul.agenda { padding-inline-start: 0; list-style: none; }
form.card.stack { max-width: 48rem; }`;
const Style = () => <style>{raw(CSS)}</style>;

const none: Form = { form: '', values: {}, errors: {} };
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
/** How many agenda rows the session form offers; more are added on the session afterwards. */
export const AGENDA_ROWS = 4;

function Field({
  form,
  prefix,
  name,
  label,
  type = 'text',
  hint,
  ...attrs
}: {
  form: Form;
  prefix: string;
  name: string;
  label: string;
  type?: string;
  hint?: string;
  [k: string]: unknown;
}) {
  const id = `${prefix}-${name.replace(/\./g, '-')}`;
  const mine = form.form === prefix;
  const e = mine ? form.errors[name] : undefined;
  return (
    <div>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="muted" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        dir={type === 'text' ? 'auto' : undefined}
        id={id}
        name={name}
        type={type}
        value={mine ? (form.values[name] ?? '') : ''}
        aria-invalid={e ? 'true' : undefined}
        aria-describedby={[e ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined}
        {...attrs}
      />
      {e ? (
        <p class="field-error" id={`${id}-error`}>
          {e}
        </p>
      ) : null}
    </div>
  );
}

function Select({
  form,
  prefix,
  name,
  label,
  options,
  fallback,
}: {
  form: Form;
  prefix: string;
  name: string;
  label: string;
  options: Array<{ value: string; label: string }>;
  fallback?: string;
}) {
  const id = `${prefix}-${name.replace(/\./g, '-')}`;
  const mine = form.form === prefix;
  const e = mine ? form.errors[name] : undefined;
  return (
    <div>
      <label for={id}>{label}</label>
      <select id={id} name={name} aria-invalid={e ? 'true' : undefined} aria-describedby={e ? `${id}-error` : undefined}>
        {options.map((o) => (
          <option value={o.value} selected={mine ? form.values[name] === o.value : o.value === fallback}>
            {o.label}
          </option>
        ))}
      </select>
      {e ? (
        <p class="field-error" id={`${id}-error`}>
          {e}
        </p>
      ) : null}
    </div>
  );
}

/** The form's summary: a general message when a field is wrong, the error itself when no field carries it. */
function Problems({ form, prefix, t }: { form: Form; prefix: string; t: Translate }) {
  if (form.form !== prefix || !Object.keys(form.errors).length) return null;
  return (
    <p class="field-error" role="alert">
      {form.errors._ ?? t('processes.form.fix')}
    </p>
  );
}

function Span({ from, to, lang, t }: { from: string | null; to: string | null; lang: Translate['lang']; t: Translate }) {
  if (!from && !to) return <span class="muted">{t('processes.dates.none')}</span>;
  return (
    <>
      <DateText value={from} lang={lang} /> – <DateText value={to} lang={lang} />
    </>
  );
}

function versionTitle(c: Ctx, p: ProcessRow) {
  return p.framework_version
    ? localize({ title: p.framework_title ?? p.framework_version, translations: p.framework_translations }, c.get('lang')).title
    : null;
}

async function renderIndex(c: Ctx) {
  const t = c.get('t');
  const processes = await listProcesses(c.get('db'));
  return page(
    c,
    t('processes.title'),
    <>
      <h1>{t('processes.title')}</h1>
      <p class="lede">{t('processes.lede')}</p>
      <ul class="cards">
        {processes.map((p) => (
          <li class="card" id={`process-${p.slug}`}>
            <h2>
              <a href={`/processes/${p.slug}`}>{processName(t, p)}</a>
            </h2>
            <p>
              <Span from={p.starts_on} to={p.ends_on} lang={t.lang} t={t} />
            </p>
            <p>
              {t('core.labelColon', { label: t('processes.framework') })}
              {p.framework_version ? (
                <a href={`/framework/versions/${encodeURIComponent(p.framework_version)}`}>{versionTitle(c, p)}</a>
              ) : (
                <span class="muted">{t('processes.framework.none')}</span>
              )}
            </p>
            <p class="muted">{t('processes.counts', { bodies: p.bodies, cycles: p.cycles, sessions: p.sessions, meetings: p.meetings })}</p>
          </li>
        ))}
      </ul>
    </>,
  );
}

/** The seeded outcome ("progress report") in the reader's language; one the Secretariat typed is shown as written. */
function outcomeName(t: Translate, outcome: string | null): string {
  if (!outcome) return '—';
  return outcome.trim().toLowerCase() === 'progress report' ? t('processes.outcome.progressReport') : outcome;
}

function SessionView({ c, s, p, form }: { c: Ctx; s: ProcessDetail['sessionList'][number]; p: ProcessDetail; form: Form }) {
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
            <Field form={form} prefix={prefix} name="number" label={t('processes.field.agendaNumber')} required maxlength={20} />
            <Field form={form} prefix={prefix} name="title" label={t('processes.field.agendaTitle')} required maxlength={500} />
            <Select form={form} prefix={prefix} name="pillar" label={t('processes.field.pillar')} options={pillarOptions(t)} />
            <button type="submit">{t('processes.agenda.addButton')}</button>
          </form>
        </details>
      ) : null}
    </li>
  );
}

const pillarOptions = (t: Translate) => [
  { value: '', label: t('processes.field.noPillar') },
  ...PILLAR_IDS.map((id) => ({ value: id, label: titleById(id, pillarTitle(id), t.lang) })),
];

async function renderProcess(c: Ctx, slug: string, form: Form = none, status = 200) {
  const t = c.get('t');
  const lang = t.lang;
  const p = await processDetail(c.get('db'), c.get('actor'), slug);
  if (!p) throw NotFound('That process', 'process.not_found');
  const manage = can(c.get('actor'), 'processes.manage');
  const title = processName(t, p);
  return page(
    c,
    title,
    <>
      <Style />
      <p>
        <a href="/processes">{t('processes.title')}</a>
      </p>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{t('processes.dates')}</dt>
        <dd>
          <Span from={p.starts_on} to={p.ends_on} lang={lang} t={t} />
        </dd>
        <dt>{t('processes.framework')}</dt>
        <dd>
          {p.framework_version ? (
            <a href={`/framework/versions/${encodeURIComponent(p.framework_version)}`}>{versionTitle(c, p)}</a>
          ) : (
            t('processes.framework.none')
          )}
        </dd>
      </dl>
      <p>
        <a href={`/meetings?process=${p.slug}`}>{t('processes.link.meetings')}</a> ·{' '}
        <a href={`/positions?process=${p.slug}`}>{t('processes.link.positions')}</a> · <a href={`/states?process=${p.slug}`}>{t('processes.link.states')}</a>
      </p>

      <h2 id="cycles">{t('processes.cycles')}</h2>
      {p.cycleList.length ? (
        <table>
          <caption class="visually-hidden">{t('processes.cycles')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('processes.field.title')}</th>
              <th scope="col">{t('processes.dates')}</th>
              <th scope="col">{t('processes.field.outcome')}</th>
              <th scope="col">{t('processes.sessions')}</th>
            </tr>
          </thead>
          <tbody>
            {p.cycleList.map((cy) => (
              <tr id={`cycle-${cy.slug}`}>
                <td dir="auto">{cy.title}</td>
                <td>
                  <Span from={cy.starts_on} to={cy.ends_on} lang={lang} t={t} />
                </td>
                <td dir="auto">{outcomeName(t, cy.outcome)}</td>
                <td>{p.sessionList.filter((s) => s.cycle_id === cy.id).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t('processes.cycles.none')}</p>
      )}

      <h2 id="bodies">{t('processes.bodies')}</h2>
      {p.bodyList.map((b) => {
        const sessions = p.sessionList.filter((s) => s.body_id === b.id);
        return (
          <section id={`body-${b.slug}`} aria-labelledby={`body-${b.slug}-title`}>
            <h3 id={`body-${b.slug}-title`}>
              {bodyName(t, b)} <span class="tag">{t(`processes.kind.${b.kind}`)}</span>
            </h3>
            {b.theme ? (
              <p>
                {t('core.labelColon', { label: t('processes.theme') })}
                <span dir="auto">{bodyTheme(t, b)}</span>
              </p>
            ) : null}
            {b.kind === 'dtg' ? (
              <p>
                <a href="/thematic-groups">{t('processes.dtgAll')}</a>
              </p>
            ) : null}
            {sessions.length ? (
              <ul class="cards">
                {sessions.map((s) => (
                  <SessionView c={c} s={s} p={p} form={form} />
                ))}
              </ul>
            ) : (
              <p class="muted">{t('processes.sessions.none')}</p>
            )}
          </section>
        );
      })}

      {manage ? (
        <section aria-labelledby="manage" class="stack">
          <h2 id="manage">{t('processes.manage')}</h2>
          <form method="post" action={`/processes/${p.slug}/cycles`} class="stack card" aria-labelledby="new-cycle">
            <h3 id="new-cycle">{t('processes.cycle.new')}</h3>
            <Csrf c={c} />
            <Problems form={form} prefix="cycle" t={t} />
            <Field
              form={form}
              prefix="cycle"
              name="title"
              label={t('processes.field.title')}
              hint={t('processes.field.cycleTitleHint')}
              required
              maxlength={200}
            />
            <Field form={form} prefix="cycle" name="startsOn" type="date" label={t('processes.field.startsOn')} required />
            <Field form={form} prefix="cycle" name="endsOn" type="date" label={t('processes.field.endsOn')} required />
            <Field form={form} prefix="cycle" name="outcome" label={t('processes.field.outcome')} hint={t('processes.field.outcomeHint')} maxlength={200} />
            <button type="submit">{t('processes.cycle.create')}</button>
          </form>

          <form method="post" action={`/processes/${p.slug}/bodies`} class="stack card" aria-labelledby="new-body">
            <h3 id="new-body">{t('processes.body.new')}</h3>
            <Csrf c={c} />
            <Problems form={form} prefix="body" t={t} />
            <Select
              form={form}
              prefix="body"
              name="kind"
              label={t('processes.field.kind')}
              options={BODY_KINDS.map((k) => ({ value: k, label: t(`processes.kind.${k}`) }))}
              fallback="dtg"
            />
            <Field form={form} prefix="body" name="title" label={t('processes.field.title')} required maxlength={200} />
            <Field form={form} prefix="body" name="theme" label={t('processes.theme')} hint={t('processes.field.themeHint')} maxlength={1000} />
            <button type="submit">{t('processes.body.create')}</button>
          </form>

          <form method="post" action={`/processes/${p.slug}/sessions`} class="stack card" aria-labelledby="new-session">
            <h3 id="new-session">{t('processes.session.new')}</h3>
            <Csrf c={c} />
            <Problems form={form} prefix="session" t={t} />
            <Select
              form={form}
              prefix="session"
              name="body"
              label={t('processes.field.body')}
              options={p.bodyList.map((b) => ({ value: b.slug, label: bodyName(t, b) }))}
              fallback="plenary"
            />
            <Select
              form={form}
              prefix="session"
              name="meetingType"
              label={t('processes.field.meetingType')}
              options={[{ value: '', label: t('processes.field.typeOfBody') }, ...MEETING_TYPES.map((m) => ({ value: m, label: t(`processes.type.${m}`) }))]}
            />
            <Select
              form={form}
              prefix="session"
              name="cycle"
              label={t('processes.field.cycle')}
              options={[{ value: '', label: t('processes.field.cycleByDates') }, ...p.cycleList.map((cy) => ({ value: cy.slug, label: cy.title }))]}
            />
            <Field
              form={form}
              prefix="session"
              name="title"
              label={t('processes.field.sessionTitle')}
              hint={t('processes.field.sessionTitleHint')}
              required
              maxlength={200}
            />
            <Field
              form={form}
              prefix="session"
              name="number"
              label={t('processes.field.number')}
              hint={t('processes.field.numberHint')}
              inputmode="numeric"
              maxlength={3}
            />
            <Field form={form} prefix="session" name="startsOn" type="date" label={t('processes.field.startsOn')} required />
            <Field form={form} prefix="session" name="endsOn" type="date" label={t('processes.field.endsOn')} required />
            <fieldset>
              <legend>{t('processes.agenda')}</legend>
              <p class="muted">{t('processes.field.agendaHint')}</p>
              {Array.from({ length: AGENDA_ROWS }, (_, i) => (
                <div class="agenda-row" role="group" aria-label={t('processes.field.agendaRow', { n: i + 1 })}>
                  <Field form={form} prefix="session" name={`agendaItems.${i}.number`} label={t('processes.field.agendaNumber')} maxlength={20} size={6} />
                  <Field form={form} prefix="session" name={`agendaItems.${i}.title`} label={t('processes.field.agendaTitle')} maxlength={500} />
                  <Select form={form} prefix="session" name={`agendaItems.${i}.pillar`} label={t('processes.field.pillar')} options={pillarOptions(t)} />
                </div>
              ))}
            </fieldset>
            <button type="submit">{t('processes.session.create')}</button>
          </form>
        </section>
      ) : null}
    </>,
    { status, wide: true },
  );
}

/** A form's failure as the page again, its values kept and its errors beside the fields; anything else goes to the error page. */
async function orPage(c: Ctx, slug: string, form: string, values: Record<string, string>, run: () => Promise<string>) {
  try {
    return c.redirect(await run(), 303);
  } catch (err) {
    if (!(err instanceof AppError) || !err.fields || (err.status !== 400 && err.status !== 409)) throw err;
    return renderProcess(c, slug, { form, values, errors: errorsFor(c.get('t'), err) }, err.status);
  }
}

const pick = (f: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, str(f[k])]));

export const pages = new Hono<AppEnv>()
  .get('/processes', (c) => renderIndex(c))
  .get('/processes/:slug', (c) => renderProcess(c, c.req.param('slug')))
  .post('/processes/:slug/cycles', async (c) => {
    const slug = c.req.param('slug');
    const values = pick(await readForm(c), ['title', 'startsOn', 'endsOn', 'outcome']);
    return orPage(c, slug, 'cycle', values, async () => {
      const cy = await createCycle(c.get('db'), c.get('actor'), slug, values as never);
      return `/processes/${slug}#cycle-${cy.slug}`;
    });
  })
  .post('/processes/:slug/bodies', async (c) => {
    const slug = c.req.param('slug');
    const values = pick(await readForm(c), ['kind', 'title', 'theme']);
    return orPage(c, slug, 'body', values, async () => {
      const b = await addBody(c.get('db'), c.get('actor'), slug, values as never);
      return `/processes/${slug}#body-${b.slug}`;
    });
  })
  .post('/processes/:slug/sessions', async (c) => {
    const slug = c.req.param('slug');
    const f = await readForm(c);
    const rows = Array.from({ length: AGENDA_ROWS }, (_, i) => [`agendaItems.${i}.number`, `agendaItems.${i}.title`, `agendaItems.${i}.pillar`]).flat();
    const values = pick(f, ['body', 'meetingType', 'cycle', 'title', 'number', 'startsOn', 'endsOn', ...rows]);
    // Rows left blank are not items; a row half filled is, and is told what it lacks.
    const agendaItems = Array.from({ length: AGENDA_ROWS }, (_, i) => ({
      number: values[`agendaItems.${i}.number`]!,
      title: values[`agendaItems.${i}.title`]!,
      pillar: values[`agendaItems.${i}.pillar`] || undefined,
    }))
      .map((a, i) => ({ a, i }))
      .filter(({ a }) => a.number || a.title);
    return orPage(c, slug, 'session', values, async () => {
      try {
        const s = await createSession(c.get('db'), c.get('actor'), slug, {
          body: values.body!,
          meetingType: (values.meetingType || undefined) as never,
          cycle: values.cycle || undefined,
          title: values.title!,
          number: values.number || undefined,
          startsOn: values.startsOn!,
          endsOn: values.endsOn!,
          agendaItems: agendaItems.map(({ a }) => a),
        });
        return `/processes/${slug}#session-${s.id}`;
      } catch (err) {
        // Item k of the list is row i of the form: errors go beside the row typed.
        if (err instanceof AppError && err.fields)
          renumber(
            err,
            agendaItems.map(({ i }) => i),
          );
        throw err;
      }
    });
  })
  .post('/processes/:slug/sessions/:id/agenda-items', async (c) => {
    const slug = c.req.param('slug');
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || id <= 0) throw NotFound('That session', 'session.not_found');
    const values = pick(await readForm(c), ['number', 'title', 'pillar']);
    return orPage(c, slug, `agenda-${id}`, values, async () => {
      await addAgendaItem(c.get('db'), c.get('actor'), slug, id, { number: values.number!, title: values.title!, pillar: values.pillar || undefined });
      return `/processes/${slug}#session-${id}`;
    });
  });

/** Rewrites `agendaItems.k.*` field paths of an error to the form rows the items came from. */
function renumber(err: AppError, rowOf: number[]) {
  const re = /^agendaItems\.(\d+)\./;
  const move = <T,>(o: Record<string, T> | undefined) => {
    if (!o) return;
    const entries = Object.entries(o);
    for (const [k] of entries) delete o[k];
    for (const [k, v] of entries) {
      const m = re.exec(k);
      const row = m ? rowOf[Number(m[1])] : undefined;
      o[row === undefined ? k : k.replace(re, `agendaItems.${row}.`)] = v;
    }
  };
  move(err.fields as Record<string, string>);
  move((err as { messages?: Record<string, unknown> }).messages);
}
