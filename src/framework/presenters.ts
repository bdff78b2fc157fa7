import { z } from 'zod';
import type { elementById, frameworkOverview, listStanceQuestions, listVersions, mappingsOfVersion, versionById, versionContent } from './queries.ts';

/**
 * The framework API's response shapes: camelCase, never a table row. Everything here is public
 * reference data. `pillar` and `element` name the framework's pillars and elements by id;
 * `translations` are per language (`fr`, `ar` …) the title and description a reader sees.
 */
type Overview = Awaited<ReturnType<typeof frameworkOverview>>;
type Translations = Record<string, { title: string; description?: string }>;

export const TranslationsSchema = z.record(z.string(), z.object({ title: z.string(), description: z.string().optional() }));
const presentTranslations = (t: Translations | null | undefined): Translations =>
  Object.fromEntries(
    Object.entries(t ?? {}).map(([lang, v]) => [lang, v.description === undefined ? { title: v.title } : { title: v.title, description: v.description }]),
  );
const SourceSchema = z.object({ symbol: z.string().nullable(), paragraph: z.string().nullable() }).describe('the agreed document and paragraph it comes from');

export const FrameworkSchema = z.object({
  version: z.object({ id: z.string(), title: z.string() }),
  pillars: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      source: SourceSchema.nullable(),
      translations: TranslationsSchema,
      elements: z.array(z.object({ id: z.string(), title: z.string(), translations: TranslationsSchema })),
    }),
  ),
});
export const presentFramework = (fw: Overview) => ({
  version: { id: fw.version.id, title: fw.version.title },
  pillars: fw.pillars.map((p) => ({
    id: p.id,
    title: p.title,
    description: p.description,
    source: p.source_symbol ? { symbol: p.source_symbol, paragraph: p.source_paragraph } : null,
    translations: presentTranslations(p.translations),
    elements: p.elements.map((e) => ({ id: e.id, title: e.title, translations: presentTranslations(e.translations) })),
  })),
});

export const ElementSchema = z.object({
  id: z.string(),
  pillar: z.string().describe('the pillar id'),
  title: z.string(),
  description: z.string(),
  source: SourceSchema,
  lexicon: z.array(z.string()),
  frameworkVersion: z.string(),
  translations: TranslationsSchema,
});
export const presentElement = (e: NonNullable<Awaited<ReturnType<typeof elementById>>>) => ({
  id: e.id,
  pillar: e.pillar_id,
  title: e.title,
  description: e.description,
  source: { symbol: e.source_symbol, paragraph: e.source_paragraph },
  lexicon: [...e.lexicon],
  frameworkVersion: e.framework_version,
  translations: presentTranslations(e.translations),
});

export const StanceQuestionSchema = z.object({ id: z.string(), question: z.string(), pillar: z.string(), element: z.string().nullable() });
export const presentStanceQuestion = (q: Awaited<ReturnType<typeof listStanceQuestions>>[number]) => ({
  id: q.id,
  question: q.question,
  pillar: q.pillar_id,
  element: q.element_id,
});
export const AddedStanceQuestionSchema = z.object({ id: z.string(), question: z.string() });

export const VersionListItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  translations: TranslationsSchema,
  current: z.boolean(),
  predecessor: z.string().nullable(),
  source: z.string(),
  elements: z.number().int().describe('how many elements it has'),
  processes: z.array(z.string()).describe('slugs of the processes that read under it'),
});
export const presentVersionListItem = (v: Awaited<ReturnType<typeof listVersions>>[number]) => ({
  id: v.id,
  title: v.title,
  translations: presentTranslations(v.translations),
  current: v.is_current,
  predecessor: v.predecessor,
  source: v.source,
  elements: v.elements,
  processes: v.processes.map((p) => p.slug),
});

export const VersionSchema = z.object({
  id: z.string(),
  title: z.string(),
  translations: TranslationsSchema,
  current: z.boolean(),
  predecessor: z.string().nullable(),
  source: z.string(),
  inUse: z.boolean().describe('something is tagged under it, so its pillars and elements are fixed'),
  pillars: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      translations: TranslationsSchema,
      elements: z.array(z.object({ id: z.string(), title: z.string(), source: SourceSchema, translations: TranslationsSchema })),
    }),
  ),
  mappings: z.array(
    z.object({
      fromVersion: z.string(),
      fromElement: z.string(),
      toVersion: z.string(),
      toElement: z.string(),
      relation: z.enum(['same', 'part-of', 'split']),
      note: z.string(),
    }),
  ),
});
export const presentVersion = (
  v: NonNullable<Awaited<ReturnType<typeof versionById>>>,
  content: Awaited<ReturnType<typeof versionContent>>,
  mappings: Awaited<ReturnType<typeof mappingsOfVersion>>,
  inUse: boolean,
) => ({
  id: v.id,
  title: v.title,
  translations: presentTranslations(v.translations),
  current: v.is_current,
  predecessor: v.predecessor,
  source: v.source,
  inUse,
  pillars: content.map((p) => ({
    id: p.id,
    title: p.title,
    translations: presentTranslations(p.translations),
    elements: p.elements.map((e) => ({
      id: e.id,
      title: e.title,
      source: { symbol: e.source_symbol, paragraph: e.source_paragraph },
      translations: presentTranslations(e.translations),
    })),
  })),
  mappings: mappings.map((m) => ({
    fromVersion: m.from_version,
    fromElement: m.from_element,
    toVersion: m.to_version,
    toElement: m.to_element,
    relation: m.relation,
    note: m.note,
  })),
});

export const CreatedVersionSchema = z.object({
  id: z.string(),
  title: z.string(),
  pillars: z.number().int(),
  elements: z.number().int(),
  mapped: z.number().int(),
});
export const RevisedVersionSchema = z.object({ id: z.string(), pillars: z.number().int(), elements: z.number().int() });
export const AddedMappingsSchema = z.object({ added: z.number().int() });
