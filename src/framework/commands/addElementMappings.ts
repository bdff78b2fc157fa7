import { formError, parseForm } from '../../foundation/formError.ts';
import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { NotFound } from '../../foundation/errors.ts';
import type { FieldMessages } from '../../reporting/fieldErrors.ts';
import { invalidateFramework, RELATIONS } from '../queries.ts';
import { issuesToMessages, Slug } from '../versionInput.ts';

export const NewMapping = z.object({
  /** The version mapped from; the target version's predecessor when left out. */
  fromVersion: Slug.optional(),
  fromElement: Slug,
  toElement: Slug,
  relation: z.enum(RELATIONS as ['same', 'part-of', 'split'], { message: 'framework.err.relation' }),
  note: z.string().trim().max(1000, 'framework.err.tooLong').default(''),
});
export const NewMappings = z.object({ mappings: z.array(NewMapping).min(1, 'framework.err.noMappings').max(500) });
export type NewMappingsInput = z.input<typeof NewMappings>;

/**
 * The Secretariat maps elements of an earlier version to elements of `toVersion`. A mapping
 * changes no tag: it only says where an item tagged under one version shows under the other.
 */
export async function addElementMappings(db: Db, actor: Actor, toVersion: string, input: NewMappingsInput) {
  requireAccess(actor, 'framework.manage');
  const v = parseForm(NewMappings, input, 'mapping.invalid', issuesToMessages);
  return db
    .transaction()
    .execute(async (trx) => {
      const target = await trx.selectFrom('framework_versions').select(['id', 'predecessor']).where('id', '=', toVersion).executeTakeFirst();
      if (!target) throw NotFound('That framework version', 'framework.version_not_found');
      const problems: FieldMessages = {};
      const rows = [];
      for (const [i, m] of v.mappings.entries()) {
        const from = m.fromVersion ?? target.predecessor;
        if (!from || from === toVersion) {
          problems[`mappings.${i}.fromVersion`] = { key: 'framework.err.unknownVersion' };
          continue;
        }
        const [a, b, dup] = await Promise.all([
          trx.selectFrom('elements').select('id').where('framework_version', '=', from).where('id', '=', m.fromElement).executeTakeFirst(),
          trx.selectFrom('elements').select('id').where('framework_version', '=', toVersion).where('id', '=', m.toElement).executeTakeFirst(),
          trx
            .selectFrom('element_mappings')
            .select('id')
            .where('from_version', '=', from)
            .where('from_element', '=', m.fromElement)
            .where('to_version', '=', toVersion)
            .where('to_element', '=', m.toElement)
            .executeTakeFirst(),
        ]);
        if (!a) problems[`mappings.${i}.fromElement`] = { key: 'framework.err.unknownElement' };
        if (!b) problems[`mappings.${i}.toElement`] = { key: 'framework.err.unknownElement' };
        if (a && b && dup) problems[`mappings.${i}.toElement`] = { key: 'framework.err.mappingExists' };
        rows.push({
          from_version: from,
          from_element: m.fromElement,
          to_version: toVersion,
          to_element: m.toElement,
          relation: m.relation,
          note: m.note,
          created_by: actor.kind === 'user' ? actor.id : null,
        });
      }
      if (Object.keys(problems).length) throw formError('mapping.invalid', problems);
      const inserted = await trx.insertInto('element_mappings').values(rows).returning('id').execute();
      await recordAudit(trx, actor, {
        action: 'framework.mapping_added',
        itemType: 'framework_version',
        itemId: toVersion,
        after: { mappings: rows.map((r) => `${r.from_version}:${r.from_element} → ${r.to_element} (${r.relation})`) },
      });
      return { added: inserted.length };
    })
    .finally(invalidateFramework);
}
