import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { TRANSLATIONS } from './catalogue/translations.ts';
import type { FrameworkVersion } from './catalogue/types.ts';

const translationsOf = (id: string) => JSON.stringify(TRANSLATIONS[id] ?? {});

/** Writes one framework version with its pillars, elements and stance questions. */
export async function seedFramework(trx: Transaction<Database>, fw: FrameworkVersion, current = true) {
  if (current) await trx.updateTable('framework_versions').set({ is_current: false }).where('is_current', '=', true).execute();
  await trx.insertInto('framework_versions').values({ id: fw.id, title: fw.title, is_current: current }).execute();
  await trx.insertInto('pillars').values(fw.pillars.map((p, i) => ({
    framework_version: fw.id, id: p.id, position: i + 1, title: p.title, description: p.description,
    source_symbol: p.source?.symbol ?? null, source_paragraph: p.source?.paragraph ?? null, lexicon: [...p.lexicon], translations: translationsOf(p.id),
  }))).execute();
  await trx.insertInto('elements').values(fw.elements.map((e, i) => ({
    framework_version: fw.id, id: e.id, pillar_id: e.pillar, position: i + 1, title: e.title, description: e.description,
    source_symbol: e.source.symbol, source_paragraph: e.source.paragraph, lexicon: [...e.lexicon], translations: translationsOf(e.id),
  }))).execute();
  for (const [i, q] of fw.questions.entries()) {
    await trx.insertInto('stance_questions').values({
      id: q.id, question: q.question, pillar_id: q.pillar, element_id: q.element ?? null,
      lexicon: JSON.stringify(q.lexicon), position: i + 1, translations: translationsOf(q.id),
    }).onConflict((oc) => oc.column('id').doNothing()).execute();
  }
}
