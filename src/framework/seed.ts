import { sql, type Transaction } from 'kysely';
import { systemActor } from '../accounts/actor.ts';
import { recordAudit } from '../accounts/audit.ts';
import type { Db } from '../db/engine.ts';
import type { Database } from '../schema.ts';
import { FRAMEWORK_2025 } from './catalogue/index.ts';
import { FRAMEWORK_GM, GM_SOURCE, GM_TRANSLATIONS, MAPPING_2025_TO_GM, PROCESS_VERSIONS, VERSION_2025_TRANSLATIONS } from './catalogue/globalMechanism.ts';
import { TRANSLATIONS } from './catalogue/translations.ts';
import type { FrameworkVersion } from './catalogue/types.ts';

type Tr = Record<string, Record<string, { title: string; description?: string }>>;

/**
 * Writes one framework version with its pillars, elements and stance questions. `translations`
 * overrides the shared catalogue translations by id (a later version that retitles a pillar).
 */
export async function seedFramework(
  trx: Transaction<Database>,
  fw: FrameworkVersion,
  current = true,
  opts: { translations?: Tr; predecessor?: string; source?: string; versionTranslations?: Tr[string] } = {},
) {
  const translationsOf = (id: string) => JSON.stringify(opts.translations?.[id] ?? TRANSLATIONS[id] ?? {});
  if (current) await trx.updateTable('framework_versions').set({ is_current: false }).where('is_current', '=', true).execute();
  await trx
    .insertInto('framework_versions')
    .values({
      id: fw.id,
      title: fw.title,
      is_current: current,
      predecessor: opts.predecessor ?? null,
      source: opts.source ?? '',
      translations: JSON.stringify(opts.versionTranslations ?? {}),
    })
    .execute();
  await trx
    .insertInto('pillars')
    .values(
      fw.pillars.map((p, i) => ({
        framework_version: fw.id,
        id: p.id,
        position: i + 1,
        title: p.title,
        description: p.description,
        source_symbol: p.source?.symbol ?? null,
        source_paragraph: p.source?.paragraph ?? null,
        lexicon: [...p.lexicon],
        translations: translationsOf(p.id),
      })),
    )
    .execute();
  await trx
    .insertInto('elements')
    .values(
      fw.elements.map((e, i) => ({
        framework_version: fw.id,
        id: e.id,
        pillar_id: e.pillar,
        position: i + 1,
        title: e.title,
        description: e.description,
        source_symbol: e.source.symbol,
        source_paragraph: e.source.paragraph,
        lexicon: [...e.lexicon],
        translations: translationsOf(e.id),
      })),
    )
    .execute();
  for (const [i, q] of fw.questions.entries()) {
    await trx
      .insertInto('stance_questions')
      .values({
        id: q.id,
        question: q.question,
        pillar_id: q.pillar,
        element_id: q.element ?? null,
        lexicon: JSON.stringify(q.lexicon),
        position: i + 1,
        translations: translationsOf(q.id),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

/**
 * The Global Mechanism's version (not current: the current version is the default for items
 * outside any process), the mapping from every 2025 element to its successor, and each seeded
 * process's version. Idempotent: writes only what is missing, so a database seeded before
 * migration 0007 gains it at the next start.
 */
export async function seedGlobalMechanism(trx: Transaction<Database>): Promise<boolean> {
  const has2025 = await trx.selectFrom('framework_versions').select('id').where('id', '=', FRAMEWORK_2025.id).executeTakeFirst();
  if (!has2025) return false;
  let changed = false;
  await trx
    .updateTable('framework_versions')
    .set({ translations: JSON.stringify(VERSION_2025_TRANSLATIONS) })
    .where('id', '=', FRAMEWORK_2025.id)
    .where(sql<boolean>`translations = '{}'::jsonb`)
    .execute();
  const hasGm = await trx.selectFrom('framework_versions').select('id').where('id', '=', FRAMEWORK_GM.id).executeTakeFirst();
  if (!hasGm) {
    await seedFramework(trx, FRAMEWORK_GM, false, {
      translations: GM_TRANSLATIONS,
      predecessor: FRAMEWORK_2025.id,
      source: GM_SOURCE,
      versionTranslations: GM_TRANSLATIONS.version,
    });
    await trx
      .insertInto('element_mappings')
      .values(
        MAPPING_2025_TO_GM.map((m) => ({
          from_version: FRAMEWORK_2025.id,
          from_element: m.from,
          to_version: FRAMEWORK_GM.id,
          to_element: m.to,
          relation: m.relation,
          note: m.note,
        })),
      )
      .execute();
    changed = true;
  }
  for (const [slug, version] of Object.entries(PROCESS_VERSIONS)) {
    const r = await trx
      .insertInto('process_frameworks')
      .values({ process_slug: slug, framework_version: version })
      .onConflict((oc) => oc.column('process_slug').doNothing())
      .executeTakeFirst();
    if (Number(r.numInsertedOrUpdatedRows ?? 0) > 0) changed = true;
  }
  return changed;
}

/** At start, on a database seeded before the Global Mechanism's version existed. */
export async function ensureFrameworkVersions(db: Db) {
  await db.transaction().execute(async (trx) => {
    if (await seedGlobalMechanism(trx)) {
      await recordAudit(trx, systemActor('seed'), {
        action: 'framework.version_seeded',
        itemType: 'framework_version',
        itemId: FRAMEWORK_GM.id,
        after: { version: FRAMEWORK_GM.id },
      });
    }
  });
}
