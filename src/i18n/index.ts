import type { Catalogue } from './catalogue.ts';
import type { Lang } from './languages.ts';
import analysis from './analysis.ts';
import core from './core.ts';
import drafting from './drafting.ts';
import notifications from './notifications.ts';
import records from './records.ts';
import registry from './registry.ts';
import reporting from './reporting.ts';
import stakeholders from './stakeholders.ts';
import tasks from './tasks.ts';

export * from './languages.ts';

/** Every capability's catalogue; keys are namespaced by capability ("reporting.submit"). */
export const CATALOGUES: Record<string, Catalogue> = { core, records, reporting, analysis, drafting, registry, stakeholders, notifications, tasks };

const merged = new Map<Lang, Map<string, string>>();
for (const catalogue of Object.values(CATALOGUES)) {
  for (const [lang, messages] of Object.entries(catalogue) as [Lang, Record<string, string>][]) {
    const m = merged.get(lang) ?? new Map<string, string>();
    for (const [k, v] of Object.entries(messages)) m.set(k, v);
    merged.set(lang, m);
  }
}

/** Translates a key; `lang` says into which language, for content translated outside the catalogues. */
export type Translate = ((key: string, params?: Record<string, string | number>) => string) & { lang: Lang };

/**
 * A translator for one language. A missing key falls back to English, then to the key itself,
 * so a gap shows as a visible key rather than an empty button; the catalogue test keeps gaps out.
 * @example translator('fr')('core.nav.framework') // "Cadre"
 */
const translators = new Map<Lang, Translate>();

export function translator(lang: Lang): Translate {
  const known = translators.get(lang);
  if (known) return known;
  const own = merged.get(lang);
  const en = merged.get('en');
  const t = (key: string, params?: Record<string, string | number>) => {
    let text = own?.get(key) ?? en?.get(key) ?? key;
    if (params) for (const [k, v] of Object.entries(params)) text = text.replaceAll(`{${k}}`, String(v));
    return text;
  };
  const made = Object.assign(t, { lang });
  translators.set(lang, made);
  return made;
}
