import { hasMessage, translator, type Translate } from './index.ts';

/**
 * Names of processes and their bodies in the reader's language. Accord seeds the three processes and
 * the Global Mechanism's bodies (migrations/0100_records.sql, 0104_processes.sql) in English; the
 * catalogue (`core.process.<slug>`, `core.body.<slug>`, `core.bodyTheme.<slug>`) names them in the
 * other five languages. A name the Secretariat changed is theirs and is shown as written.
 * @example processName(translator('fr'), { slug: 'global-mechanism', title: 'Global Mechanism' }) // "Mécanisme mondial"
 */
export function processName(t: Translate, p: { slug: string; title: string }): string {
  return seeded(t, `core.process.${p.slug}`, p.title, false);
}

/** A body's title: "Dedicated thematic group on capacity-building" → "الفريق المواضيعي المخصص المعني ببناء القدرات". */
export function bodyName(t: Translate, b: { slug: string; title: string }): string {
  return seeded(t, `core.body.${b.slug}`, b.title);
}

/** A body's theme, when it is still the seeded one. */
export function bodyTheme(t: Translate, b: { slug: string; theme: string | null }): string | null {
  return b.theme == null ? null : seeded(t, `core.bodyTheme.${b.slug}`, b.theme);
}

const english = translator('en');
/** The catalogue's name when there is one and (if `unchanged`) the stored text is still its English. */
function seeded(t: Translate, key: string, stored: string, unchanged = true): string {
  if (!hasMessage(key)) return stored;
  if (unchanged && english(key) !== stored) return stored;
  return t(key);
}
