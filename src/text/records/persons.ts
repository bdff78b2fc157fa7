import { resolveParticipant } from '../../participants/resolve.ts';
import { clauseSpeaker, groupSpokenFor, type ClauseSpeaker } from './clauseSpeaker.ts';
import type { KnownNames } from './knownNames.ts';
import { personId, type Mention } from './speakers.ts';
import { ADVERBS, TITLE, VERB } from './vocabulary.ts';

/**
 * A person named as the subject, with an affiliation: "Ms Ana Torres (Global Forum on Cyber
 * Expertise) stressed", "Mr. Smith (Brazil) said", "Eva Lindqvist, from the Nordic Cyber Institute,
 * said", "Ambassador Gafoor noted" (a name the document introduced).
 */
export function personSubject(sentence: string, mentions: Mention[], names: KnownNames): { speaker: ClauseSpeaker; end: number; cueEnd: number } | null {
  const m = PERSON_SUBJECT.exec(sentence);
  if (!m) return null;
  const name = m[2].trim();
  const affiliation = (m[3] ?? m[4] ?? '').trim();
  // A participant's own name is not a person ("Brazil, one of the co-sponsors, said").
  const nameAt = m.index + m[0].indexOf(name, m[1] ? m[0].indexOf(m[1]) + m[1].length : 0);
  if (mentions.some((x) => x.start < nameAt + name.length && nameAt < x.end && !x.speaker)) return null;
  if (!m[1] && name.split(/\s+/).length < 2 && !names.lookup(name)) return null;
  // "My Government, therefore, maintains…", "The Addis Ababa Action Agenda, adopted in April, offers…": not persons.
  if (/^(?:My|Our|The|This|These|That|Those|His|Her|Its|Their|A|An|In|On|At|As|For|When|While|If)\b/.test(name)) return null;
  if (m[4] && (!/[A-ZÀ-Ý]/u.test(m[4]) || /^(?:therefore|however|which|who|whose|that|adopted|like|for|in|at|as|thus|too|also|moreover|indeed|then|now|having|being|while|when|after|before|with|once)\b/i.test(m[4].trim()))) return null;
  const verbAt = m.index + m[0].length;
  if (affiliation) {
    let speaker = affiliationSpeaker(affiliation, mentions, m.index + m[0].indexOf(affiliation), names, name);
    names.learnPerson(name, speaker);
    const group = speaker.kind === 'state' ? groupSpokenFor(sentence, mentions, verbAt) : null;
    if (group) speaker = { speaker: group, kind: 'group', deliveredBy: speaker.speaker, onBehalfOf: group, person: speaker.person };
    return { speaker, end: verbAt, cueEnd: verbAt };
  }
  const known = names.lookup(name);
  if (known) return { speaker: known, end: verbAt, cueEnd: verbAt };
  return null;
}

const NAME = `[A-ZÀ-Ý][\\p{L}'’.-]*(?:\\s+(?:[A-ZÀ-Ý][\\p{L}'’.-]*|de|da|van|von|der|al|el|bin|ibn|le|la)){0,4}`;
const PERSON_SUBJECT = new RegExp(
  `^\\s*(?:\\d{1,3}[.)]\\s+)?(?:[^,;:()]{1,120},\\s+)?(?:the\\s+)?((?:${TITLE}\\s+)+)?(${NAME})` +
  `(?:\\s*\\(([^()]{2,100})\\)|\\s*,\\s*(?:(?:from|of|representing|speaking for)\\s+(?:the\\s+)?)?([^,]{2,120}),)?` +
  `(?:\\s*,\\s*(?:(?:speaking|also speaking)\\s+)?(?:on behalf of|for)\\s+[^,]{2,120},)?` +
  `\\s+${ADVERBS}${VERB}\\b`, 'u');

function affiliationSpeaker(affiliation: string, mentions: Mention[], at: number, names: KnownNames, name: string): ClauseSpeaker {
  const observer = affiliation.replace(/^(?:the\s+)?(?:permanent\s+)?observer (?:for|of)\s+/i, '');
  const inside = mentions.filter((x) => x.start >= at && x.end <= at + affiliation.length);
  if (/\b(?:President of the (?:General Assembly|Committee|Conference)|(?:General Assembly|Committee) President|Chair of the (?:Committee|Working Group|meeting))\b/i.test(affiliation)) {
    names.learnChair(name, 'chair');
    return { speaker: 'chair', kind: 'chair', person: { name, affiliation } };
  }
  if (/\bvice-?\s?chair/i.test(affiliation)) { names.learnChair(name, 'vice-chair'); return { speaker: 'vice-chair', kind: 'chair', person: { name, affiliation } }; }
  if (/\b(?:co-)?chair(?:person|man|woman)?\b/i.test(affiliation) && !inside.some((x) => x.ref.kind !== 'role')) {
    names.learnChair(name, 'chair');
    return { speaker: 'chair', kind: 'chair', person: { name, affiliation } };
  }
  const ref = resolveParticipant(observer);
  if (ref) return { speaker: ref.id, kind: ref.kind === 'state' ? 'state' : ref.kind === 'group' ? 'group' : 'organisation', person: { name, affiliation } };
  const org = inside.find((x) => x.ref.kind !== 'state') ?? inside[0];
  if (org) return { ...clauseSpeaker(org), person: { name, affiliation } };
  return { speaker: personId(name), kind: 'person', person: { name, affiliation } };
}

