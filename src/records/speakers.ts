import { ORGANISATIONS, SPEAKING_GROUPS } from '../participants/organisations.ts';
import { stateByIso3 } from '../participants/states.ts';
import { UN_ENTITIES } from '../participants/unEntities.ts';
import type { SpeakerKind } from './tables.ts';
import type { Lang } from '../i18n/index.ts';
import { organisationName, speakingGroupName, stateName, unEntityName } from '../participants/names.ts';

const GROUPS = new Set<string>(SPEAKING_GROUPS.map((g) => g.id));
const ORGANISATION_IDS = new Set<string>(ORGANISATIONS.map((o) => o.id));
const ENTITIES = new Set<string>(UN_ENTITIES.map((e) => e.id));
const CLAIMABLE = new Set<SpeakerKind>(['organisation', 'un-entity', 'stakeholder', 'rapporteur', 'person', 'observer', 'group']);

/**
 * What kind of speaker an id names: ISO alpha-3 for States, known ids for the rest. An id Accord
 * does not know keeps the kind the reader claimed for it (a person, a rapporteur, an organisation
 * outside the catalogue); a known id's kind is ours, whatever the reader said.
 */
export function speakerKind(id: string, claimed?: string): SpeakerKind {
  // A DTG meeting's co-facilitators preside over it as the Chair presides over a plenary.
  if (id === 'chair' || id === 'vice-chair' || id === 'facilitator') return 'chair';
  if (id === 'secretariat') return 'secretariat';
  if (id === 'rapporteur') return 'rapporteur';
  if (id.startsWith('person:')) return 'person';
  if (ENTITIES.has(id)) return 'un-entity';
  if (GROUPS.has(id)) return 'group';
  if (ORGANISATION_IDS.has(id)) return 'organisation';
  if (/^[A-Z]{3}$/.test(id) && stateByIso3(id)) return 'state';
  if (claimed && CLAIMABLE.has(claimed as SpeakerKind)) return claimed as SpeakerKind;
  return 'stakeholder';
}

/** A statement's speaker as a reader sees it: a person's name (with the affiliation) before any id. */
export function speakerLabel(s: { speaker_id: string; speaker_name?: string | null; speaker_affiliation?: string | null }, lang: Lang = 'en'): string {
  if (s.speaker_name) {
    const known = s.speaker_id.startsWith('person:') ? null : speakerName(s.speaker_id, lang);
    const affiliation = s.speaker_affiliation || (known && known !== s.speaker_id ? known : null);
    return affiliation ? `${s.speaker_name} (${affiliation})` : s.speaker_name;
  }
  return speakerName(s.speaker_id, lang);
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
