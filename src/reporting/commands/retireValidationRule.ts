import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { NotFound } from '../../foundation/errors.ts';

/**
 * The Secretariat retires a rule: it stops applying from the next save, and the row stays (with when
 * and by whom), so what a cycle asked for when a revision was submitted can still be read.
 */
export async function retireValidationRule(db: Db, actor: Actor, cycleId: number, ruleId: number) {
  requireAccess(actor, 'cycle.manage');
  if (!Number.isSafeInteger(ruleId) || ruleId <= 0) throw NotFound('That validation rule', 'cycle.rule_not_found');
  return db.transaction().execute(async (trx) => {
    const rule = await trx
      .updateTable('reporting_validation_rules')
      .set({ retired_at: new Date(), retired_by: actor.kind === 'user' ? actor.id : null })
      .where('id', '=', ruleId)
      .where('cycle_id', '=', cycleId)
      .where('retired_at', 'is', null)
      .returning(['id', 'cycle_id', 'kind', 'target', 'field', 'amount', 'severity'])
      .executeTakeFirst();
    if (!rule) throw NotFound('That validation rule', 'cycle.rule_not_found');
    await recordAudit(trx, actor, { action: 'cycle.rule_retired', itemType: 'reporting_cycle', itemId: cycleId, before: rule });
    return rule;
  });
}
