import type { Child } from 'hono/jsx';
import type { Translate } from '../../i18n/index.ts';
import { GENERAL_FIELDS } from '../answers.ts';
import { titleOf, type Questionnaire } from '../questionnaire.ts';
import { RULE_KINDS, RULE_TEXT_FIELDS, type Rule } from '../rules.ts';

const elementTitle = (t: Translate, q: Questionnaire, id: string) => {
  const el = q.pillars.flatMap((p) => p.elements).find((e) => e.id === id);
  return el ? titleOf(t, 'el', el.id, el.title) : id;
};
const textLabel = (t: Translate, field: string) =>
  field === '*' ? t('reporting.rule.everyText') : field.startsWith('general.') ? t(`reporting.${field}`) : t(`reporting.field.${field}`);

/** A rule in words, in the reader's language. */
export function describeRule(t: Translate, q: Questionnaire, r: Pick<Rule, 'kind' | 'target' | 'field' | 'amount'>): string {
  const target = (id: string | null) => (!id ? t('reporting.rule.everyElement') : id.startsWith('general.') ? t(`reporting.${id}`) : elementTitle(t, q, id));
  if (r.kind === 'required') return t('reporting.rule.d.required', { what: target(r.target) });
  if (r.kind === 'implemented-needs-measure') return t('reporting.rule.d.needsMeasure', { what: target(r.target) });
  return t(`reporting.rule.d.${r.kind === 'min-length' ? 'minLength' : 'maxLength'}`, { what: textLabel(t, r.field ?? '*'), n: r.amount ?? 0 });
}

export interface RuleFormState {
  values: Record<string, string>;
  errors: Record<string, string>;
}

const Err = ({ e, k }: { e: Record<string, string>; k: string }) =>
  e[k] ? (
    <p class="field-error" id={`rule-err-${k}`}>
      {e[k]}
    </p>
  ) : null;
const aria = (e: Record<string, string>, k: string) => ({
  'aria-invalid': e[k] ? ('true' as const) : undefined,
  'aria-describedby': e[k] ? `rule-err-${k}` : undefined,
});

/**
 * The cycle's validation rules: everyone reads them (a delegation sees what it will be asked for);
 * the Secretariat adds and retires them. A refused addition comes back with its values and errors.
 */
export function RulesSection({
  t,
  q,
  rules,
  manage,
  csrf,
  action,
  form,
}: {
  t: Translate;
  q: Questionnaire;
  rules: Rule[];
  manage: boolean;
  csrf: Child;
  action: string;
  form?: RuleFormState;
}) {
  const v = form?.values ?? {};
  const e = form?.errors ?? {};
  return (
    <section id="rules" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('reporting.rules')}</h2>
      <p class="muted">{t('reporting.rules.help')}</p>
      {rules.length ? (
        <table class="rules">
          <thead>
            <tr>
              <th scope="col">{t('reporting.rules.rule')}</th>
              <th scope="col">{t('reporting.rules.severity')}</th>
              {manage ? (
                <th scope="col">
                  <span class="visually-hidden">{t('reporting.rules.retire')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => (
              <tr data-rule={r.kind}>
                <td>{describeRule(t, q, r)}</td>
                <td>
                  <span class={`tag severity-${r.severity}`}>{t(`reporting.rules.sev.${r.severity}`)}</span>
                </td>
                {manage ? (
                  <td>
                    <form method="post" action={`${action}/${r.id}/retire`} class="inline">
                      {csrf}
                      <button type="submit" class="secondary">
                        {t('reporting.rules.retire')}
                      </button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t('reporting.rules.none')}</p>
      )}
      {manage ? (
        <details class="card" open={!!form}>
          <summary>{t('reporting.rules.add')}</summary>
          <form method="post" action={action} class="stack" data-warn-unsaved="1" data-dirty={form ? '1' : undefined}>
            {csrf}
            {Object.keys(e).length ? (
              <p class="alert error" role="alert">
                {t('reporting.form.errors', { n: Object.keys(e).length })}
              </p>
            ) : null}
            <div>
              <label for="rule-kind">{t('reporting.rules.kind')}</label>
              <select id="rule-kind" name="kind" {...aria(e, 'kind')}>
                {RULE_KINDS.map((k) => (
                  <option value={k} selected={v.kind === k}>
                    {t(`reporting.rules.kind.${k}`)}
                  </option>
                ))}
              </select>
              <Err e={e} k="kind" />
            </div>
            <div>
              <label for="rule-target">{t('reporting.rules.target')}</label>
              <select id="rule-target" name="target" {...aria(e, 'target')}>
                <option value="">{t('reporting.rule.everyElement')}</option>
                <optgroup label={t('reporting.general')}>
                  {GENERAL_FIELDS.map((f) => (
                    <option value={`general.${f}`} selected={v.target === `general.${f}`}>
                      {t(`reporting.general.${f}`)}
                    </option>
                  ))}
                </optgroup>
                {q.pillars.map((p) => (
                  <optgroup label={titleOf(t, 'pillar', p.id, p.title)}>
                    {p.elements.map((el) => (
                      <option value={el.id} selected={v.target === el.id}>
                        {titleOf(t, 'el', el.id, el.title)}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              <Err e={e} k="target" />
            </div>
            <div>
              <label for="rule-field">{t('reporting.rules.field')}</label>
              <select id="rule-field" name="field" {...aria(e, 'field')}>
                <option value="">—</option>
                {RULE_TEXT_FIELDS.map((f) => (
                  <option value={f} selected={v.field === f}>
                    {textLabel(t, f)}
                  </option>
                ))}
              </select>
              <Err e={e} k="field" />
            </div>
            <div>
              <label for="rule-amount">{t('reporting.rules.amount')}</label>
              <input id="rule-amount" name="amount" type="number" min={1} max={100000} value={v.amount ?? ''} {...aria(e, 'amount')} />
              <Err e={e} k="amount" />
            </div>
            <div>
              <label for="rule-severity">{t('reporting.rules.severity')}</label>
              <select id="rule-severity" name="severity" {...aria(e, 'severity')}>
                {(['error', 'warning'] as const).map((s) => (
                  <option value={s} selected={(v.severity ?? 'error') === s}>
                    {t(`reporting.rules.sev.${s}`)}
                  </option>
                ))}
              </select>
              <Err e={e} k="severity" />
            </div>
            <button type="submit">{t('reporting.rules.add')}</button>
          </form>
          <script src="/assets/report-form.js" defer></script>
        </details>
      ) : null}
    </section>
  );
}
