import { formError, parseForm } from '../../foundation/formError.ts';
import type { Updateable } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import type { Database } from '../../schema.ts';
import { Conflict, NotFound } from '../../foundation/errors.ts';
import { invalidateFramework, versionUsage } from '../queries.ts';
import { checkContent, ElementInput, elementColumns, issuesToMessages, PillarInput, pillarColumns, writeContent } from '../versionInput.ts';

export const RevisedVersion = z.object({
  title: z.string().trim().min(5, 'framework.err.required').max(200, 'framework.err.tooLong').optional(),
  pillars: z.array(PillarInput).max(12),
  elements: z.array(ElementInput).max(400),
});
export type RevisedVersionInput = z.input<typeof RevisedVersion>;

/**
 * Replaces the pillars and elements of a version that nothing uses yet. Once any tag, report,
 * statement, draft, need or offer refers to a version (`versionUsage`), its content is fixed:
 * changing it would change what stored items mean, so the Secretariat adds a new version instead.
 */
export async function reviseFrameworkVersion(db: Db, actor: Actor, versionId: string, input: RevisedVersionInput) {
  requireAccess(actor, 'framework.manage');
  const v = parseForm(RevisedVersion, input, 'framework.version_invalid', issuesToMessages);
  const problems = checkContent(v.pillars, v.elements);
  if (Object.keys(problems).length) throw formError('framework.version_invalid', problems);
  return db
    .transaction()
    .execute(async (trx) => {
      const row = await trx.selectFrom('framework_versions').selectAll().where('id', '=', versionId).forUpdate().executeTakeFirst();
      if (!row) throw NotFound('That framework version', 'framework.version_not_found');
      const usage = await versionUsage(trx as unknown as Db, versionId);
      if (usage.inUse) {
        throw Conflict(
          'framework.version_in_use',
          `The framework version ${versionId} is in use (${Object.entries(usage)
            .filter(([k, n]) => k !== 'inUse' && Number(n) > 0)
            .map(([k, n]) => `${n} ${k}`)
            .join(', ')}): its pillars and elements cannot change. Add a new version with a mapping instead.`,
        );
      }
      const keep = new Set(v.elements.map((e) => e.id));
      const mapped = await trx
        .selectFrom('element_mappings')
        .select(['from_version', 'from_element', 'to_version', 'to_element'])
        .where((eb) => eb.or([eb('from_version', '=', versionId), eb('to_version', '=', versionId)]))
        .execute();
      const orphaned = mapped.filter(
        (m) => (m.from_version === versionId && !keep.has(m.from_element)) || (m.to_version === versionId && !keep.has(m.to_element)),
      );
      if (orphaned.length) {
        throw Conflict(
          'framework.version_mapped',
          `These elements are mapped and cannot be removed: ${[...new Set(orphaned.map((m) => (m.from_version === versionId ? m.from_element : m.to_element)))].join(', ')}.`,
        );
      }
      const old = await trx.selectFrom('elements').select(['id', 'translations']).where('framework_version', '=', versionId).execute();
      const oldP = await trx.selectFrom('pillars').select(['id', 'translations']).where('framework_version', '=', versionId).execute();
      /** One pillar's or element's row of this version, rewritten in place. */
      const rewrite = (table: 'pillars' | 'elements', id: string, set: Updateable<Database['pillars']> | Updateable<Database['elements']>) =>
        trx.updateTable(table).set(set).where('framework_version', '=', versionId).where('id', '=', id).execute();
      const tr = new Map([...oldP, ...old].map((r) => [r.id, JSON.stringify(r.translations ?? {})]));
      // Mapped elements stay (their rows are referenced); everything else is replaced.
      const mappedIds = new Set(mapped.map((m) => (m.from_version === versionId ? m.from_element : m.to_element)));
      await trx
        .deleteFrom('elements')
        .where('framework_version', '=', versionId)
        .where('id', 'not in', [...mappedIds, ''])
        .execute();
      const stay = v.elements.filter((e) => mappedIds.has(e.id));
      const fresh = v.elements.filter((e) => !mappedIds.has(e.id));
      // Pillars are referenced by the elements that stay, so update those in place and add the others.
      const keptPillars = new Set(stay.map((e) => e.pillar as string));
      await trx
        .deleteFrom('pillars')
        .where('framework_version', '=', versionId)
        .where('id', 'not in', [...keptPillars, ''])
        .execute();
      for (const [i, p] of v.pillars.entries()) if (keptPillars.has(p.id)) await rewrite('pillars', p.id, pillarColumns(p, i + 1));
      const newPillars = v.pillars.filter((p) => !keptPillars.has(p.id));
      if (newPillars.length) await writeContent(trx, versionId, newPillars, [], (id) => tr.get(id) ?? '{}');
      for (const e of stay) await rewrite('elements', e.id, elementColumns(e, v.elements.indexOf(e) + 1));
      if (fresh.length) await writeContent(trx, versionId, [], fresh, (id) => tr.get(id) ?? '{}');
      // Pillars and elements in the order given.
      for (const table of ['pillars', 'elements'] as const) for (const [i, x] of v[table].entries()) await rewrite(table, x.id, { position: i + 1 });
      if (v.title) await trx.updateTable('framework_versions').set({ title: v.title }).where('id', '=', versionId).execute();
      await recordAudit(trx, actor, {
        action: 'framework.version_revised',
        itemType: 'framework_version',
        itemId: versionId,
        before: { pillars: oldP.length, elements: old.length },
        after: { title: v.title ?? row.title, pillars: v.pillars.length, elements: v.elements.length },
      });
      return { id: versionId, pillars: v.pillars.length, elements: v.elements.length };
    })
    .finally(invalidateFramework);
}
