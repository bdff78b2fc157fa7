import { ORGANISATIONS, SPEAKING_GROUPS } from '../participants/organisations.ts';
import { stateByIso3 } from '../participants/states.ts';
import { UN_ENTITIES } from '../participants/unEntities.ts';
import type { SpeakerKind } from './tables.ts';
import type { Lang } from '../i18n/index.ts';
import { organisationName, speakingGroupName, stateName, unEntityName } from '../participants/names.ts';

const GROUPS = new Set<string>([...SPEAKING_GROUPS.map((g) => g.id), ...ORGANISATIONS.map((o) => o.id)]);
const ENTITIES = new Set<string>(UN_ENTITIES.map((e) => e.id));

/** What kind of speaker an id names: ISO alpha-3 for States, known ids for the rest. */
export function speakerKind(id: string): SpeakerKind {
  if (id === 'chair') return 'chair';
  if (id === 'secretariat') return 'secretariat';
  if (ENTITIES.has(id)) return 'un-entity';
  if (GROUPS.has(id)) return 'group';
  if (/^[A-Z]{3}$/.test(id) && stateByIso3(id)) return 'state';
  return 'stakeholder';
}

/** A speaker's display name in `lang`: the State's UN name, the group's or organisation's, the UN entity's, or the id. */
export function speakerName(id: string, lang: Lang = 'en'): string {
  const state = /^[A-Z]{3}$/.test(id) ? stateName(id, lang) : undefined;
  if (state) return state;
  return speakingGroupName(id, lang) ?? organisationName(id, lang) ?? unEntityName(id, lang) ?? id;
}

/** A State's ISO code when it is one (the foreign key accepts nothing else). */
export function validState(id: string | null | undefined): string | null {
  return id && /^[A-Z]{3}$/.test(id) && stateByIso3(id) ? id : null;
}
