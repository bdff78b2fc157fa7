import { findParticipantMentions } from '../../participants/resolve.ts';
import { mentionsIn, type SpeakerCue } from './speakers.ts';
import type { Paragraph } from './types.ts';

/**
 * Shapes of lines that are not speech: headings, procedural notes, header lines of a paper.
 * Kept apart from attribution so that the kind detector and the attributor read lines alike.
 */

const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** A numbered section heading: "1. General", "IV. International law", "Section 3: CBMs". */
export function numberedHeading(text: string): string | null {
  const m = text.match(/^(?:(?:section|part|chapter)\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,6}|[A-H])[.):]?\s+(\S.{0,100})$/i);
  if (!m || endsLikeSentence(text) || wordCount(text) > 12 || /^[-–•*]/.test(text)) return null;
  return m[1].trim();
}

/** A short line, or a line in Title Case ("India Stresses Education …"), that is a heading rather than speech. */
export function isHeading(text: string): boolean {
  if (endsLikeSentence(text) || /[,;]$/.test(text)) return false;
  return wordCount(text) <= 14 || titleCase(text);
}

function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w.length >= 4);
  return words.length >= 4 && words.filter((w) => /^[A-ZÀ-Ý“"‘']/.test(w)).length / words.length >= 0.7;
}

const PROCEDURAL = new RegExp(
  '^(?:\\d{1,3}[.)]\\s+)?(?:' +
    'the meeting (?:was called to order|rose|was suspended|was resumed|resumed|opened|closed|adjourned|was adjourned)|' +
    'the discussion covered in|agenda item|item \\d|in the absence of|' +
    '(?:the )?(?:morning|afternoon|evening) (?:session|meeting)|' +
    '\\(?(?:end|ends)\\)?\\.?$|-+\\s*end\\s*-+|\\*\\s*\\*|' +
    '\\((?:spoke|continued) in \\w+\\)|\\[[^\\]]*\\]$|\\([^)]*\\)$|' +
    'check against delivery|original:|this record is subject to correction|corrections should be' +
  ')',
  'i',
);

export function isProcedural(text: string): boolean {
  return PROCEDURAL.test(text);
}

const NARRATIVE = [
  /^(?:several|many|some|a number of|most|other|all|numerous|a few|few|various|two|three|a group of)\s+(?:other\s+|of the\s+)?(?:delegations|states|member states|countries|speakers|participants|delegates|representatives)\b/i,
  /^(?:the\s+)?(?:discussion|debate|meeting|session|working group|dialogue|exchange|consultations?)\s+(?:then\s+|subsequently\s+)?(?:turned|moved|continued|focused|opened|closed|concluded|began|resumed|was|were|covered|touched|centred|centered|addressed|heard)\b/i,
  /^(?:delegations|participants|speakers|states|member states)\s+(?:\w+\s+)?(?:stated|said|noted|agreed|discussed|highlighted|stressed|underlined|emphasi[sz]ed|expressed|welcomed|called|shared|differed|were divided|disagreed)\b/i,
  /^(?:there was (?:broad|general|wide|some|no|little)|views (?:differed|diverged)|no consensus|consensus was)\b/i,
];

export function isNarrative(text: string): boolean {
  return NARRATIVE.some((re) => re.test(text));
}

// Openings that refer back to the current speaker.
const CONTINUES = /^(?:he|she|it|they|its|his|her|their|the (?:delegate|delegation|representative|speaker|ambassador|group|movement))\b/i;

/**
 * A paragraph whose opening sentence is about other participants — it starts by naming one, or names
 * two or more — reports on them rather than continuing the current speaker ("Singapore was not
 * present…", "The template received support from Malaysia and Kenya…").
 */
export function opensOnOthers(sentence: string, currentSpeaker: string | null): boolean {
  if (CONTINUES.test(sentence)) return false;
  const others = mentionsIn(sentence).filter((m) => m.ref.kind !== 'role' && m.ref.id !== currentSpeaker);
  if (others.length === 0) return false;
  if (others[0].start <= 4 && /^(?:the\s+)?$/i.test(sentence.slice(0, others[0].start))) return true;
  return new Set(others.filter((m) => m.ref.kind === 'state').map((m) => m.ref.id)).size >= 2;
}

/**
 * A paragraph that opens on another State's possessive ("Mexico's proposal received support…")
 * reports on that State rather than continuing the current speaker.
 */
export function opensOnOthersPossessive(text: string, currentSpeaker: string | null): boolean {
  const m = text.match(/^(?:the\s+)?([^'’]{2,60})['’]s\s+(?!(?:delegate|delegation|representative|ambassador)\b)/i);
  if (!m) return false;
  const mention = findParticipantMentions(m[1]).find((x) => x.end === m[1].length);
  return !!mention && mention.ref.id !== currentSpeaker;
}

// Phrases that name what a meeting discussed; the agenda's pillar is then given to its statements.
const AGENDA = [
  /\b(?:discussed|discussion (?:on|of)|debate on|devoted to|dedicated to|focused on|considered|addressed|took up|turned to|(?:now\s+)?turn(?:s|ing)?\s+(?:now\s+)?to|opened the floor (?:on|for))\s+(?:the\s+)?(?:(?:topic|theme|item|issue|question|subject|cluster)\s+(?:of|on)\s+)?([^.;]{3,120})/i,
  /\bagenda item[^:.;]{0,40}[:\u2013\u2014-]\s*([^.;]{3,120})/i,
  /^(?:topic|theme|agenda|session on|thematic (?:discussion|session) on)\s*[:\u2013\u2014-]?\s*([^.;]{3,120})/i,
  /\bthematic (?:discussion|session|debate) on\s+([^.;]{3,120})/i,
];

/** The phrase naming the topic under discussion, if the paragraph announces one. */
export function agendaPhrase(text: string): string | null {
  for (const re of AGENDA) {
    const m = text.match(re);
    if (m) return m[1];
  }
  return null;
}

const TITLE_AUTHOR = /\b(?:by|of|from|submitted by|delivered by)\s+(?:the\s+)?$/i;

/**
 * The author a document's title names: "Japan's Position Paper…", "Statement by Egypt on behalf of
 * the African Group", "Contribution of Canada". Reads the leading header lines only.
 */
export function authorFromTitle(header: Paragraph[]): SpeakerCue | null {
  for (const p of header.slice(0, 4)) {
    const mentions = findParticipantMentions(p.text);
    if (mentions.length === 0) continue;
    const behalf = p.text.search(/\bon behalf of\b/i);
    const group = behalf >= 0 ? mentions.find((m) => m.start > behalf && m.ref.kind !== 'state') : undefined;
    const states = mentions.filter((m) => m.ref.kind === 'state');
    const authored =
      mentions.find((m) => /^['’]s\b/.test(p.text.slice(m.end)) && m.start < 10) ??
      mentions.find((m) => TITLE_AUTHOR.test(p.text.slice(0, m.start)) && m !== group) ??
      states[0] ?? mentions[0];
    if (group && authored.ref.kind === 'state') {
      return { speaker: group.ref.id, speakerKind: 'group', deliveredBy: authored.ref.id, onBehalfOf: group.ref.id, surface: p.text, again: false };
    }
    return { speaker: authored.ref.id, speakerKind: authored.ref.kind, surface: p.text, again: false };
  }
  return null;
}

export function stripNumbering(text: string): string {
  return text.replace(/^\d{1,3}[.)]\s+(?=[A-Z(])/, '');
}
