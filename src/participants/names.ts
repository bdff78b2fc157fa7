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
