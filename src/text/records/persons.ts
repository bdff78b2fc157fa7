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
export function personSubject(
  sentence: string,
  mentions: Mention[],
  names: KnownNames,
): { speaker: ClauseSpeaker; end: number; cueEnd: number; also?: ClauseSpeaker[] } | null {
  const titled = titledPerson(sentence, mentions, names) ?? officeFirst(sentence, mentions, names) ?? presidentSubject(sentence);
  if (titled) return titled;
  const m = PERSON_SUBJECT.exec(sentence);
  if (!m) return framedPerson(sentence, mentions, names);
  const name = m[2].trim();
  // "(Left)", "(Right)": a photo caption, not an affiliation.
  const paren = m[3] && !PHOTO_CAPTION.test(m[3].trim()) ? m[3] : undefined;
  // "Lucia Ferrand (Uruguay), Committee Chair, outlined…": the office decides who speaks.
  const office = m[6]?.trim();
  const affiliation = (office ?? paren ?? m[4] ?? m[7] ?? '').trim();
  // A participant's own name is not a person ("Brazil, one of the co-sponsors, said").
  const nameAt = m.index + m[0].indexOf(name, m[1] ? m[0].indexOf(m[1]) + m[1].length : 0);
  if (mentions.some((x) => x.start < nameAt + name.length && nameAt < x.end && !x.speaker)) return null;
  if (!m[1] && name.split(/\s+/).length < 2 && !names.lookup(name)) return null;
  // "My Government, therefore, maintains…", "The Addis Ababa Action Agenda, adopted in April, offers…": not persons.
  if (/^(?:My|Our|The|This|These|That|Those|His|Her|Its|Their|A|An|In|On|At|As|For|When|While|If)\b/.test(name)) return null;
  if (!m[1] && m[7] && name.split(/\s+/).length < 2) return null;
  if (
    m[4] &&
    (!/[A-ZÀ-Ý]/u.test(m[4]) ||
      /^(?:therefore|however|which|who|whose|that|adopted|like|for|in|at|as|thus|too|also|moreover|indeed|then|now|having|being|while|when|after|before|with|once)\b/i.test(
        m[4].trim(),
      ))
  )
    return null;
  const verbAt = m.index + m[0].length;
  if (affiliation) {
    let speaker = affiliationSpeaker(affiliation, mentions, m.index + m[0].indexOf(affiliation), names, name);
    if (office && paren && speaker.person) speaker = { ...speaker, person: { name, affiliation: `${office} (${paren.trim()})` } };
    names.learnPerson(name, speaker);
    const group = speaker.kind === 'state' ? groupSpokenFor(sentence, mentions, verbAt) : null;
    if (group) speaker = { speaker: group, kind: 'group', deliveredBy: speaker.speaker, onBehalfOf: group, person: speaker.person };
    // "Mr. Sandoval (Cuba), speaking also on behalf of Nicaragua and Venezuela, said…": a joint statement.
    // A group or organisation speaking also for others (the EU for candidate countries) stays one speaker.
    const also =
      !group && speaker.kind === 'state' && m[5] && /\balso\b/i.test(m[5]) ? alsoFor(m[5], m.index + m[0].indexOf(m[5]), mentions, speaker.speaker) : [];
    const together = also.length ? groupOfMembers([speaker.speaker, ...also.map((x) => x.speaker)]) : null;
    if (together)
      return {
        speaker: { speaker: together, kind: 'group', deliveredBy: speaker.speaker, onBehalfOf: together, person: speaker.person },
        end: verbAt,
        cueEnd: verbAt,
      };
    return { speaker, end: verbAt, cueEnd: verbAt, ...(also.length ? { also } : {}) };
  }
  const known = names.lookup(name);
  if (known) return { speaker: known, end: verbAt, cueEnd: verbAt };
  return null;
}

const NAME = `[A-ZÀ-Ý][\\p{L}'’.-]*(?:\\s+(?:[A-ZÀ-Ý][\\p{L}'’.-]*|de|da|van|von|der|al|el|bin|ibn|le|la)){0,4}`;
const PERSON_SUBJECT = new RegExp(
  `^\\s*(?:\\d{1,3}[.)]\\s+)?(?:[^,;:()]{1,120},\\s+)?(?:the\\s+)?((?:${TITLE}\\s+)+)?(${NAME})` +
    // "(Iran (Islamic Republic of))": a State's name as the UN writes it, parentheses inside.
    `(?:\\s*\\(([^()]{2,100}(?:\\([^()]{2,40}\\))?)\\)|\\s*,\\s*(?:(?:from|of|representing|speaking for)\\s+(?:the\\s+)?)?([^,]{2,120}),)?` +
    `(?:\\s*,\\s*((?:speaking|also speaking|speaking also)\\s+(?:also\\s+)?(?:on behalf of|for)\\s+[^,]{2,120}|speaking in (?:exercise of the )?right of reply|in (?:exercise of the )?right of reply),)?` +
    // ", Committee Chair," / ", Co-Facilitator of the contact group,": an office after the name.
    `(?:\\s*,\\s*((?:the\\s+)?(?:[A-Z][\\p{L}0-9&-]*\\s+){0,3}(?:Co-Chair|Vice-Chair|Chair(?:person|man|woman)?|President|Co-Facilitator|Facilitator|Rapporteur)(?:\\s+of\\s+(?:the\\s+)?[A-Z][^,]{2,80})?),)?` +
    // "Ms. Anna Kowal from UNIDIR provided…": an organisation after "from", without commas.
    `(?:\\s+from\\s+(?:the\\s+)?([A-Z][\\p{L}0-9&'’-]*(?:\\s+(?:[A-Z][\\p{L}0-9&'’-]*|of|for|on|and|the)){0,6}))?` +
    `\\s+${ADVERBS}${VERB}(?!\\w)`,
  'u',
);
const PHOTO_CAPTION = /^(?:left|right|centre|center|middle|l|r|c|top|bottom|pictured)$/i;

function affiliationSpeaker(affiliation: string, mentions: Mention[], at: number, names: KnownNames, name: string): ClauseSpeaker {
  const observer = affiliation.replace(/^(?:the\s+)?(?:permanent\s+)?observer (?:for|of)\s+/i, '');
  const inside = mentions.filter((x) => x.start >= at && x.end <= at + affiliation.length);
  if (
    /\b(?:President of the (?:General Assembly|Committee|Conference)|(?:General Assembly|Committee) President|Chair of the (?:Committee|Working Group|meeting))\b/i.test(
      affiliation,
    )
  ) {
    names.learnChair(name, 'chair');
    return { speaker: 'chair', kind: 'chair', person: { name, affiliation } };
  }
  // "Ms Okafor (co-facilitator)": a DTG meeting's facilitator, with the State the meeting names for them when known.
  if (/\b(?:co-)?facilitator\b/i.test(affiliation) && !inside.some((x) => x.ref.kind !== 'role' && x.ref.id !== 'facilitator')) {
    const known = names.lookup(name);
    if (known?.speaker === 'facilitator') return known;
    names.learnChair(name, 'facilitator', affiliation);
    return { speaker: 'facilitator', kind: 'chair', person: { name, affiliation } };
  }
  if (/\bvice-?\s?chair/i.test(affiliation)) {
    names.learnChair(name, 'vice-chair');
    return { speaker: 'vice-chair', kind: 'chair', person: { name, affiliation } };
  }
  if (/\b(?:co-)?chair(?:person|man|woman)?\b/i.test(affiliation) && !inside.some((x) => x.ref.kind !== 'role')) {
    names.learnChair(name, 'chair');
    return { speaker: 'chair', kind: 'chair', person: { name, affiliation } };
  }
  const office = officeHolder(affiliation);
  if (office) return { speaker: office, kind: 'un-entity', person: { name, affiliation } };
  const ref = resolveParticipant(observer);
  if (ref) return { speaker: ref.id, kind: ref.kind === 'state' ? 'state' : ref.kind === 'group' ? 'group' : 'organisation', person: { name, affiliation } };
  const org = inside.find((x) => x.ref.kind !== 'state') ?? inside[0];
  if (org) return { ...clauseSpeaker(org), person: { name, affiliation } };
  return { speaker: personId(name), kind: 'person', person: { name, affiliation } };
}

/** The States a person also speaks for, named in the clause at `at`. */
function alsoFor(clause: string, at: number, mentions: Mention[], own: string): ClauseSpeaker[] {
  return mentions.filter((x) => x.start >= at && x.end <= at + clause.length && x.ref.kind === 'state' && x.ref.id !== own).map((x) => clauseSpeaker(x));
}

// Groups that are just their members speaking together: "Canada, speaking also on behalf of Australia and New Zealand" is CANZ.
const GROUPS_BY_MEMBERS: Array<{ id: string; members: string }> = [{ id: 'canz', members: 'AUS,CAN,NZL' }];

function groupOfMembers(ids: string[]): string | null {
  const key = [...new Set(ids)].sort().join(',');
  return GROUPS_BY_MEMBERS.find((g) => g.members === key)?.id ?? null;
}

// A person named after their office, as ENB writes: "SBI Chair Liana Bratasida (Indonesia) opened…",
// "CBD Executive Secretary Braulio Dias welcomed…", "Committee Chair Ana Ruiz said…". Case matters.
const OFFICE =
  '(?:Co-Chair|Vice-Chair|Chair(?:person|man|woman)?|President|Vice-President|Executive Secretary|Executive Director|Managing Director|Co-Facilitator|Facilitator|' +
  'Under-Secretary-General|Secretary-General|Director-General|Director|Commissioner|High Representative|Special Rapporteur|Rapporteur|Head)';
const OFFICE_WORDS = ['Chair', 'President', 'Secretary', 'Director', 'Commissioner', 'High Representative', 'Rapporteur', 'Head', 'Facilitator'];
// What TITLED_PERSON allows before its earliest office word: numbering, "The", up to three capitalised
// words and one of its office's own ("Executive Secretary", "Special Rapporteur"), a prefix ("Co-Chair").
const BEFORE_OFFICE = /^\s*(?:\d{1,3}[.)]\s+)?(?:The\s+|the\s+)?(?:(?:[A-Z0-9][\p{L}0-9&-]*|\([A-Z]{2,10}\))\s+){0,5}(?:Co-|Vice-|Under-)?$/u;

/** A cheap necessary test for TITLED_PERSON: the earliest office word stands where its pattern allows. */
function officeOpens(sentence: string): boolean {
  let first = -1;
  for (const w of OFFICE_WORDS) {
    const at = sentence.indexOf(w);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first >= 0 && BEFORE_OFFICE.test(sentence.slice(0, first));
}
const TITLED_PERSON = new RegExp(
  `^\\s*(?:\\d{1,3}[.)]\\s+)?(?:The\\s+|the\\s+)?((?:(?:[A-Z0-9][\\p{L}0-9&-]*|\\([A-Z]{2,10}\\))\\s+){0,4}?${OFFICE})\\s+((?:${TITLE}\\s+)*${NAME})(?:\\s*\\(([^()]{2,60})\\))?` +
    // "Chair Ambassador Rahim Osei of Ghana emphasized…"
    `(?:\\s+of\\s+(?:the\\s+)?([A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,3}))?\\s+${ADVERBS}${VERB}(?!\\w)`,
  'u',
);

function titledPerson(sentence: string, mentions: Mention[], names: KnownNames): { speaker: ClauseSpeaker; end: number; cueEnd: number } | null {
  // The office's words first, a cheap test: the pattern is tried on every sentence that names no one else.
  if (!officeOpens(sentence)) return null;
  const m = TITLED_PERSON.exec(sentence);
  if (!m) return null;
  const office = m[1].trim();
  const name = m[2].trim().replace(LEADING_TITLES, '');
  // The office's own words are no name ("Chair Vice-Chair"); a participant is no person ("President Brazil").
  if (new RegExp(`^${OFFICE}$`).test(name) || resolveParticipant(name)) return null;
  const end = m.index + m[0].length;
  const where = m[3] && !PHOTO_CAPTION.test(m[3].trim()) ? m[3] : m[4];
  const person = { name, affiliation: where ? `${office} (${where})` : office };
  if (/\bVice-Chair\b/.test(office)) {
    names.learnChair(name, 'vice-chair');
    return { speaker: { speaker: 'vice-chair', kind: 'chair', person }, end, cueEnd: end };
  }
  if (/\b(?:Co-)?Facilitator$/.test(office)) {
    names.learnChair(name, 'facilitator', person.affiliation);
    return { speaker: { speaker: 'facilitator', kind: 'chair', person }, end, cueEnd: end };
  }
  // "President Aliyev of Azerbaijan said…": an officer of a State speaks for it; the Chair "of Ghana" still presides.
  const ofState = m[4] && !/\b(?:Co-)?Chair(?:person|man|woman)?$/.test(office) ? resolveParticipant(m[4]) : null;
  if (ofState?.kind === 'state') return { speaker: { speaker: ofState.id, kind: 'state', person }, end, cueEnd: end };
  const officeAt = m.index + m[0].indexOf(office);
  const inOffice = mentions.filter((x) => x.start >= officeAt && x.end <= officeAt + office.length && !(x.ref.kind === 'role' && x.ref.id === 'chair'));
  if (/\b(?:Co-)?Chair(?:person|man|woman)?$/.test(office) && !inOffice.some((x) => x.ref.kind === 'state')) {
    names.learnChair(name, 'chair');
    return { speaker: { speaker: 'chair', kind: 'chair', person }, end, cueEnd: end };
  }
  const org = inOffice.find((x) => x.ref.kind !== 'state') ?? inOffice[0];
  const speaker: ClauseSpeaker = org ? { ...clauseSpeaker(org), person } : { speaker: personId(name), kind: 'person', person };
  names.learnPerson(name, speaker);
  return { speaker, end, cueEnd: end };
}

// Offices whose holder speaks for an entity the catalogue knows, though the title does not name it.
const OFFICES: Array<{ re: RegExp; id: string }> = [
  { re: /\bHigh Representative for Disarmament Affairs\b/i, id: 'unoda' },
  // The Under-Secretary-General named without a department, in the disarmament and ICT-security
  // meetings Accord reads, is the High Representative for Disarmament Affairs.
  { re: /^(?:(?:the\s+)?(?:UN|United Nations)\s+)?Under-Secretary-General(?:\s+for\s+Disarmament Affairs)?$/i, id: 'unoda' },
];

/** The entity an office's holder speaks for, when the title says so. */
export function officeHolder(affiliation: string): string | null {
  return OFFICES.find((o) => o.re.test(affiliation))?.id ?? null;
}

const LEADING_TITLES = new RegExp(`^(?:${TITLE}\\s+)+`);

// "The President of the General Assembly announced…", "The Committee President said…": the presiding
// officer. "The President" alone is not taken: in a speech it is as often the speaker's Head of State.
const PRESIDENT = new RegExp(
  `^\\s*(?:\\d{1,3}[.)]\\s+)?(?:[^,;:]{1,120},\\s+)?The (?:(?:Assembly|Committee|Conference)\\s+President|President\\s+of\\s+the\\s+(?:General Assembly|Assembly|Committee|Conference))\\s+${ADVERBS}${VERB}(?!\\w)`,
  'u',
);

const PRESIDENT_GATE = /The (?:(?:Assembly|Committee|Conference) President|President of the)\s/;

function presidentSubject(sentence: string): { speaker: ClauseSpeaker; end: number; cueEnd: number } | null {
  if (!sentence.includes('President') || !PRESIDENT_GATE.test(sentence)) return null;
  const m = PRESIDENT.exec(sentence);
  if (!m) return null;
  const end = m.index + m[0].length;
  return { speaker: { speaker: 'chair', kind: 'chair' }, end, cueEnd: end };
}

// "…began with a video message from Under-Secretary-General Hana Sato, who praised…": the person
// inside a message, statement or address, named with an office or a title.
const FRAMED_PERSON = new RegExp(
  `\\b(?:message|statement|remarks|address|briefing|presentation|keynote|speech|words)\\s+(?:from|by)\\s+(?:the\\s+)?((?:(?:UN|United Nations)\\s+)?(?:${OFFICE}(?:\\s+for\\s+[A-Z][\\p{L}-]*(?:\\s+[A-Z][\\p{L}-]*){0,3})?|${TITLE}))\\s+(${NAME}),\\s+who\\s+${ADVERBS}${VERB}(?!\\w)`,
  'u',
);

/** The person a framed message comes from, with an office ("Under-Secretary-General X, who praised…"). */
export function framedPerson(sentence: string, mentions: Mention[], names: KnownNames): { speaker: ClauseSpeaker; end: number; cueEnd: number } | null {
  if (!sentence.includes(', who')) return null;
  const m = FRAMED_PERSON.exec(sentence);
  if (!m) return null;
  const office = m[1].trim();
  const name = m[2].trim();
  if (resolveParticipant(name)) return null;
  const titleOnly = new RegExp(`^${TITLE}$`).test(office);
  const speaker = titleOnly
    ? (names.lookup(name) ?? { speaker: personId(name), kind: 'person' as const, person: { name } })
    : affiliationSpeaker(office, mentions, m.index + m[0].indexOf(office), names, name);
  if (!titleOnly) names.learnPerson(name, speaker);
  const end = m.index + m[0].length;
  return { speaker, end, cueEnd: end };
}

// "Under-Secretary-General and High Representative for Disarmament Affairs, Ms. Izumi Nakamitsu, addressed…".
const OFFICE_FIRST = new RegExp(`^\\s*([A-Z][^,;:()]{2,120}),\\s+((?:${TITLE}\\s+)+)(${NAME}),?\\s+${ADVERBS}${VERB}(?!\\w)`, 'u');

function officeFirst(sentence: string, mentions: Mention[], names: KnownNames): { speaker: ClauseSpeaker; end: number; cueEnd: number } | null {
  // OFFICE_FIRST's office is all that stands before the first comma.
  const comma = sentence.indexOf(',');
  if (
    comma < 0 ||
    !OFFICE_WORDS.some((w) => {
      const at = sentence.indexOf(w);
      return at >= 0 && at + w.length <= comma;
    })
  )
    return null;
  const m = OFFICE_FIRST.exec(sentence);
  if (!m || !OFFICE_WORDS.some((w) => m[1].includes(w))) return null;
  const name = m[3].trim();
  if (resolveParticipant(name)) return null;
  const speaker = affiliationSpeaker(m[1].trim(), mentions, m.index + m[0].indexOf(m[1]), names, name);
  names.learnPerson(name, speaker);
  const end = m.index + m[0].length;
  return { speaker, end, cueEnd: end };
}

// "Miss Izumi Nakamitsu, Under Secretary General and High Representative for Disarmament Affairs,": a
// person the document introduces with an office, who may then head a transcript turn by name alone.
const INTRODUCED = new RegExp(`\\b(?:${TITLE})\\s+([A-ZÀ-Ý][\\p{L}'’-]+(?:\\s+[A-ZÀ-Ý][\\p{L}'’-]+){1,3}),\\s+([^,.;]{3,120})`, 'gu');

/** Learns persons introduced with an office that names the entity they speak for. */
export function learnIntroducedPersons(text: string, names: KnownNames): void {
  if (!OFFICE_WORDS.some((w) => text.includes(w))) return;
  INTRODUCED.lastIndex = 0;
  for (let m = INTRODUCED.exec(text); m; m = INTRODUCED.exec(text)) {
    const office = officeHolder(m[2]);
    if (office) names.learnPerson(m[1], { speaker: office, kind: 'un-entity', person: { name: m[1], affiliation: m[2].trim() } });
  }
}
