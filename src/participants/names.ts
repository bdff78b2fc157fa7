import type { Lang } from '../i18n/index.ts';
import { STATE_NAMES } from './stateNames.ts';
import { stateByIso3 } from './states.ts';

/**
 * A State's name as the United Nations writes it in `lang`: the official short name in English,
 * its UN counterpart in the other five languages. Undefined for a code that is not a State.
 * @example stateName('RUS', 'fr') // 'Fédération de Russie'
 */
export function stateName(iso3: string, lang: Lang): string | undefined {
  const state = stateByIso3(iso3);
  if (!state) return undefined;
  return lang === 'en' ? state.officialName : STATE_NAMES[state.iso3]?.[lang] ?? state.officialName;
}

/**
 * States whose UN name in any of the five other languages contains `text`, ignoring case and accents
 * ("russie", "Rusia", "Россия" … find RUS), for name searches typed in the reader's own language.
 */
export function statesNamedLike(text: string): string[] {
  const needle = fold(text.trim());
  if (needle.length < 2) return [];
  return Object.entries(STATE_NAMES).filter(([, names]) => Object.values(names).some((n) => fold(n).includes(needle))).map(([iso3]) => iso3);
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
