import { Hono } from 'hono';
import { can, requireAccess } from '../../accounts/policy.ts';
import { DateText } from '../../i18n/DateText.tsx';
import { stateName } from '../../participants/names.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { localizeError } from '../../server/errorMessages.ts';
import { AppError, NotFound } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { advanceTakeUp } from '../commands/advanceTakeUp.ts';
import { CbStyle, nameElement } from './components.tsx';
import { openTakeUp } from '../commands/openTakeUp.ts';
import { isFinished, nextSteps, partiesOf, stepsOf, takeUpById, takeUpResource, takeUpsFor, type TakeUpRow } from '../queries/takeUps.ts';

/**
 * The project record of a take-up (GFCE Cybil's project page: who, what, from which offer, status,
 * outcome) with its progress as a timeline of dated steps (Decidim's progress of a result), and the
 * form for the next step. Only the two sides and the Secretariat open it.
 */
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const today = () => new Date().toISOString().slice(0, 10);

interface StepFormState {
  values: Record<string, string>;
  errors: Record<string, string>;
  message: string;
}

async function loadFor(c: Ctx, id: string) {
  const actor = c.get('actor');
  requireAccess(actor, 'needs.aggregate');
  const n = Number(id);
  const k = Number.isSafeInteger(n) && n > 0 ? await takeUpById(c.get('db'), n) : undefined;
  // Not a side: the record is not found, so its existence says nothing about a State's needs.
  if (!k || !can(actor, 'capacity.takeUp', takeUpResource(partiesOf(k)))) throw NotFound('That take-up', 'takeup.not_found');
  return k;
}

function StepForm({ c, k, state }: { c: Ctx; k: TakeUpRow; state?: StepFormState }) {
  const t = c.get('t');
  const next = nextSteps(k.status);
  const v = state?.values ?? { status: next[0] ?? '', on: today() };
  const e = state?.errors ?? {};
  const err = (id: string) =>
    e[id] ? (
      <p class="field-error" id={`err-${id}`}>
        {e[id]}
      </p>
    ) : null;
  const aria = (id: string) => (e[id] ? { 'aria-invalid': 'true', 'aria-describedby': `err-${id}` } : {});
  return (
    <form method="post" action={`/analysis/take-ups/${k.id}/steps`} class="card" id="next-step" novalidate>
      <Csrf c={c} />
      <h2>{t('analysis.takeUp.nextStep')}</h2>
      {state ? (
        <div class="alert error" role="alert">
          <p>{state.message}</p>
        </div>
      ) : null}
      <label for="status">{t('analysis.takeUp.step')}</label>
      <select id="status" name="status" {...aria('status')}>
        {next.map((s) => (
          <option value={s} selected={v.status === s}>
            {t(`analysis.standing.${s}`)}
          </option>
        ))}
      </select>
      {err('status')}
      <label for="on">{t('analysis.takeUp.on')}</label>
      <input id="on" name="on" type="date" value={v.on ?? ''} max={today()} {...aria('on')} />
      {err('on')}
      <label for="note">{t('analysis.takeUp.note')}</label>
      <textarea dir="auto" id="note" name="note" rows={2}>
        {v.note ?? ''}
      </textarea>
      <label for="outcome">{t('analysis.takeUp.outcome')}</label>
      <p class="muted" id="outcome-help">
        {t('analysis.takeUp.outcomeHelp')}
      </p>
      <textarea
        dir="auto"
        id="outcome"
        name="outcome"
        rows={3}
        aria-describedby={e.outcome ? 'outcome-help err-outcome' : 'outcome-help'}
        aria-invalid={e.outcome ? 'true' : undefined}
      >
        {v.outcome ?? ''}
      </textarea>
      {err('outcome')}
      <p>
        <button type="submit">{t('analysis.takeUp.record')}</button>
      </p>
    </form>
  );
}

async function recordPage(c: Ctx, k: TakeUpRow, state?: StepFormState, status = 200) {
  const t = c.get('t');
  const lang = t.lang;
  const steps = await stepsOf(c.get('db'), k.id);
  const delivered = steps.find((s) => s.status === 'delivered');
  const title = t('analysis.takeUp.recordTitle', { offer: k.offer_title });
  return page(
    c,
    title,
    <>
      <CbStyle />
      <p>
        <a href="/analysis/matches">{t('analysis.matches.title')}</a> · <a href="/analysis/take-ups">{t('analysis.takeUp.listTitle')}</a>
      </p>
      <h1>
        {t('analysis.takeUp.recordHeading')} <span dir="auto">{k.offer_title}</span>
      </h1>
      <dl class="facts" id="project-record">
        <dt>{t('analysis.takeUp.status')}</dt>
        <dd>
          <span class={`tag st-${k.status}`} id="take-up-status">
            {t(`analysis.standing.${k.status}`)}
          </span>{' '}
          {k.status_on ? <DateText value={k.status_on} lang={lang} /> : null}
        </dd>
        <dt>{t('analysis.takeUp.recipient')}</dt>
        <dd>
          <a href={`/states/${k.state_iso3}`}>{stateName(k.state_iso3, lang) ?? k.state_name}</a>
        </dd>
        <dt>{t('analysis.takeUp.need')}</dt>
        <dd>
          <a href={`/framework/elements/${k.element_id}`}>{nameElement(lang)(k.element_id)}</a> · {t(`analysis.kind.${k.need_kind}`)}
          {k.priority ? <> · {t(`analysis.priority.${k.priority}`)}</> : null}
          {k.need_description ? (
            <>
              <br />
              <span dir="auto">{k.need_description}</span>
            </>
          ) : null}
        </dd>
        <dt>{t('analysis.takeUp.offer')}</dt>
        <dd>
          <a href={`/analysis/offers#offer-${k.offer_id}`} dir="auto">
            {k.offer_title}
          </a>
        </dd>
        <dt>{t('analysis.takeUp.provider')}</dt>
        <dd>
          <span dir="auto">{k.provider_state ? (stateName(k.provider_state, lang) ?? k.provider_name) : k.provider_name}</span> ·{' '}
          <span dir="auto">{k.contact}</span>
        </dd>
        <dt>{t('analysis.takeUp.opened')}</dt>
        <dd>
          <DateText value={k.created_at} lang={lang} /> · <span dir="auto">{k.opened_by_label}</span>
        </dd>
        {delivered ? (
          <>
            <dt>{t('analysis.takeUp.outcome')}</dt>
            <dd>
              <span dir="auto" id="take-up-outcome">
                {delivered.outcome}
              </span>
            </dd>
          </>
        ) : null}
      </dl>
      <h2 id="timeline-title">{t('analysis.takeUp.timeline')}</h2>
      <ol class="timeline" aria-labelledby="timeline-title">
        {steps.map((s) => (
          <li class={`st-${s.status}`}>
            <strong>{t(`analysis.standing.${s.status}`)}</strong> — <DateText value={s.on_date} lang={lang} /> ·{' '}
            <span class="muted" dir="auto">
              {s.actor_label}
            </span>
            {s.note ? <p dir="auto">{s.note}</p> : null}
            {s.outcome ? (
              <p>
                <strong>{t('analysis.takeUp.outcome')}:</strong> <span dir="auto">{s.outcome}</span>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {isFinished(k.status) ? <p class="muted">{t('analysis.takeUp.finished')}</p> : <StepForm c={c} k={k} state={state} />}
    </>,
    { status },
  );
}

export const takeUpPages = new Hono<AppEnv>()
  .get('/analysis/take-ups', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const lang = t.lang;
    requireAccess(actor, 'needs.aggregate');
    const rows = await takeUpsFor(c.get('db'), actor);
    return page(
      c,
      t('analysis.takeUp.listTitle'),
      <>
        <p>
          <a href="/analysis/matches">{t('analysis.matches.title')}</a>
        </p>
        <h1>{t('analysis.takeUp.listTitle')}</h1>
        <p class="lede">{t('analysis.takeUp.listLede')}</p>
        {rows.length ? (
          <table id="take-ups">
            <caption>{t('analysis.takeUp.count', { n: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('analysis.takeUp.recipient')}</th>
                <th scope="col">{t('analysis.takeUp.need')}</th>
                <th scope="col">{t('analysis.takeUp.offer')}</th>
                <th scope="col">{t('analysis.takeUp.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((k) => (
                <tr>
                  <td>{stateName(k.state_iso3, lang) ?? k.state_name}</td>
                  <td>
                    {nameElement(lang)(k.element_id)} · {t(`analysis.kind.${k.need_kind}`)}
                  </td>
                  <td>
                    <a href={`/analysis/take-ups/${k.id}`} dir="auto">
                      {k.offer_title}
                    </a>
                  </td>
                  <td>
                    {t(`analysis.standing.${k.status}`)}
                    {k.status_on ? (
                      <>
                        {' '}
                        · <DateText value={k.status_on} lang={lang} />
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">{t('analysis.takeUp.noneYet')}</p>
        )}
      </>,
      { wide: true },
    );
  })
  .post('/analysis/take-ups', async (c) => {
    const actor = c.get('actor');
    requireAccess(actor, 'needs.aggregate');
    const f = await readForm(c);
    try {
      const r = await openTakeUp(c.get('db'), actor, { needId: str(f.needId) as never, offerId: str(f.offerId) as never, note: str(f.note) });
      return c.redirect(`/analysis/take-ups/${r.id}`, 303);
    } catch (err) {
      // Someone took it up a moment before: the record already exists, so go there.
      if (err instanceof AppError && err.code === 'takeup.exists')
        return c.redirect(`/analysis/take-ups/${(err as AppError & { takeUpId: number }).takeUpId}`, 303);
      throw err;
    }
  })
  .get('/analysis/take-ups/:id', async (c) => recordPage(c, await loadFor(c, c.req.param('id'))))
  .post('/analysis/take-ups/:id/steps', async (c) => {
    const k = await loadFor(c, c.req.param('id'));
    const f = await readForm(c);
    const values = { status: str(f.status), on: str(f.on), note: str(f.note), outcome: str(f.outcome) };
    try {
      await advanceTakeUp(c.get('db'), c.get('actor'), k.id, {
        status: values.status as never,
        on: values.on || undefined,
        note: values.note,
        outcome: values.outcome,
      });
      return c.redirect(`/analysis/take-ups/${k.id}#timeline-title`, 303);
    } catch (err) {
      if (err instanceof AppError && err.status === 400) {
        const l = localizeError(err, c.get('t'));
        return recordPage(c, k, { values, errors: l.fields ?? {}, message: l.message }, 400);
      }
      throw err;
    }
  });
