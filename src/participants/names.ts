import { translator, type Lang } from '../i18n/index.ts';
import { organisationById, speakingGroupById } from './organisations.ts';
import { UN_ENTITIES } from './unEntities.ts';
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
  return lang === 'en' ? state.officialName : (STATE_NAMES[state.iso3]?.[lang] ?? state.officialName);
}

/**
 * States whose UN name in any of the five other languages contains `text`, ignoring case and accents
 * ("russie", "Rusia", "Россия" … find RUS), for name searches typed in the reader's own language.
 */
export function statesNamedLike(text: string): string[] {
  const needle = fold(text.trim());
  if (needle.length < 2) return [];
  return Object.entries(STATE_NAMES)
    .filter(([, names]) => Object.values(names).some((n) => fold(n).includes(needle)))
    .map(([iso3]) => iso3);
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A regional organisation's name in `lang` (core catalogue), or undefined for an unknown id. */
export function organisationName(id: string, lang: Lang): string | undefined {
  return organisationById(id) ? translator(lang)(`core.org.${id}`) : undefined;
}

/** A speaking group's name in `lang`, with its article as in running text ("the Group of 77 and China"). */
export function speakingGroupName(id: string, lang: Lang): string | undefined {
  return speakingGroupById(id) ? translator(lang)(`core.speakingGroup.${id}`) : undefined;
}

/** A UN entity's name in `lang` (the Chair, the Secretariat, UNODA …), or undefined for an unknown id. */
export function unEntityName(id: string, lang: Lang): string | undefined {
  return UN_ENTITIES.some((e) => e.id === id) ? translator(lang)(`core.entity.${id}`) : undefined;
}
