import { clauseSpeaker, dedupe, groupSpokenFor, type ClauseSpeaker } from './clauseSpeaker.ts';
import type { KnownNames } from './knownNames.ts';
import { genericListSpeakers, mayNameGenericList } from './generalLists.ts';
import { framedPerson, personSubject } from './persons.ts';
import { unresolvedSubject } from './unknownSubject.ts';
import { mentionsIn, type Mention } from './speakers.ts';
import { verbPositions } from './verbGate.ts';
import { ADVERBS, ROLE_NOUN, VERB } from './vocabulary.ts';

/**
 * Who speaks in one sentence of a report, read clause by clause: a list of States as one subject
 * ("Venezuela, Nicaragua and Cuba stated…"), a later speaker in the paragraph ("Benin added…"), a
 * speaker after the clause ("…, Indonesia cautioned."), a passive ("…was raised by Iran and
 * Pakistan"), a "supported by" list, a "with Japan describing…" clause, a person with an
 * affiliation ("Ms Ana Torres (GFCE) stressed…"). A sentence whose subject looks like a speaker the
 * reader cannot resolve says so, so that it is never handed to the previous speaker.
 */

export type { ClauseSpeaker } from './clauseSpeaker.ts';
export { clauseSpeaker, groupSpokenFor } from './clauseSpeaker.ts';

export type SentenceReading =
  | {
      type: 'speakers';
      /** The subject's speakers; several make a joint statement. */
      speakers: ClauseSpeaker[];
      /** How they were named: as the subject, after the clause, by a passive, as supporters. */
      role: 'subject' | 'after' | 'passive' | 'support' | 'oppose';
      /** Speakers of a side clause ("with Japan describing…", ", opposed by the US,"), each on its own. */
      side: Array<ClauseSpeaker & { role: 'with' | 'support' | 'oppose' }>;
      again: boolean;
      cue: string;
    }
  | { type: 'unresolved'; cue: string }
  | { type: 'narrative' }
  /** A sentence about a participant, with no reporting verb: `speaker` is who it opens on. */
  | { type: 'other-subject'; speaker: string }
  | { type: 'continues' };

export const VERB_AFTER = new RegExp(
  "^(?:\\s+and\\s+its\\s+member\\s+states)?(?:\\s*\\))?(?:\\s*(?:['’]s)?\\s+" +
    ROLE_NOUN +
    '\\b)?' +
    // "Kenya's statement acknowledged…"
    "(?:\\s*['’]s\\s+(?:(?:opening|closing|written|national|joint)\\s+)?(?:statement|intervention|remarks|submission|contribution|position paper|proposal)\\b)?" +
    // ", among others," / ", along with a group of like-minded countries,"
    '(?:\\s*,\\s*(?:among others|and others|along with [^,]{2,80}|as well as [^,]{2,80}),)?' +
    // "…, the Netherlands, and others voiced…": the list ends on the others, unnamed.
    '(?:,?\\s+and (?:several |many |some |a few )?others)?' +
    '(?:\\s*\\([^()]{1,80}\\))?' +
    // An apposition: "The Chair, Ambassador Rahim Osei, invited…", "France, one of the co-sponsors, described…"
    '(?:\\s*,\\s*(?!(?:and|but|while|whereas|which|who|however)\\b)[^,;:()]{2,80},(?=\\s+' +
    ADVERBS +
    VERB +
    '\\b))?' +
    // ", for the G-77/China,", ", on behalf of the African Group,"
    '(?:\\s*,\\s*(?:(?:speaking|who spoke|delivering a statement|also speaking)\\s+)?(?:on behalf of|for)\\s+[^,]{2,120},)?' +
    // ", supported by Chile," / ", opposed by the US," (ENB), ", in separate interventions,"
    '(?:\\s*,\\s*(?:(?:supported|opposed|backed|joined|echoed)\\s+by\\s+[^,]{2,160}|in separate (?:interventions|statements)|' +
    'in (?:its|her|his|their) national capacity|in (?:a|her|his|its|their) (?:second|further|brief|joint) (?:intervention|statement)s?|' +
    'speaking [^,]{1,60}|in (?:reply|response)[^,]{0,60}|responding[^,]{0,60}|however|for (?:its|her|his|their) part|in turn|' +
    'among others|respectively|too|also|likewise|similarly),)*' +
    ',?\\s+(?:(?:both|all|each|jointly|together|separately)\\s+)?' +
    ADVERBS +
    VERB +
    '\\b',
  'i',
);

// Case-sensitive shapes between a subject and its verb, which VERB_AFTER (case-insensitive) cannot tell:
// "the Chair of the European Union's Working Party on Arms Exports condemned…" (a named body of the
// participant) and "Costa Rica for GRULAC underscored…" (ENB, without commas; the group Accord may not know).
const NAMED_BODY = /^['’]s\s+(?:[A-Z][\w-]*\s+){1,4}(?:(?:on|for|of)\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)?/;
const FOR_GROUP = /^\s+(?:for|on behalf of)\s+(?:the\s+)?[A-Z][\w/&-]*(?:\s+(?:and\s+)?[A-Z][\w/&-]*){0,3}/;

/** VERB_AFTER, also past a named body or an uncommaed "for GROUP": the match, its end measured from `tail`'s start. */
function verbAfter(tail: string): { end: number } | null {
  const direct = VERB_AFTER.exec(tail);
  if (direct) return { end: direct[0].length };
  const skip = NAMED_BODY.exec(tail) ?? FOR_GROUP.exec(tail);
  if (!skip) return null;
  const rest = tail.slice(skip[0].length);
  // The body's words take the space before the verb; VERB_AFTER wants one.
  const spaced = /^\s/.test(rest) ? 0 : 1;
  const verb = VERB_AFTER.exec(spaced ? ` ${rest}` : rest);
  return verb ? { end: skip[0].length + verb[0].length - spaced } : null;
}

// Text allowed before the subject: numbering, an introductory clause ending in a comma, a role.
export const SUBJECT_PREFIX = new RegExp(
  `^\\s*(?:\\d{1,3}[.)]\\s+)?(?:[^.,;:]{1,60}:\\s+)?(?:[^,;:]{1,120},\\s+)?(?:(?:then|also|later|next|finally|lastly|meanwhile)\\s+)?(?:(?:the|a|an)\\s+)?` +
    `(?:(?:${ROLE_NOUN}|chair(?:person)?|head|spokes(?:person|man|woman))\\s+(?:of|for|from)\\s+(?:the\\s+)?)?$`,
  'i',
);

/**
 * A cheap necessary test for the prefix patterns, which are tried at every name: what follows the
 * last comma or colon (or the whole text, when `breaks` is false) holds at most `limit` characters
 * other than white space. SUBJECT_PREFIX's tail ("then the deputy permanent representative of the")
 * and ATTRIBUTING's ("according to the minister for foreign affairs of the") are shorter than that.
 */
function shortAfterLastBreak(text: string, limit: number, breaks = true): boolean {
  let n = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (breaks && (c === 44 || c === 58)) return true;
    if (
      c > 32 &&
      c !== 160 &&
      c !== 0x2009 &&
      c !== 0x200a &&
      c !== 0x202f &&
      !(c >= 0x2000 && c <= 0x200a) &&
      c !== 0x3000 &&
      c !== 0xfeff &&
      c !== 0x1680 &&
      c !== 0x205f &&
      c !== 0x2028 &&
      c !== 0x2029
    )
      n++;
    if (n > limit) return false;
  }
  return true;
}
const SUBJECT_TAIL = 100;
const ATTRIBUTING_TAIL = 110;

// What may stand between two names of one list.
const LIST_GAP =
  /^\s*(?:,\s*(?:and\s+|as well as\s+)?(?:by\s+)?|\s+and\s+(?:by\s+)?|\s+as well as\s+|,?\s+together with\s+|,?\s+along with\s+|,?\s+with\s+|\s*&\s*)(?:also\s+)?(?:the\s+)?(?:(?:representatives?|delegates?|delegations?)\s+of\s+(?:the\s+)?)?$/i;
// A name the lexicon does not know, misspelt or new ("…, El Salvador, Columbia, the UK, and Argentina"):
// the list goes on past it. Case matters, so it is a pattern of its own.
const UNKNOWN_ITEM_GAP = /^\s*,\s*[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?\s*,\s*(?:and\s+)?(?:the\s+)?$/u;

function listGap(gap: string): boolean {
  return LIST_GAP.test(gap) || UNKNOWN_ITEM_GAP.test(gap);
}

// "… was raised once again by Iran and Pakistan", "This was supported by Australia, Canada …".
const PASSIVE = new RegExp(
  '\\b(?:was|were|has been|have been|had been|is|are|being)\\s+(?:(?:also|further|once again|again|strongly|widely|firmly|repeatedly|notably|then|later|equally|similarly)\\s+){0,3}' +
    '(raised|supported|endorsed|echoed|opposed|questioned|stressed|emphasi[sz]ed|highlighted|underlined|underscored|proposed|suggested|put forward|tabled|' +
    'voiced|expressed|shared|reiterated|welcomed|seconded|rejected|backed|advocated|championed|mentioned|noted|made|presented|called for|' +
    'pushed|favou?red|defended|articulated|argued|recalled|flagged|challenged|contested|resisted|objected to|taken up|reflected)' +
    '\\s+(?:(?:once again|once more|again|also|repeatedly|strongly|notably|in particular|jointly|in turn)\\s+){0,2}(?:by|from)\\s+',
  'i',
);
// "…, supported by a cross-regional group and presented in detail by France": a participle with "by".
const PARTICIPLE_BY =
  /(?:,|\band)\s+(presented|proposed|introduced|tabled|put forward|submitted|championed|advocated)\s+(?:(?:in detail|at length|in full|jointly|also|first|formally)\s+)?by\s+/i;
const BY_WORD = /\s[Bb][Yy]\s/;
const RECEIVED_SUPPORT =
  /\b(?:received|garnered|attracted|enjoyed|gained|won|drew|found|met with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(support|backing|endorsement|opposition|objections?|pushback|resistance)\s+(?:from|of|among|by)\s+/i;
const SUPPORT_VERBS = /^(?:supported|endorsed|echoed|welcomed|seconded|backed|championed|favou?red|defended)$/i;
const OPPOSE_VERBS = /^(?:opposed|rejected|questioned|challenged|contested|resisted|objected to)$/i;

// The speaker after the clause: "…, Indonesia cautioned." / "…, said Brazil." / "…, according to Chile."
const VERB_END = new RegExp(`^(?:['’]s\\s+${ROLE_NOUN})?\\s+${ADVERBS}${VERB}\\s*[.!]?["”’)]*\\s*$`, 'i');
const SAID_BEFORE =
  /,["”’]?\s*(?:said|added|noted|stressed|argued|warned|cautioned|insisted|explained|observed|according to)\s+(?:the\s+)?(?:(?:representatives?|delegates?|delegations?)\s+of\s+(?:the\s+)?)?$/i;

// "…, with Japan's representative describing …", "… while Egypt stressed …".
const SIDE_PARTICIPLE =
  /^(?:['’]s\s+(?:representative|delegate|delegation|ambassador))?\s+(?:also\s+)?(?:delivering|making|raising|voicing|taking|describing|noting|stressing|saying|adding|calling|emphasi[sz]ing|highlighting|pointing|arguing|proposing|suggesting|underlining|underscoring|warning|cautioning|expressing|urging|welcoming|supporting|opposing|recalling|insisting|explaining|offering|sharing|presenting|citing|questioning|echoing|asking|favou?ring|recommending|advocating)\b/i;
const SIDE_BEFORE = /(?:,\s*|\s)(?:with|while|whereas|though|although|but)\s+(?:the\s+)?(?:(?:representatives?|delegates?|delegations?)\s+of\s+(?:the\s+)?)?$/i;
const WHILE_VERB = new RegExp(
  `^(?:['’]s\\s+(?:representative|delegate|delegation))?(?:\\s+and\\s+(?:several |many |some |a few )?other\\s+(?:[\\w-]+\\s+){0,2}?(?:countries|states|delegations|nations))?\\s+${ADVERBS}${VERB}(?!\\w)`,
  'i',
);
const SIDE_INSIDE = /,\s*(supported|opposed|backed|joined|echoed)\s+by\s+(?:the\s+)?$/i;

const AGAIN =
  /\b(?:(?:took|takes|taking|take) the floor (?:again|once more|a second time)|again took the floor|(?:second|further|another) intervention|for a second time|(?:spoke|speaking) again)\b/i;

/** A pattern tried only on sentences with the word "by", which most sentences lack. */
function onlyWithBy(re: RegExp): { test(sentence: string): boolean } {
  return { test: (sentence) => BY_WORD_ANY.test(sentence) && re.test(sentence) };
}
const BY_WORD_ANY = /\s[Bb][Yy]\s/;

// Sentences about delegations at large, which belong to no one speaker.
const NARRATIVE: Array<{ test(sentence: string): boolean }> = [
  /^(?:\d{1,3}[.)]\s+)?(?:(?:in|during) [^,]{1,60},\s+)?(?:several|multiple|many|some|a number of|most|other|all|numerous|a few|few|various|two|three|a group of|a majority of|a minority of|a handful of|the majority of|a wide range of|a large number of)\s+(?:other\s+|of the\s+|more\s+)?(?:(?:regional|individual|like-minded|developing|member|small|island|other)\s+){0,2}(?:delegations|states|member states|countries|speakers|participants|delegates|representatives|panellists|panelists|experts|stakeholders|others|groups|nations)\b/i,
  /^(?:\d{1,3}[.)]\s+)?(?:the\s+)?(?:(?:main|general|ensuing|subsequent|following|broader|wider|overall)\s+)?(?:discussions?|debates?|meeting|session|working group|dialogue|exchanges?|consultations?|segment|panel)\s+(?:then\s+|subsequently\s+)?(?:turned|moved|continued|focused|opened|closed|concluded|began|resumed|was|were|covered|touched|centred|centered|addressed|heard|saw|featured|revealed|showed|reflected|yielded|produced|ended)\b/i,
  /^(?:\d{1,3}[.)]\s+)?(?:the\s+)?(?:delegations|delegates|participants|speakers|states|member states|countries|panellists|panelists|others|many|some|most)\s+(?:\w+\s+)?(?:stated|said|noted|agreed|discussed|engaged|exchanged|offered|presented|provided|highlighted|stressed|underlined|emphasi[sz]ed|expressed|welcomed|called|shared|differed|were|disagreed|also|generally|broadly|widely)\b/i,
  // "However, some delegations objected…", "On X, several delegations stressed…": a fronted word or topic, then
  // delegations at large and a reporting verb ("However, many countries are grappling…" is a speaker's own words).
  { test: (s) => FRONTED_GENERAL.test(s) },
  // "Delegates from various countries presented…": delegations at large, named by where they come from.
  /^(?:\d{1,3}[.)]\s+)?(?:delegates|delegations|participants|speakers|representatives)\s+(?:from|of)\s+(?:various|several|many|different|numerous|multiple|all|diverse)\b/i,
  // "Overall, while views differed on X, there was broad agreement…": an opening clause before it.
  {
    test: (s) =>
      s.includes('there was') &&
      /^(?:\d{1,3}[.)]\s+)?(?:[^.;:]{1,160}?,\s+)?there was (?:broad|general|wide|widespread|some|no|little|strong|clear|near-)/i.test(s),
  },
  /^(?:(?:however|overall|meanwhile|nonetheless|nevertheless|still|yet|in general|generally|at the same time),\s+)?(?:there was (?:broad|general|wide|some|no|little|strong)|views (?:differed|diverged)|no consensus|consensus was|opinions (?:differed|diverged))\b/i,
  // "The application of international law was another focal point…": a topic sentence.
  {
    test: (s) =>
      s.includes(' was ') &&
      TOPIC_WORDS.test(s) &&
      /^(?:the\s+)?[^,;:]{3,120}?\s+was\s+(?:another|a|the|one of the)\s+(?:(?:key|major|main|central|recurring|common|further|second|third)\s+)?(?:focal points?|focus|themes?|topics?|points? of (?:discussion|contention)|issues?|concerns?)\b/i.test(
        s,
      ),
  },
  // "…was underscored by multiple delegates": a passive whose agent is delegations at large.
  onlyWithBy(
    /\b(?:was|were|has been|have been)\s+(?:\w+\s+){0,2}?\w+ed\s+by\s+(?:multiple|several|many|some|numerous|a number of|most|other|various)\s+(?:other\s+)?(?:delegates|delegations|states|member states|countries|speakers|participants)\s*[.,;]?$/i,
  ),
  // A roll of who spoke, with nothing reported: "Also speaking were the representatives of …".
  /^(?:\d{1,3}[.)]\s+)?(?:also speaking (?:were|was|today were)|speaking (?:also )?(?:were|was)|statements were (?:also )?(?:made|delivered) by|the following (?:delegations|speakers) (?:took the floor|spoke))\b/i,
];

const FRONTED_GENERAL = new RegExp(
  `^(?:\\d{1,3}[.)]\\s+)?(?:in|during|on|regarding|concerning|as for|with regard to|overall|meanwhile|moreover|finally|similarly|in addition|additionally|however|nevertheless|nonetheless|still|yet|at the same time)\\b[^,]{0,60},\\s+(?:(?:several|multiple|many|some|a number of|most|other|all|numerous|a few|various)\\s+)?(?:other\\s+)?(?:delegations|states|member states|countries|speakers|participants|delegates|representatives|others)\\s+(?:\\w+\\s+)?${ADVERBS}${VERB}(?!\\w)`,
  'i',
);

// A cheap, unanchored test before the topic-sentence pattern: most sentences with "was" are no topic sentence.
const TOPIC_WORDS = / was (?:another|a|the|one of the) (?:[\w-]+ )?(?:focal|focus|theme|topic|point|issue|concern)/i;

// Openings that refer back to the current speaker.
const CONTINUES =
  /^(?:\d{1,3}[.)]\s+)?(?:(?:in (?:addition|conclusion|closing|particular)|moreover|furthermore|finally|lastly|also|further|additionally|however|similarly|likewise|importantly),\s+)?(?:he|she|it|they|its|his|her|their|the (?:delegate|delegation|representative|speaker|ambassador|minister|group|movement|panellist|panelist|expert|observer)|this (?:delegation|delegate|representative|speaker|State))\b/i;

export interface ClauseContext {
  /** Chair and Vice-Chair surnames, and persons named earlier in the document. */
  names: KnownNames;
}

/**
 * Reads who speaks in a sentence of a report (offsets are the sentence's own). `found` are the
 * sentence's participant mentions when the caller has them (read once per paragraph).
 *
 * @example readSentence('Venezuela, Nicaragua and Cuba stated that…', ctx)
 *   // { type: 'speakers', speakers: [VEN, NIC, CUB], role: 'subject', … }
 */
export function readSentence(sentence: string, ctx: ClauseContext, found?: Mention[]): SentenceReading {
  const mentions = withKnownNames(sentence, found ?? mentionsIn(sentence), ctx.names);
  // Most sentences of a speech report no one's speech: without a reporting verb only a narrative,
  // a sentence about another participant or a continuation is possible, and the clause rules are skipped.
  const framed = mentions.length ? framedSpeaker(sentence, mentions) : null;
  if (framed) return spoken(sentence, mentions, [framed.speaker], 'subject', sentence.slice(0, framed.end).trim(), framed.end);
  // With no participant named, only a person or an unknown speaker can be the subject, and both
  // need capitalised words or a role "of" someone near the start. (Tested first: it is the cheaper
  // test, and both lead to the same reading.)
  if (mentions.length === 0 && !nameLikeSubject(sentence)) return narrativeOrContinues(sentence);
  const verbs = verbPositions(sentence);
  if (verbs.length === 0 && !RECEIVED.test(sentence)) return mentions.length ? plainSentence(sentence, mentions) : narrativeOrContinues(sentence);
  // AGAIN is tested only for a sentence that names its speakers: most sentences name none.
  const named = namedInGeneral(sentence, mentions);
  if (named) return spoken(sentence, mentions, named.speakers, 'subject', named.cue, named.cue.length);
  for (const re of NARRATIVE) if (re.test(sentence)) return narrativeWithSide(sentence, mentions, ctx.names);

  const person = personSubject(sentence, mentions, ctx.names);
  if (person) {
    const speakers = person.also ? dedupe([person.speaker, ...person.also]) : [person.speaker];
    return spoken(sentence, mentions, speakers, 'subject', sentence.slice(0, person.cueEnd).trim(), person.end);
  }
  // With no participant named, the list, passive, after-the-clause and side-clause rules find no
  // one: an unknown subject or, the narrative patterns having failed above, a continuation.
  if (mentions.length === 0) {
    const unresolved = unresolvedSubject(sentence, mentions);
    return unresolved ? { type: 'unresolved', cue: unresolved } : { type: 'continues' };
  }
  const subject = subjectList(sentence, mentions, verbs);
  if (subject) {
    return spoken(sentence, mentions, subject.speakers, 'subject', sentence.slice(0, subject.cueEnd).trim(), subject.listEnd);
  }
  const passive = passiveList(sentence, mentions);
  if (passive) return spoken(sentence, mentions, passive.speakers, passive.role, passive.cue, passive.end);
  const after = speakerAfterClause(sentence, mentions);
  if (after) return spoken(sentence, mentions, after.speakers, 'after', after.cue, 0, after.start);
  const unresolved = unresolvedSubject(sentence, mentions);
  if (unresolved) return { type: 'unresolved', cue: unresolved };
  if (CONTINUES.test(sentence)) return { type: 'continues' };
  const side = sideSpeakers(sentence, mentions, 0);
  if (side.length) return { type: 'speakers', speakers: [], role: 'subject', side, again: AGAIN.test(sentence), cue: sentence };
  // plainSentence's narrative, continuation and side-clause tests have all failed above.
  return otherSubjectOrContinues(sentence, mentions);
}

/** A reading with speakers: `sideFrom`/`sideUntil` bound where side speakers ("with Japan describing …") are looked for. */
function spoken(
  sentence: string,
  mentions: Mention[],
  speakers: ClauseSpeaker[],
  role: Extract<SentenceReading, { type: 'speakers' }>['role'],
  cue: string,
  sideFrom: number,
  sideUntil?: number,
): SentenceReading {
  return { type: 'speakers', speakers, role, side: sideSpeakers(sentence, mentions, sideFrom, sideUntil), again: AGAIN.test(sentence), cue };
}

// A subject that could be a person or a speaker no list knows, at the start or after an opening clause.
// Case matters: the capitals are the test (with the flag i, "We believe" would look like a name).
const NAME_LIKE =
  /(?:\d{1,3}[.)]\s+)?(?:(?:[Tt]he|[Aa]n?|[Tt]hen|[Aa]lso)\s+)*(?:[A-ZÀ-Ý][\p{L}'’.-]*\s+(?:(?:of|the|for|and|de|da|van|von|al|el|bin)\s+){0,2}[A-ZÀ-Ý(]|[A-ZÀ-Ý][\p{L}'’.-]*\s*[(,]|(?:[Rr]epresentatives?|[Dd]elegates?|[Dd]elegations?|[Aa]mbassadors?|[Oo]bservers?|[Mm]inisters?|[Ee]nvoys?)\s+(?:of|for|from)\s)/uy;

function nameLikeSubject(sentence: string): boolean {
  // "…a video message from Under-Secretary-General X, who praised…": the subject is inside (persons.ts).
  if (sentence.includes(', who ')) return true;
  NAME_LIKE.lastIndex = 0;
  if (NAME_LIKE.test(sentence)) return true;
  const comma = sentence.indexOf(', ');
  if (comma < 0 || comma > 120) return false;
  NAME_LIKE.lastIndex = comma + 2;
  return NAME_LIKE.test(sentence);
}
const RECEIVED = /\b(?:received|garnered|attracted|found|drew|met with|gained|won|enjoyed)\b/i;

/** A sentence with no speaker of its own: narrative, about another participant, or the current speaker's. */
function plainSentence(sentence: string, mentions: Mention[]): SentenceReading {
  for (const re of NARRATIVE) {
    if (!re.test(sentence)) continue;
    // "Several delegates recognised …, with Japan's representative describing …": the named one speaks.
    const side = mentions.length ? sideSpeakers(sentence, mentions, 0) : [];
    return side.length ? { type: 'speakers', speakers: [], role: 'subject', side, again: false, cue: sentence } : { type: 'narrative' };
  }
  if (CONTINUES.test(sentence)) return { type: 'continues' };
  // "The Working Group convened…, with the Chair calling the session to order and urging…".
  const side = mentions.length ? sideSpeakers(sentence, mentions, 0) : [];
  if (side.length) return { type: 'speakers', speakers: [], role: 'subject', side, again: false, cue: sentence };
  return otherSubjectOrContinues(sentence, mentions);
}

/** A sentence about delegations at large, unless a side clause names speakers ("…, while others, like Cuba, called for…"). */
function narrativeWithSide(sentence: string, mentions: Mention[], names: KnownNames): SentenceReading {
  // "The session began with a video message from Under-Secretary-General X, who praised…"
  const framed = framedPerson(sentence, mentions, names);
  if (framed) return { type: 'speakers', speakers: [framed.speaker], role: 'subject', side: [], again: false, cue: sentence.slice(0, framed.end).trim() };
  const side = mentions.length ? sideSpeakers(sentence, mentions, 0) : [];
  return side.length ? { type: 'speakers', speakers: [], role: 'subject', side, again: false, cue: sentence } : { type: 'narrative' };
}

/** plainSentence with no participant named: a narrative, or the current speaker's. */
function narrativeOrContinues(sentence: string): SentenceReading {
  for (const re of NARRATIVE) if (re.test(sentence)) return { type: 'narrative' };
  return { type: 'continues' };
}

/** "Iran, while disappointed…, will not…": a sentence opening on a participant, with no reporting verb. */
function otherSubjectOrContinues(sentence: string, mentions: Mention[]): SentenceReading {
  const first = mentions[0];
  if (
    first &&
    first.ref.kind !== 'role' &&
    first.start <= 4 &&
    /^(?:\d{1,3}[.)]\s+)?(?:the\s+)?$/i.test(sentence.slice(0, first.start)) &&
    !/^['’]s\s+(?:delegate|delegation|representative|ambassador)\b/i.test(sentence.slice(first.end))
  ) {
    return { type: 'other-subject', speaker: first.ref.id };
  }
  return { type: 'continues' };
}

// "Several States, including Chile, Peru and Uruguay, stressed…", "several states, namely the UK, … pointed to…".
const GENERAL_CUE = /\b(?:including|namely|such as|among them|notably|in particular)\b|s,?\s+like\s|:/;
const INCLUDING =
  /,?\s+(?:including|namely|such as|among them|notably|in particular|like)\s+(?:those\s+(?:of|from)\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?group\s+(?:of\s+[\w-]+\s+)?led\s+by\s+)?/gi;
const GENERAL_SUBJECT =
  /^(?:\d{1,3}[.)]\s+)?(?:[^,;:]{1,100},\s+)?(?:(?:several|multiple|many|some|a number of|most|other|numerous|a few|various|two|three|four|five|six|a group of|a majority of|a handful of|the majority of|a large number of)\s+)?(?:other\s+|of the\s+|more\s+)?(?:(?!(?:while|whereas|with|and|but|that|which|who|as)\s)[a-z][\w-]*\s+){0,2}?(?:delegations|states|member states|countries|speakers|participants|delegates|representatives|nations|groups|others)\b/i;

/**
 * States named as examples of a general subject are speakers of a joint statement: "A group of
 * like-minded states, including Belarus, Burundi and China, voiced…"; "five states requested edits:
 * China, South Africa and Australia."
 */
function namedInGeneral(sentence: string, mentions: Mention[]): { speakers: ClauseSpeaker[]; cue: string } | null {
  if (mentions.length === 0 || !GENERAL_CUE.test(sentence)) return null;
  const general = GENERAL_SUBJECT.exec(sentence);
  if (!general) return null;
  INCLUDING.lastIndex = general.index + general[0].length;
  const inc = INCLUDING.exec(sentence);
  if (inc && inc.index - (general.index + general[0].length) < 40) {
    const list = listFrom(sentence, mentions, inc.index + inc[0].length);
    if (list.length) {
      const verb = VERB_AFTER.exec(sentence.slice(list[list.length - 1].end));
      if (verb) return { speakers: dedupe(list.map(clauseSpeaker)), cue: sentence.slice(0, list[list.length - 1].end + verb[0].length) };
    }
  }
  const colon = sentence.indexOf(':', general.index + general[0].length);
  if (colon > 0 && VERB_NEXT.test(sentence.slice(general.index + general[0].length))) {
    const list = listFrom(sentence, mentions, colon + 1);
    if (list.length >= 2 && /^\s*[.]?\s*$/.test(sentence.slice(list[list.length - 1].end))) {
      return { speakers: dedupe(list.map(clauseSpeaker)), cue: sentence };
    }
  }
  return null;
}

const VERB_NEXT = new RegExp(`^\\s+${ADVERBS}${VERB}(?!\\w)`, 'i');

// "According to Switzerland, …", "For Colombia, …": the view reported is the speaker's.
const ATTRIBUTING = new RegExp(
  `^\\s*(?:\\d{1,3}[.)]\\s+)?(?:according to|for|in the (?:view|opinion) of|in the eyes of|as (?:stated|noted|explained) by)\\s+(?:the\\s+)?(?:${ROLE_NOUN}\\s+(?:of|for|from)\\s+(?:the\\s+)?)?$`,
  'i',
);
/** What ATTRIBUTING's sentence must open with. */
const ATTRIBUTING_LEAD = /^\s*(?:\d{1,3}[.)]\s+)?(?:according to|for|in the|as)\s/i;
const ATTRIBUTING_AFTER = /^\s*(?:['’]s\s+(?:delegation|representative|delegate))?\s*,/;
const RELATIVE_AFTER = new RegExp(`^,\\s+who\\s+${ADVERBS}${VERB}(?!\\w)`, 'i');

/** "According to Switzerland, …" and "… a briefing by the Chair, who reminded delegations …". */
function framedSpeaker(sentence: string, mentions: Mention[]): { speaker: ClauseSpeaker; end: number } | null {
  // Both shapes have a word the sentence must hold; most sentences hold neither, and the loop is skipped.
  const attributing = ATTRIBUTING_LEAD.test(sentence);
  if (!attributing && !sentence.includes(', who')) return null;
  for (const m of mentions) {
    if (m.start > 120) break;
    const before = sentence.slice(0, m.start);
    const after = sentence.slice(m.end);
    if (
      attributing &&
      m.ref.kind !== 'role' &&
      shortAfterLastBreak(before, ATTRIBUTING_TAIL, false) &&
      ATTRIBUTING.test(before) &&
      ATTRIBUTING_AFTER.test(after)
    )
      return { speaker: clauseSpeaker(m), end: m.end };
    const relative = /\b(?:by|from)\s+(?:the\s+)?$/i.test(before) ? RELATIVE_AFTER.exec(after) : null;
    if (relative) return { speaker: clauseSpeaker(m), end: m.end + relative[0].length };
  }
  return null;
}

/** The subject list opening the sentence, with its verb: "Viet Nam and Côte d'Ivoire, in separate interventions, both stressed". */
function subjectList(sentence: string, mentions: Mention[], verbs: number[]): { speakers: ClauseSpeaker[]; listEnd: number; cueEnd: number } | null {
  const tried = new Map<number, { end: number } | null>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start > 200) break;
    // No reporting verb within reach after the name: it cannot be the subject.
    if (!verbs.some((v) => v >= m.end && v - m.end <= 400)) continue;
    const before = sentence.slice(0, m.start);
    if (!shortAfterLastBreak(before, SUBJECT_TAIL) || !SUBJECT_PREFIX.test(before)) continue;
    // "Mexico's proposal would…" names Mexico, who is not speaking; "Kenya's statement acknowledged…" is Kenya.
    const tail = sentence.slice(m.end);
    if (/^['’]s\s/.test(tail) && !POSSESSIVE_SPEAKER.test(tail) && !NAMED_BODY.test(tail)) continue;
    const list: Mention[] = [m];
    let j = i + 1;
    while (j < mentions.length && listGap(sentence.slice(list[list.length - 1].end, mentions[j].start))) {
      list.push(mentions[j]);
      j++;
    }
    // The longest list followed by a verb; a shorter one when the rest was an apposition ("The Chair, Ambassador X, said").
    for (let len = list.length; len >= 1; len--) {
      const last = list[len - 1];
      // VERB_AFTER ends on a reporting verb, which begins at one of `verbs`: none after the name, no match.
      if (verbs[verbs.length - 1] < last.end) continue;
      // Lists opened at later names end at the same names: each end is tried once.
      let verb = tried.get(last.end);
      if (verb === undefined) {
        verb = verbAfter(sentence.slice(last.end));
        tried.set(last.end, verb);
      }
      if (!verb) continue;
      const cueEnd = last.end + verb.end;
      const named = list.slice(0, len);
      // A known name standing for the same speaker as the role before it is one speaker, not a list.
      const speakers = dedupe(named.map(clauseSpeaker));
      const group =
        speakers.length === 1 && m.ref.kind === 'state' ? (groupSpokenFor(sentence, mentions, cueEnd) ?? groupRightAfter(sentence, mentions, m)) : null;
      if (group) speakers[0] = { speaker: group, kind: 'group', deliveredBy: m.ref.id, onBehalfOf: group };
      return { speakers, listEnd: last.end, cueEnd };
    }
  }
  return null;
}

/** "Ghana for the African Group asked…": the group named straight after the State, without commas. */
function groupRightAfter(sentence: string, mentions: Mention[], m: Mention): string | null {
  const f = /^\s+(?:for|on behalf of)\s+(?:the\s+)?/.exec(sentence.slice(m.end));
  if (!f) return null;
  const target = mentions.find((x) => x.start === m.end + f[0].length || x.start === m.end + f[0].length - 4);
  return target && (target.ref.kind === 'group' || target.ref.kind === 'organisation') ? target.ref.id : null;
}

const POSSESSIVE_SPEAKER = new RegExp(
  `^['’]s\\s+(?:${ROLE_NOUN}|(?:(?:opening|closing|written|national|joint)\\s+)?(?:statement|intervention|remarks|submission|contribution|position paper)\\s+${ADVERBS}${VERB})\\b`,
  'i',
);

/** Names listed from `at` on: "Australia, Canada, the Czech Republic and Japan". */
function listFrom(sentence: string, mentions: Mention[], at: number): Mention[] {
  const first = mentions.find(
    (m) =>
      m.start >= at &&
      /^\s*(?:[^,;:.]{0,60}?,?\s+(?:including|namely|such as|among them)\s+)?(?:the\s+)?(?:(?:representatives?|delegates?|delegations?)\s+of\s+(?:the\s+)?)?$/i.test(
        sentence.slice(at, m.start),
      ),
  );
  if (!first) return [];
  const list = [first];
  for (let k = mentions.indexOf(first) + 1; k < mentions.length; k++) {
    if (!listGap(sentence.slice(list[list.length - 1].end, mentions[k].start))) break;
    list.push(mentions[k]);
  }
  return list;
}

function passiveList(
  sentence: string,
  mentions: Mention[],
): { speakers: ClauseSpeaker[]; role: 'passive' | 'support' | 'oppose'; cue: string; end: number } | null {
  if (mentions.length === 0) return null;
  const p = PASSIVE.exec(sentence) ?? (BY_WORD.test(sentence) ? PARTICIPLE_BY.exec(sentence) : null);
  const r = p ? null : RECEIVED_SUPPORT.exec(sentence);
  const m = p ?? r;
  if (!m) return null;
  const list = listFrom(sentence, mentions, m.index + m[0].length).filter((x) => x.ref.kind !== 'role' || x.ref.id !== 'chair' || true);
  if (list.length === 0) return null;
  const word = m[1];
  const role = p
    ? SUPPORT_VERBS.test(word)
      ? 'support'
      : OPPOSE_VERBS.test(word)
        ? 'oppose'
        : 'passive'
    : /^(?:opposition|objections?|pushback)$/i.test(word)
      ? 'oppose'
      : 'support';
  return { speakers: dedupe(list.map(clauseSpeaker)), role, cue: sentence.slice(m.index, list[list.length - 1].end), end: list[list.length - 1].end };
}

function speakerAfterClause(sentence: string, mentions: Mention[]): { speakers: ClauseSpeaker[]; start: number; cue: string } | null {
  if (mentions.length === 0) return null;
  const last = mentions[mentions.length - 1];
  // "…, Indonesia cautioned."
  const end = VERB_END.exec(sentence.slice(last.end));
  if (end) {
    const list = [last];
    for (let k = mentions.length - 2; k >= 0; k--) {
      if (!LIST_GAP.test(sentence.slice(mentions[k].end, list[0].start))) break;
      list.unshift(mentions[k]);
    }
    if (/,\s*(?:the\s+)?(?:(?:representatives?|delegates?|delegations?)\s+of\s+(?:the\s+)?)?$|["”’]\s*$/i.test(sentence.slice(0, list[0].start))) {
      return { speakers: dedupe(list.map(clauseSpeaker)), start: list[0].start, cue: sentence.slice(list[0].start).trim() };
    }
  }
  // "…, said Brazil." / "…, according to Chile."
  for (const m of mentions) {
    if (!SAID_BEFORE.test(sentence.slice(0, m.start))) continue;
    const list = listFrom(sentence, mentions, m.start);
    const rest = sentence.slice(list[list.length - 1].end).replace(/^['’]s\s+(?:representative|delegate|delegation|ambassador|minister)\b/i, '');
    if (/^\s*[.!]?["”’)]*\s*$/.test(rest) || /^\s*,/.test(rest)) {
      return { speakers: dedupe(list.map(clauseSpeaker)), start: m.start, cue: sentence.slice(m.start).trim() };
    }
  }
  return null;
}

/** Speakers of side clauses after `from`: "with Japan's representative describing…", ", opposed by the US,". */
function sideSpeakers(
  sentence: string,
  mentions: Mention[],
  from: number,
  until = sentence.length,
): Array<ClauseSpeaker & { role: 'with' | 'support' | 'oppose' }> {
  const out: Array<ClauseSpeaker & { role: 'with' | 'support' | 'oppose' }> = [];
  // "…, with countries like Peru and Chile advocating…", "…, while others, like Cuba, called…"
  if (mayNameGenericList(sentence)) {
    for (const x of genericListSpeakers(sentence, mentions, from, until, listFrom))
      if (!out.some((o) => o.speaker === x.ref.id)) out.push({ ...clauseSpeaker(x), role: 'with' });
  }
  for (const m of mentions) {
    if (m.start < from || m.end > until || (m.ref.kind === 'role' && m.ref.id === 'chair' && false)) continue;
    const before = sentence.slice(Math.max(0, m.start - 60), m.start);
    const inside = SIDE_INSIDE.exec(before);
    if (inside) {
      const role = /^opposed$/i.test(inside[1]) ? 'oppose' : 'support';
      for (const x of listFrom(sentence, mentions, m.start)) if (!out.some((o) => o.speaker === x.ref.id)) out.push({ ...clauseSpeaker(x), role });
      continue;
    }
    // "…, and the Chair acknowledged…": a second subject after a comma and "and" (a list's last name is no such subject).
    if (
      (SIDE_BEFORE.test(before) &&
        (SIDE_PARTICIPLE.test(sentence.slice(m.end)) ||
          (/(?:while|whereas|though|although|but)\s+(?:the\s+)?$/i.test(before) && WHILE_VERB.test(sentence.slice(m.end))))) ||
      (m.ref.kind === 'role' && /,\s*and\s+(?:then\s+)?the\s+$/i.test(before) && WHILE_VERB.test(sentence.slice(m.end)))
    ) {
      if (!out.some((o) => o.speaker === m.ref.id)) out.push({ ...clauseSpeaker(m), role: 'with' });
    }
  }
  return out;
}

function withKnownNames(sentence: string, mentions: Mention[], names: KnownNames): Mention[] {
  const known = names.mentions(sentence);
  if (known.length === 0) return mentions;
  // "Chair Burhan Gafoor": the known name covers the role word inside it.
  const kept = mentions.filter((m) => !(m.ref.kind === 'role' && known.some((k) => k.start <= m.start && m.end <= k.end)));
  const extra = known.filter((k) => !kept.some((m) => m.start < k.end && k.start < m.end));
  return [...kept, ...extra].sort((a, b) => a.start - b.start);
}
