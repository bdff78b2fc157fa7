/**
 * From text to participants: resolveParticipant for a speaker label ("the Russian delegate"),
 * findParticipantMentions for every mention in running text. Both use the one matcher compiled in
 * lexicon.ts and never guess: a phrase that is not a known name gives nothing.
 */
import { PARTICIPANT_MATCHER } from './lexicon.ts';
import { normToken } from './matcher.ts';

export type ParticipantRef = { kind: 'state'; id: string /* ISO 3166-1 alpha-3 */ } | { kind: 'group'; id: string } | { kind: 'organisation'; id: string };

export interface ParticipantMention {
  start: number;
  end: number;
  surface: string;
  ref: ParticipantRef;
}

function toRef(value: string): ParticipantRef {
  const colon = value.indexOf(':');
  const id = value.slice(colon + 1);
  switch (value.slice(0, colon)) {
    case 'state':
      return { kind: 'state', id };
    case 'group':
      return { kind: 'group', id };
    default:
      return { kind: 'organisation', id };
  }
}

/** Words a speaker label may carry around the participant's name. */
const ROLE_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'from',
  'on',
  'behalf',
  'speaking',
  'statement',
  'by',
  'delegate',
  'delegates',
  'delegation',
  'delegations',
  'representative',
  'representatives',
  'rep',
  'permanent',
  'deputy',
  'alternate',
  'acting',
  'ambassador',
  'ambassadors',
  'envoy',
  'special',
  'minister',
  'ministry',
  'foreign',
  'affairs',
  'secretary',
  'state',
  'vice',
  'prime',
  'president',
  'head',
  'chief',
  'expert',
  'experts',
  'mission',
  'observer',
  'government',
  'national',
  'team',
  'counsellor',
  'counselor',
  'adviser',
  'advisor',
  'first',
  'second',
  'third',
  'director',
  'general',
  'coordinator',
  'mr',
  'mrs',
  'ms',
  'madam',
  'dr',
  'h',
  'e',
  'his',
  'her',
  'excellency',
  'country',
]);

const APOSTROPHES = new Set(["'", '\u2019', '\u02bc']);

/**
 * The participant a short label names, or null when the label names none, several, or carries words
 * other than role words. Case- and diacritic-insensitive, except all-capital forms ("US", "UK").
 * @example resolveParticipant("The Russian Federation's delegate") // { kind: 'state', id: 'RUS' }
 * @example resolveParticipant('the EU and its member States') // { kind: 'group', id: 'eu-member-states' }
 * @example resolveParticipant('the Chair') // null
 */
export function resolveParticipant(text: string): ParticipantRef | null {
  let found: string | null = null;
  let count = 0;
  let stray = false;
  PARTICIPANT_MATCHER.scan(
    text,
    false,
    (_s, _e, value) => {
      found = value;
      count++;
    },
    (s, e) => {
      const word = normToken(text.slice(s, e));
      const possessive = word === 's' && s > 0 && APOSTROPHES.has(text[s - 1]);
      if (!possessive && !ROLE_WORDS.has(word)) stray = true;
    },
  );
  return count === 1 && !stray && found !== null ? toRef(found) : null;
}

/**
 * Every mention of a State (official name, other names, capitalised adjectives), speaking group or
 * organisation in `text`: longest match wins, word-boundary aware, non-overlapping, with offsets into
 * the original string. A possessive "'s" is not part of the surface.
 * @example findParticipantMentions('Guatemala considers that Mexico’s proposal would be useful')
 *   // [{ start: 0, end: 9, surface: 'Guatemala', ref: { kind: 'state', id: 'GTM' } }, { start: 25, end: 31, … 'MEX' }]
 */
export function findParticipantMentions(text: string): ParticipantMention[] {
  const out: ParticipantMention[] = [];
  PARTICIPANT_MATCHER.scan(text, true, (start, end, value) => {
    out.push({ start, end, surface: text.slice(start, end), ref: toRef(value) });
  });
  return out;
}
