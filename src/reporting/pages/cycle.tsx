import { str } from '../../server/forms.tsx';
import { Hono } from 'hono';
import { DateText } from '../../i18n/DateText.tsx';
import { can } from '../../accounts/policy.ts';
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/index.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { AppError } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { z } from 'zod';
import { addValidationRule, type NewRule } from '../commands/addValidationRule.ts';
import { getCycle, submissionWindow } from '../cycles.ts';
import { reportingState } from '../reports.ts';
import { errorsFor } from '../fieldErrors.ts';
import { cycleRules } from '../queries.ts';
import { loadQuestionnaire, titleOf } from '../questionnaire.ts';
import { filteredReports } from './reportList.tsx';
import { retireValidationRule } from '../commands/retireValidationRule.ts';
import { RulesSection, type RuleFormState } from './rules.tsx';

const id = (c: Ctx, name: string) => Number(c.req.param(name));

/** A cycle: dates, the delegation's report or its start, blank questionnaires, validation rules, reports. */
async function renderCycle(c: Ctx, cycleId: number, ruleForm?: RuleFormState, status = 200) {
  const t = c.get('t');
  const actor = c.get('actor');
  const db = c.get('db');
  const cycle = await getCycle(db, cycleId);
  const delegate = reportingState(actor);
  const [q, rules, own, reports] = await Promise.all([
    loadQuestionnaire(db, cycle.framework_version),
    cycleRules(db, cycle.id),
    delegate
      ? db.selectFrom('national_reports').select(['id', 'status']).where('cycle_id', '=', cycle.id).where('state_iso3', '=', delegate).executeTakeFirst()
      : undefined,
    filteredReports(c, db, actor, `/reporting/cycles/${cycle.id}`, { cycleId: cycle.id }),
  ]);
  return page(
    c,
    cycle.title,
    <>
      <p>
        <a href="/reporting">{t('reporting.title')}</a>
      </p>
      <h1>
        {cycle.title} {cycle.demo ? <span class="tag badge-synthetic">{t('reporting.demo')}</span> : null}
      </h1>
      <dl class="facts">
        <dt>{t('reporting.receipt.number')}</dt>
        <dd>
          <code>{cycle.code}</code>
        </dd>
        <dt>{t('reporting.cycle.framework')}</dt>
        <dd>
          <code>{cycle.framework_version}</code>
        </dd>
        <dt>{t('reporting.cycle.opens')}</dt>
        <dd>
          <DateText value={cycle.opens_on} lang={t.lang} />
        </dd>
        <dt>{t('reporting.cycle.due')}</dt>
        <dd>
          <DateText value={cycle.due_on} lang={t.lang} />
        </dd>
        <dt>{t('reporting.cycle.closes')}</dt>
        <dd>
          <DateText value={cycle.closes_on} lang={t.lang} /> · {t(`reporting.cycle.window.${submissionWindow(cycle, null)}`)}
        </dd>
      </dl>
      {delegate ? (
        own ? (
          <p class="alert ok">
            <a href={`/reports/${own.id}`}>{t('reporting.cycle.yourReport')}</a> · {t(`reporting.status.${own.status}`)}
          </p>
        ) : (
          <form method="post" action={`/reporting/cycles/${cycle.id}/reports`} class="filters">
            <Csrf c={c} />
            <div>
              <label for="language">{t('reporting.language')}</label>
              <select id="language" name="language">
                {LANGUAGES.map((l) => (
                  <option value={l} selected={l === c.get('lang')}>
                    {LANGUAGE_NAMES[l]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="visibility">{t('reporting.visibility')}</label>
              <select id="visibility" name="visibility">
                {(['secretariat', 'states', 'public'] as const).map((v) => (
                  <option value={v}>{t(`reporting.vis.${v}`)}</option>
                ))}
              </select>
            </div>
            <button type="submit">{t('reporting.cycle.start')}</button>
          </form>
        )
      ) : null}
      {can(actor, 'reporting.monitor') ? (
        <p>
          <a class="button secondary" href={`/reporting/cycles/${cycle.id}/monitor`}>
            {t('reporting.cycle.monitor')}
          </a>
        </p>
      ) : null}
      <h2>{t('reporting.cycle.blank')}</h2>
      <p>
        {LANGUAGES.map((l) => (
          <a class="tag" href={`/api/v1/reporting/cycles/${cycle.id}/questionnaire.docx?lang=${l}`} lang={l}>
            DOCX · {LANGUAGE_NAMES[l]}
          </a>
        ))}
      </p>
      <p class="blank-pdf">
        {t('reporting.blank.pdf')}:{' '}
        {LANGUAGES.map((l) => (
          <a class="tag" href={`/api/v1/reporting/cycles/${cycle.id}/questionnaire.pdf?lang=${l}`} lang={l}>
            PDF · {LANGUAGE_NAMES[l]}
          </a>
        ))}
      </p>
      <RulesSection
        t={t}
        q={q}
        rules={rules}
        manage={can(actor, 'cycle.manage')}
        csrf={<Csrf c={c} />}
        action={`/reporting/cycles/${cycle.id}/rules`}
        form={ruleForm}
      />
      <h2>{t('reporting.questionnaire')}</h2>
      <ul class="cards">
        {q.pillars.map((p) => (
          <li class={`card pillar-${p.id}`}>
            <h3>{titleOf(t, 'pillar', p.id, p.title)}</h3>
            <ul>
              {p.elements.map((e) => (
                <li>
                  <code>{e.id}</code> {titleOf(t, 'el', e.id, e.title)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {reports}
    </>,
    { wide: true, status },
  );
}

const RULE_FIELDS = ['kind', 'target', 'field', 'amount', 'severity'] as const;

/** A rule from its form: empty selections are "not given"; the amount is a whole number or refused by the schema. */
function ruleInput(values: Record<string, string>): z.input<typeof NewRule> {
  const amount = values.amount?.trim();
  return {
    kind: values.kind as 'required',
    target: values.target || undefined,
    field: (values.field || undefined) as '*' | undefined,
    amount: amount ? (/^\d+$/.test(amount) ? Number(amount) : (amount as unknown as number)) : undefined,
    severity: (values.severity || undefined) as 'error' | undefined,
  };
}

export const cyclePage = new Hono<AppEnv>()
  .get('/reporting/cycles/:id', (c) => renderCycle(c, id(c, 'id')))
  .post('/reporting/cycles/:id/rules', async (c) => {
    const f = await readForm(c);
    const values = Object.fromEntries(RULE_FIELDS.map((k) => [k, str(f[k])]));
    try {
      await addValidationRule(c.get('db'), c.get('actor'), id(c, 'id'), ruleInput(values));
      return c.redirect(`/reporting/cycles/${id(c, 'id')}#rules`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || !err.fields || (err.status !== 400 && err.status !== 409)) throw err;
      return renderCycle(c, id(c, 'id'), { values, errors: errorsFor(c.get('t'), err) }, err.status);
    }
  })
  .post('/reporting/cycles/:id/rules/:ruleId/retire', async (c) => {
    await retireValidationRule(c.get('db'), c.get('actor'), id(c, 'id'), id(c, 'ruleId'));
    return c.redirect(`/reporting/cycles/${id(c, 'id')}#rules`, 303);
  });
