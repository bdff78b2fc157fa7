import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { GENERAL_FIELDS } from '../answers.ts';
import { getCycle } from '../cycles.ts';
import { FormError, formErrorOf } from '../fieldErrors.ts';
import { loadQuestionnaire } from '../questionnaire.ts';
import { RULE_KINDS, RULE_TEXT_FIELDS } from '../rules.ts';

export const NewRule = z
  .object({
    kind: z.enum(RULE_KINDS, { message: 'reporting.err.ruleKind' }),
    /** required: an element id or general.<question>; implemented-needs-measure: an element id, or none for every element. */
    target: z.string().trim().min(1).max(100).optional(),
    /** min-length / max-length: which text, `*` for every text. */
    field: z.enum(RULE_TEXT_FIELDS, { message: 'reporting.err.ruleField' }).optional(),
    amount: z
      .number({ message: 'reporting.err.ruleAmount' })
      .int('reporting.err.ruleAmount')
      .min(1, 'reporting.err.ruleAmount')
      .max(100_000, 'reporting.err.ruleAmount')
      .optional(),
    /** error: submitting is refused while the rule is broken; warning: shown, never blocks. */
    severity: z.enum(['error', 'warning'], { message: 'reporting.err.choice' }).default('error'),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'required' && !r.target) ctx.addIssue({ code: 'custom', path: ['target'], message: 'reporting.err.ruleTarget' });
    if ((r.kind === 'min-length' || r.kind === 'max-length') && !r.field) ctx.addIssue({ code: 'custom', path: ['field'], message: 'reporting.err.ruleField' });
    if ((r.kind === 'min-length' || r.kind === 'max-length') && r.amount === undefined)
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'reporting.err.ruleAmount' });
  });

/** The Secretariat adds a validation rule to a cycle; reports are checked against it from the next save. */
export async function addValidationRule(db: Db, actor: Actor, cycleId: number, input: z.input<typeof NewRule>) {
  requireAccess(actor, 'cycle.manage');
  const parsed = NewRule.safeParse(input);
  if (!parsed.success) throw formErrorOf(parsed.error.issues, 'cycle.rule_invalid');
  const p = parsed.data;
  const cycle = await getCycle(db, cycleId);
  const q = await loadQuestionnaire(db, cycle.framework_version);
  const generalTargets = GENERAL_FIELDS.map((f) => `general.${f}`);
  const targetOk = !p.target || q.elementIds.includes(p.target) || (p.kind === 'required' && generalTargets.includes(p.target));
  if (!targetOk || (p.target && (p.kind === 'min-length' || p.kind === 'max-length'))) {
    throw new FormError('cycle.rule_invalid', 400, `“${p.target}” is not a question this rule can apply to in this cycle's questionnaire.`, {
      target: { key: 'reporting.err.ruleTarget' },
    });
  }
  const row = {
    cycle_id: cycle.id,
    kind: p.kind,
    severity: p.severity,
    target: p.kind === 'min-length' || p.kind === 'max-length' ? null : (p.target ?? null),
    field: p.kind === 'min-length' || p.kind === 'max-length' ? p.field! : null,
    amount: p.kind === 'min-length' || p.kind === 'max-length' ? p.amount! : null,
  };
  return db.transaction().execute(async (trx) => {
    let same = trx
      .selectFrom('reporting_validation_rules')
      .select('id')
      .where('cycle_id', '=', cycle.id)
      .where('kind', '=', row.kind)
      .where('retired_at', 'is', null);
    same = row.target === null ? same.where('target', 'is', null) : same.where('target', '=', row.target);
    same = row.field === null ? same.where('field', 'is', null) : same.where('field', '=', row.field);
    if (await same.executeTakeFirst())
      throw new FormError('cycle.rule_exists', 409, 'The cycle already has this rule; retire it first to change its severity or amount.', {
        kind: { key: 'reporting.err.ruleExists' },
      });
    const rule = await trx
      .insertInto('reporting_validation_rules')
      .values({ ...row, created_by: actor.kind === 'user' ? actor.id : null })
      .returning(['id', 'cycle_id', 'kind', 'target', 'field', 'amount', 'severity'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'cycle.rule_added', itemType: 'reporting_cycle', itemId: cycle.id, after: rule });
    return rule;
  });
}
