import { str } from '../../server/forms.tsx';
import { Hono } from 'hono';
import { formatDate } from '../../i18n/format.ts';
import { processName } from '../../i18n/processName.ts';
import { can } from '../../accounts/policy.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { AppError } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { createCycle } from '../commands/createCycle.ts';
import { listCycles, submissionWindow } from '../cycles.ts';
import { errorsFor } from '../fieldErrors.ts';
import { filteredReports } from './reportList.tsx';

const CYCLE_FIELDS = ['process', 'title', 'code', 'opensOn', 'dueOn', 'closesOn', 'states'] as const;
type CycleForm = { values: Record<string, string>; errors: Record<string, string> };

/** The Secretariat's form to open a cycle; a refused one comes back open, with its values and each error beside its field. */
function NewCycleForm({ c, form, processes }: { c: Ctx; form?: CycleForm; processes: Array<{ slug: string; title: string }> }) {
  const t = c.get('t');
  const v = form?.values ?? {};
  const e = form?.errors ?? {};
  const field = (name: (typeof CYCLE_FIELDS)[number], label: string, attrs: Record<string, unknown>) => (
    <div>
      <label for={name}>{label}</label>
      <input
        dir="auto"
        id={name}
        name={name}
        value={v[name] ?? ''}
        aria-invalid={e[name] ? 'true' : undefined}
        aria-describedby={e[name] ? `err-${name}` : undefined}
        {...attrs}
      />
      {e[name] ? (
        <p class="field-error" id={`err-${name}`}>
          {e[name]}
        </p>
      ) : null}
    </div>
  );
  const other = Object.entries(e).filter(([k]) => !(CYCLE_FIELDS as readonly string[]).includes(k));
  return (
    <details class="card" open={!!form} id="new-cycle">
      <summary>{t('reporting.cycle.new')}</summary>
      <form method="post" action="/reporting/cycles" class="stack" data-warn-unsaved="1" data-dirty={form ? '1' : undefined}>
        <Csrf c={c} />
        {form ? (
          <div class="alert error" role="alert">
            <p>{t('reporting.form.errors', { n: Object.keys(e).length })}</p>
            {other.length ? (
              <ul>
                {other.map(([, m]) => (
                  <li>{m}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div>
          <label for="process">{t('reporting.cycle.process')}</label>
          {/* The process decides the framework the questionnaire asks about and the receipt prefix. */}
          <select id="process" name="process" aria-invalid={e.process ? 'true' : undefined} aria-describedby={e.process ? 'err-process' : undefined}>
            {processes.map((p) => (
              <option value={p.slug} selected={(v.process || 'oewg-2021-2025') === p.slug}>
                {processName(t, p)}
              </option>
            ))}
          </select>
          {e.process ? (
            <p class="field-error" id="err-process">
              {e.process}
            </p>
          ) : null}
        </div>
        {field('title', t('reporting.cycle.title'), { type: 'text', required: true, minlength: 5, maxlength: 200 })}
        {field('code', t('reporting.cycle.code'), { type: 'text', placeholder: 'OEWG-2026-1' })}
        {field('opensOn', t('reporting.cycle.opens'), { type: 'date', required: true })}
        {field('dueOn', t('reporting.cycle.due'), { type: 'date', required: true })}
        {field('closesOn', t('reporting.cycle.closes'), { type: 'date', required: true })}
        {field('states', t('reporting.cycle.states'), { type: 'text' })}
        <button type="submit">{t('reporting.cycle.create')}</button>
      </form>
      <script src="/assets/report-form.js" defer></script>
    </details>
  );
}

async function renderIndex(c: Ctx, form?: CycleForm, status = 200) {
  const t = c.get('t');
  const actor = c.get('actor');
  const db = c.get('db');
  const [cycles, reports, processes] = await Promise.all([
    listCycles(db),
    filteredReports(c, db, actor, '/reporting'),
    db.selectFrom('processes').select(['id', 'slug', 'title']).orderBy('position').orderBy('id').execute(),
  ]);
  const processOf = new Map(processes.map((p) => [p.id, p]));
  return page(
    c,
    t('reporting.title'),
    <>
      <h1>{t('reporting.title')}</h1>
      <p class="lede">{t('reporting.lede')}</p>
      <h2>{t('reporting.cycles')}</h2>
      <ul class="cards">
        {cycles.map((cy) => (
          <li class="card">
            <h3>
              <a href={`/reporting/cycles/${cy.id}`}>{cy.title}</a>
            </h3>
            <p>
              {processOf.get(cy.process_id) ? <span class="tag">{processName(t, processOf.get(cy.process_id)!)}</span> : null} <code>{cy.code}</code>{' '}
              {cy.demo ? <span class="tag badge-synthetic">{t('reporting.demo')}</span> : null}
            </p>
            <p class="muted">
              {t('reporting.docx.dates', {
                opens: formatDate(cy.opens_on, t.lang),
                due: formatDate(cy.due_on, t.lang),
                closes: formatDate(cy.closes_on, t.lang),
              })}
            </p>
            <p>
              {t('reporting.cycle.expected', { n: Number(cy.expected ?? 0) })} · {t(`reporting.cycle.window.${submissionWindow(cy, null)}`)}
            </p>
          </li>
        ))}
      </ul>
      {can(actor, 'cycle.manage') ? <NewCycleForm c={c} form={form} processes={processes} /> : null}
      {reports}
    </>,
    { wide: true, status },
  );
}

/** The reporting home (cycles, the reports list) and opening a cycle from its form. */
export const cycleIndex = new Hono<AppEnv>()
  .get('/reporting', (c) => renderIndex(c))
  .post('/reporting/cycles', async (c) => {
    const f = await readForm(c);
    const values = Object.fromEntries(CYCLE_FIELDS.map((k) => [k, str(f[k])]));
    const states = values.states!.split(/[\s,;]+/).filter(Boolean);
    try {
      const cycle = await createCycle(c.get('db'), c.get('actor'), {
        process: values.process || undefined,
        title: values.title!,
        code: values.code || undefined,
        opensOn: values.opensOn!,
        dueOn: values.dueOn!,
        closesOn: values.closesOn!,
        states: states.length ? states : undefined,
      });
      return c.redirect(`/reporting/cycles/${cycle.id}`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || !err.fields || (err.status !== 400 && err.status !== 409)) throw err;
      // states.3 (one code of the list) is shown beside the States field
      const errors: Record<string, string> = {};
      for (const [k, m] of Object.entries(errorsFor(c.get('t'), err))) errors[k.startsWith('states.') ? 'states' : k] ??= m;
      return renderIndex(c, { values, errors }, err.status);
    }
  });
