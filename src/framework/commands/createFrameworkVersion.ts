import { formError, parseForm } from '../../foundation/formError.ts';
import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { invalidateFramework } from '../queries.ts';
import { checkContent, ElementInput, issuesToMessages, PillarInput, Slug, Translations, writeContent } from '../versionInput.ts';

export const NewFrameworkVersion = z.object({
  id: Slug,
  title: z.string().trim().min(5, 'framework.err.required').max(200, 'framework.err.tooLong'),
  /** The version this one follows; its elements are what the mapping starts from. */
  predecessor: Slug.optional(),
  /** Copy the pillars and elements of this version (when `pillars`/`elements` are not given). */
  copyFrom: Slug.optional(),
  /** With a predecessor: map every element id present in both versions as 'same'. */
  mapUnchanged: z.boolean().default(false),
  source: z.string().trim().max(300, 'framework.err.tooLong').default(''),
  translations: Translations,
  pillars: z.array(PillarInput).max(12).optional(),
  elements: z.array(ElementInput).max(400).optional(),
});
export type NewFrameworkVersionInput = z.input<typeof NewFrameworkVersion>;

/**
 * The Secretariat adds a framework version (never current: the current version stays the default
 * for items outside any process). Its content comes from `pillars`/`elements` or a copy of another
 * version; with `mapUnchanged`, elements that keep their id are mapped to the predecessor's as 'same'.
 */
export async function createFrameworkVersion(db: Db, actor: Actor, input: NewFrameworkVersionInput) {
  requireAccess(actor, 'framework.manage');
  const v = parseForm(NewFrameworkVersion, input, 'framework.version_invalid', issuesToMessages);
  return db
    .transaction()
    .execute(async (trx) => {
      if (await trx.selectFrom('framework_versions').select('id').where('id', '=', v.id).executeTakeFirst()) {
        throw formError('framework.version_exists', { id: { key: 'framework.err.taken' } }, 409);
      }
      for (const k of ['predecessor', 'copyFrom'] as const) {
        const ref = v[k];
        if (ref && !(await trx.selectFrom('framework_versions').select('id').where('id', '=', ref).executeTakeFirst())) {
          throw formError('framework.version_invalid', { [k]: { key: 'framework.err.unknownVersion' } });
        }
      }
      let pillars = v.pillars,
        elements = v.elements;
      let translations: Map<string, string> = new Map();
      if ((!pillars || !elements) && v.copyFrom) {
        const [ps, es] = await Promise.all([
          trx.selectFrom('pillars').selectAll().where('framework_version', '=', v.copyFrom).orderBy('position').execute(),
          trx.selectFrom('elements').selectAll().where('framework_version', '=', v.copyFrom).orderBy('position').execute(),
        ]);
        pillars ??= ps.map((p) => ({
          id: p.id as never,
          title: p.title,
          description: p.description,
          source: p.source_symbol ? { symbol: p.source_symbol, paragraph: p.source_paragraph ?? '' } : null,
          lexicon: p.lexicon,
        }));
        elements ??= es.map((e) => ({
          id: e.id,
          pillar: e.pillar_id as never,
          title: e.title,
          description: e.description,
          source: { symbol: e.source_symbol, paragraph: e.source_paragraph },
          lexicon: e.lexicon,
        }));
        translations = new Map([...ps, ...es].map((r) => [r.id, JSON.stringify(r.translations ?? {})]));
      }
      if (!pillars || !elements) throw formError('framework.version_invalid', { copyFrom: { key: 'framework.err.contentNeeded' } });
      const problems = checkContent(pillars, elements);
      if (Object.keys(problems).length) throw formError('framework.version_invalid', problems);

      await trx
        .insertInto('framework_versions')
        .values({
          id: v.id,
          title: v.title,
          is_current: false,
          predecessor: v.predecessor ?? null,
          source: v.source,
          translations: JSON.stringify(v.translations),
        })
        .execute();
      await writeContent(trx, v.id, pillars, elements, (id) => translations.get(id) ?? '{}');
      let mapped = 0;
      if (v.mapUnchanged && v.predecessor) {
        const before = await trx.selectFrom('elements').select('id').where('framework_version', '=', v.predecessor).execute();
        const now = new Set(elements.map((e) => e.id));
        const rows = before
          .filter((e) => now.has(e.id))
          .map((e) => ({
            from_version: v.predecessor!,
            from_element: e.id,
            to_version: v.id,
            to_element: e.id,
            relation: 'same' as const,
            created_by: actor.kind === 'user' ? actor.id : null,
          }));
        if (rows.length) await trx.insertInto('element_mappings').values(rows).execute();
        mapped = rows.length;
      }
      await recordAudit(trx, actor, {
        action: 'framework.version_created',
        itemType: 'framework_version',
        itemId: v.id,
        after: { id: v.id, title: v.title, predecessor: v.predecessor ?? null, pillars: pillars.length, elements: elements.length, mapped },
      });
      return { id: v.id, title: v.title, pillars: pillars.length, elements: elements.length, mapped };
    })
    .finally(invalidateFramework);
}
