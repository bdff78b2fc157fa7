import type { Lang } from '../i18n/index.ts';
import { TRANSLATIONS } from './catalogue/translations.ts';

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

/**
 * The title of a pillar or element known by its id in the reader's language, from the framework's
 * central translations (the wording every page uses), else `title` (the catalogue's English).
 * For pages that carry only the id and English title, such as the compiled analysis.
 * @example titleById('norm-i', 'Supply chain integrity', 'fr') // 'Intégrité de la chaîne d’approvisionnement ; …'
 */
export function titleById(id: string, title: string, lang: Lang): string {
  return localize({ title, translations: TRANSLATIONS[id] }, lang).title;
}
