import { ELEMENT_TEXT_FIELDS, GENERAL_FIELDS, type Answers } from './answers.ts';
import { elementAnswered, type Questionnaire } from './questionnaire.ts';
import type { FieldMessage } from './fieldErrors.ts';

/**
 * Validation rules a cycle sets (rows of reporting_validation_rules) and their evaluation. Pure: the
 * same function runs on every save (findings shown as warnings beside the fields), on the review
 * step and on submission (a finding of severity 'error' refuses it).
 */
export const RULE_KINDS = ['required', 'implemented-needs-measure', 'min-length', 'max-length'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export type Severity = 'error' | 'warning';
/** The texts a length rule can apply to; `*` is every text of the questionnaire. */
export const RULE_TEXT_FIELDS = [...ELEMENT_TEXT_FIELDS, ...GENERAL_FIELDS.map((f) => `general.${f}` as const), '*'] as const;

export interface Rule {
  id: number;
  kind: RuleKind;
  target: string | null;
  field: string | null;
  amount: number | null;
  severity: Severity;
}

/** One broken rule at one field of the form, with its message as data (key + parameters) for any language. */
export interface Finding extends FieldMessage {
  ruleId: number | null;
  severity: Severity;
  field: string;
}

/** What every new cycle starts with: "implemented" asks for the measures taken, as a warning. */
export const DEFAULT_RULES: Omit<Rule, 'id'>[] = [{ kind: 'implemented-needs-measure', target: null, field: null, amount: null, severity: 'warning' }];

/** Nothing answered at all: no element, no general question, no capacity need. Always refused. */
export function isEmptyReport(q: Questionnaire, a: Answers) {
  return !q.elementIds.some((id) => elementAnswered(a, id)) && !GENERAL_FIELDS.some((f) => a.general?.[f]) && !a.capacityNeeds?.length;
}

/** Every text of the answers as (flat field, text), for the length rules. */
function texts(q: Questionnaire, a: Answers, field: string): [string, string][] {
  const out: [string, string][] = [];
  for (const f of GENERAL_FIELDS) if ((field === '*' || field === `general.${f}`) && a.general?.[f]) out.push([`general.${f}`, a.general[f]!]);
  for (const id of q.elementIds) {
    const e = a.elements?.[id];
    for (const f of ELEMENT_TEXT_FIELDS) if ((field === '*' || field === f) && e?.[f]) out.push([`elements.${id}.${f}`, e[f]!]);
  }
  return out;
}

/** The findings of the rules on these answers, in questionnaire order within each rule. */
export function evaluateRules(q: Questionnaire, a: Answers, rules: readonly Rule[]): Finding[] {
  const out: Finding[] = [];
  const push = (r: Rule, field: string, key: string, params?: Record<string, string | number>) =>
    out.push({ ruleId: r.id, severity: r.severity, field, key, params });
  for (const r of rules) {
    if (r.kind === 'required' && r.target) {
      const g = /^general\.(\w+)$/.exec(r.target);
      if (g) {
        if (!a.general?.[g[1] as 'pointsOfContact']) push(r, r.target, 'reporting.rule.requiredGeneral');
      } else if (q.elementIds.includes(r.target) && !a.elements?.[r.target]?.status) push(r, `elements.${r.target}.status`, 'reporting.rule.requiredElement');
    } else if (r.kind === 'implemented-needs-measure') {
      for (const id of r.target ? [r.target] : q.elementIds) {
        const e = a.elements?.[id];
        if (e?.status === 'implemented' && !e.measures) push(r, `elements.${id}.measures`, 'reporting.rule.needsMeasure');
      }
    } else if ((r.kind === 'min-length' || r.kind === 'max-length') && r.field && r.amount) {
      for (const [field, text] of texts(q, a, r.field)) {
        const length = [...text].length; // characters as a reader counts them, not UTF-16 units
        if (r.kind === 'min-length' && length < r.amount) push(r, field, 'reporting.rule.minLength', { min: r.amount, length });
        if (r.kind === 'max-length' && length > r.amount) push(r, field, 'reporting.rule.maxLength', { max: r.amount, length });
      }
    }
  }
  return out;
}

/** The first finding per field (errors before warnings), as the form shows them. */
export function findingsByField(findings: readonly Finding[]): Record<string, Finding> {
  const by: Record<string, Finding> = {};
  for (const f of [...findings].sort((x, y) => (x.severity === y.severity ? 0 : x.severity === 'error' ? -1 : 1))) by[f.field] ??= f;
  return by;
}
