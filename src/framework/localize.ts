import type { Lang } from '../i18n/index.ts';

type Translations = Partial<Record<Lang, { title?: string; description?: string }>>;

/**
 * The title and description of a pillar, element or stance question in the reader's language,
 * falling back to English (the catalogue's own text) where a translation is missing.
 */
export function localize<T extends { title: string; description?: string; translations?: unknown }>(row: T, lang: Lang): T {
  if (lang === 'en') return row;
  const tr = (row.translations as Translations | undefined)?.[lang];
  if (!tr) return row;
  return { ...row, title: tr.title || row.title, ...(row.description !== undefined ? { description: tr.description || row.description } : {}) };
}
