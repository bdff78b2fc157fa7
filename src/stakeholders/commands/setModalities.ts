import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { parseInput, ValidationError } from '../../foundation/errors.ts';
import { processSlug } from './applyForAccreditation.ts';
import { modalitiesOf, processBySlug } from '../modalities.ts';

export const ModalitiesInput = z
  .object({
    ecosocBasis: z.boolean(),
    noObjectionBasis: z.boolean(),
    /** Working days States have to object; null: the installation's default. */
    objectionWorkingDays: z.number().int().min(1).max(60).nullable().default(null),
    /** The process whose accreditation carries over to this one; null: none (the default). */
    carryOverFrom: processSlug.nullable().default(null),
  })
  .refine((m) => m.ecosocBasis || m.noObjectionBasis, { message: 'Accept at least one basis.', path: ['ecosocBasis'] });

/**
 * The Secretariat sets a process's stakeholder modalities. Applications already open keep the terms
 * they opened under; the new terms apply to the next application.
 */
export async function setModalities(db: Db, actor: Actor, slug: string, input: z.input<typeof ModalitiesInput>) {
  // The Secretariat's accreditation rule: the same as confirming ECOSOC status.
  requireAccess(actor, 'modalities.manage');
  const m = parseInput(ModalitiesInput, input, 'modalities.invalid');
  return db.transaction().execute(async (trx) => {
    const process = await processBySlug(trx, slug);
    let from: number | null = null;
    if (m.carryOverFrom) {
      const f = await trx.selectFrom('processes').select('id').where('slug', '=', m.carryOverFrom).executeTakeFirst();
      if (!f || f.id === process.id) {
        throw ValidationError(
          `Accreditation can carry over only from another existing process, not ${m.carryOverFrom}.`,
          { carryOverFrom: 'Choose another process, or none.' },
          'modalities.invalid',
          { fields: { carryOverFrom: { key: 'stakeholders.err.carry_over.field' } } },
        );
      }
      from = f.id;
    }
    const before = await modalitiesOf(trx, process.id);
    const values = {
      ecosoc_basis: m.ecosocBasis,
      no_objection_basis: m.noObjectionBasis,
      objection_working_days: m.objectionWorkingDays,
      carry_over_from: from,
      updated_by: actor.kind === 'user' ? actor.id : null,
      updated_at: new Date(),
    };
    await trx
      .insertInto('stakeholder_modalities')
      .values({ process_id: process.id, ...values })
      .onConflict((oc) => oc.column('process_id').doUpdateSet(values))
      .execute();
    await recordAudit(trx, actor, {
      action: 'accreditation.modalities_set',
      itemType: 'process',
      itemId: process.id,
      before: {
        ecosoc: before.ecosoc_basis,
        noObjection: before.no_objection_basis,
        days: before.objection_working_days,
        carryOverFrom: before.carry_over_slug,
      },
      after: { ecosoc: m.ecosocBasis, noObjection: m.noObjectionBasis, days: m.objectionWorkingDays, carryOverFrom: m.carryOverFrom },
    });
    return modalitiesOf(trx, process.id);
  });
}
