import { z } from 'zod';
import { fieldMessagesOf, type FieldMessages, type Issue } from '../foundation/formError.ts';
import { PILLAR_IDS } from './catalogue/types.ts';

/** Shared pieces of the framework-version commands: ids, pillar and element shapes, field errors as keys. */
export const Slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'framework.err.slug')
  .max(60, 'framework.err.tooLong');
const Lexicon = z.array(z.string().trim().toLowerCase().min(2).max(100)).max(200).default([]);
const Source = z.object({
  symbol: z.string().trim().min(1, 'framework.err.required').max(60),
  paragraph: z.string().trim().min(1, 'framework.err.required').max(120),
});

export const PillarInput = z.object({
  id: z.enum(PILLAR_IDS, { message: 'framework.err.pillarId' }),
  title: z.string().trim().min(3, 'framework.err.required').max(200, 'framework.err.tooLong'),
  description: z.string().trim().max(1000, 'framework.err.tooLong').default(''),
  source: Source.nullish(),
  lexicon: Lexicon,
});
export const ElementInput = z.object({
  id: Slug,
  pillar: z.enum(PILLAR_IDS, { message: 'framework.err.pillarId' }),
  title: z.string().trim().min(3, 'framework.err.required').max(200, 'framework.err.tooLong'),
  description: z.string().trim().max(1000, 'framework.err.tooLong').default(''),
  source: Source,
  lexicon: Lexicon,
});
export const Translations = z.partialRecord(z.enum(['fr', 'es', 'ru', 'zh', 'ar']), z.object({ title: z.string().trim().min(1).max(200) })).default({});

export type PillarRow = z.output<typeof PillarInput>;
export type ElementRow = z.output<typeof ElementInput>;

/** Per field, the schema's framework.err.* key, or the shared message for the issue's kind. */
export const issuesToMessages = (issues: readonly Issue[]): FieldMessages => fieldMessagesOf(issues, 'framework');

/** Pillars and elements checked together: unique ids, every element under a pillar of the version. */
export function checkContent(pillars: PillarRow[], elements: ElementRow[]): FieldMessages {
  const m: FieldMessages = {};
  if (!pillars.length) m.pillars = { key: 'framework.err.noPillars' };
  if (!elements.length) m.elements = { key: 'framework.err.noElements' };
  const pids = new Set<string>();
  pillars.forEach((p, i) => {
    if (pids.has(p.id)) m[`pillars.${i}.id`] ??= { key: 'framework.err.duplicate' };
    pids.add(p.id);
  });
  const eids = new Set<string>();
  elements.forEach((e, i) => {
    if (eids.has(e.id)) m[`elements.${i}.id`] ??= { key: 'framework.err.duplicate' };
    eids.add(e.id);
    if (!pids.has(e.pillar)) m[`elements.${i}.pillar`] ??= { key: 'framework.err.pillarMissing' };
  });
  return m;
}

/** A pillar's own columns at its place in the version: what a revision rewrites, and an insert writes with the version, id and translations. */
export const pillarColumns = (p: PillarRow, position: number) => ({
  position,
  title: p.title,
  description: p.description,
  source_symbol: p.source?.symbol ?? null,
  source_paragraph: p.source?.paragraph ?? null,
  lexicon: p.lexicon,
});
/** An element's own columns at its place in the version (its pillar among them), as `pillarColumns`. */
export const elementColumns = (e: ElementRow, position: number) => ({
  pillar_id: e.pillar,
  position,
  title: e.title,
  description: e.description,
  source_symbol: e.source.symbol,
  source_paragraph: e.source.paragraph,
  lexicon: e.lexicon,
});

/** Writes a version's pillars and elements (the caller has removed any previous ones). */
export async function writeContent(
  trx: import('kysely').Transaction<import('../schema.ts').Database>,
  versionId: string,
  pillars: PillarRow[],
  elements: ElementRow[],
  translations: (id: string) => string = () => '{}',
) {
  if (pillars.length)
    await trx
      .insertInto('pillars')
      .values(pillars.map((p, i) => ({ framework_version: versionId, id: p.id, ...pillarColumns(p, i + 1), translations: translations(p.id) })))
      .execute();
  if (elements.length)
    await trx
      .insertInto('elements')
      .values(elements.map((e, i) => ({ framework_version: versionId, id: e.id, ...elementColumns(e, i + 1), translations: translations(e.id) })))
      .execute();
}
