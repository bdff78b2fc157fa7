import type { Catalogue } from './catalogue.ts';
import type { Lang } from './languages.ts';
import { loadJsonCatalogues } from './load.ts';
import { formatMessage, type Params } from './message.ts';

export * from './languages.ts';

/**
 * Every capability's catalogue; keys are namespaced by capability ("reporting.submit"). Read at
 * start-up from `src/<capability>/locales/<lang>.json` (the foundation's `core.*` keys from
 * `src/i18n/locales/`), see src/i18n/load.ts.
 */
export const CATALOGUES: Record<string, Catalogue> = loadJsonCatalogues();

const merged = new Map<Lang, Map<string, string>>();
for (const catalogue of Object.values(CATALOGUES)) {
  for (const [lang, messages] of Object.entries(catalogue) as [Lang, Record<string, string>][]) {
    const m = merged.get(lang) ?? new Map<string, string>();
    for (const [k, v] of Object.entries(messages)) m.set(k, v);
    merged.set(lang, m);
  }
}

/** Translates a key; `lang` says into which language, for content translated outside the catalogues. */
export type Translate = ((key: string, params?: Params) => string) & { lang: Lang };

/**
 * A translator for one language. A missing key falls back to English, then to the key itself,
 * so a gap shows as a visible key rather than an empty button; the catalogue test keeps gaps out.
 * Messages are ICU MessageFormat (src/i18n/message.ts): plurals follow the language's rules.
 * @example translator('fr')('core.nav.framework') // "Cadre"
 */
const translators = new Map<Lang, Translate>();

export function translator(lang: Lang): Translate {
  const known = translators.get(lang);
  if (known) return known;
  const own = merged.get(lang);
  const en = merged.get('en');
  const t = (key: string, params?: Params) => {
    const mine = own?.get(key);
    if (mine !== undefined) return formatMessage(mine, lang, params);
    const english = en?.get(key);
    return english !== undefined ? formatMessage(english, 'en', params) : key;
  };
  const made = Object.assign(t, { lang });
  translators.set(lang, made);
  return made;
}

/** Whether a key has an English message (the reference every language follows). */
export const hasMessage = (key: string): boolean => merged.get('en')?.has(key) ?? false;
