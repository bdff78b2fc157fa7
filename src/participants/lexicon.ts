/**
 * Every phrase that names a participant, compiled once into one matcher. Values are "state:ISO3",
 * "group:id" or "org:id". On a clash States win over speaking groups, which win over organisations
 * (so "the European Union" is the group that speaks for the EU and its member States).
 */
import { PhraseMatcher, type PhraseEntry } from './matcher.ts';
import { STATES } from './states.ts';
import { ORGANISATIONS, SPEAKING_GROUPS } from './organisations.ts';

/**
 * Capitalised phrases that contain a State's name or adjective but do not mean the State. Matching
 * them as a whole stops "Latin American" from yielding the United States, "Gulf of Guinea" Guinea.
 */
export const BLOCKED_PHRASES: readonly string[] = [
  'Latin America',
  'Latin American',
  'South America',
  'South American',
  'Central America',
  'Central American',
  'North America',
  'North American',
  'Inter-American',
  'Pan-American',
  'Pan American',
  'American Samoa',
  'African American',
  'Native American',
  'American Indian',
  'Latin American and Caribbean Group',
  'United States Virgin Islands',
  'British Virgin Islands',
  'British Indian Ocean Territory',
  'Indian Ocean',
  'Gulf of Guinea',
  'New Guinea',
  'New Mexico',
  'Gulf of Mexico',
  'Niger Delta',
  'Niger River',
  'Congo Basin',
  'Congo River',
  'Northern Ireland',
  'Chinese Taipei',
  'Republic of China',
  'Turkish Cypriot',
  'Turkish Cypriots',
  'Greek Cypriot',
  'Greek Cypriots',
  'Commonwealth of Independent States',
  'Korean Peninsula',
  'Commonwealth of the Northern Mariana Islands',
  'Commonwealth of the Northern Marianas',
  'Lake Chad',
  'Lake Chad Basin',
  'US dollar',
  'US dollars',
  'United States dollar',
  'United States dollars',
  // SIDS Accelerated Modalities of Action: a programme named after the Apia conference, not Samoa.
  'Samoa Pathway',
  'SAMOA Pathway',
];

export const RANK = { state: 0, group: 1, organisation: 2, blocker: 3 } as const;

function* entries(): Generator<PhraseEntry> {
  for (const s of STATES) {
    for (const form of [s.officialName, ...s.names, ...s.adjectives]) {
      yield { form, value: `state:${s.iso3}`, rank: RANK.state };
    }
  }
  for (const g of SPEAKING_GROUPS) {
    for (const form of [g.name, ...g.aliases]) yield { form, value: `group:${g.id}`, rank: RANK.group };
  }
  for (const o of ORGANISATIONS) {
    for (const form of [o.name, ...o.aliases]) yield { form, value: `org:${o.id}`, rank: RANK.organisation };
  }
  for (const form of BLOCKED_PHRASES) yield { form, value: null, rank: RANK.blocker };
}

export const PARTICIPANT_MATCHER = new PhraseMatcher(entries());
