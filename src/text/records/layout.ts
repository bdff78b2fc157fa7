import { findParticipantMentions } from '../../participants/resolve.ts';
import type { SpeakerCue } from './speakers.ts';
import type { Paragraph } from './types.ts';

/**
 * Shapes of lines that are not speech: headings, procedural notes, header lines of a paper.
 * Kept apart from attribution so that the kind detector and the attributor read lines alike.
 */

// A final stop, then any closing quotes or brackets: read from the end (a regex ending in `$` is
// tried at every full stop of the paragraph, and this runs on every paragraph).
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const STOPS = new Set(['.', '!', '?', '…']);

export function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i])) i--;
  return i >= 0 && STOPS.has(text[i]);
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

// Phrases that name what a meeting discussed; the agenda's pillar is then given to its statements.
const AGENDA = [
  /\b(?:discussed|discussion (?:on|of)|debate on|devoted to|dedicated to|focused on|considered|addressed|took up|turned to|(?:now\s+)?turn(?:s|ing)?\s+(?:now\s+)?to|opened the floor (?:on|for))\s+(?:the\s+)?(?:(?:topic|theme|item|issue|question|subject|cluster)\s+(?:of|on)\s+)?([^.;]{3,120})/i,
  /\bagenda item[^:.;]{0,40}[:\u2013\u2014-]\s*([^.;]{3,120})/i,
  /^(?:topic|theme|agenda|session on|thematic (?:discussion|session) on)\s*[:\u2013\u2014-]?\s*([^.;]{3,120})/i,
  /\bthematic (?:discussion|session|debate) on\s+([^.;]{3,120})/i,
];

// A necessary word of every AGENDA pattern, one pass instead of four.
const MAY_ANNOUNCE = /discuss|debate|devoted|dedicated|focused|considered|addressed|took up|turn|opened the floor|agenda|topic|theme|session on/i;

/** The phrase naming the topic under discussion, if the paragraph announces one. */
export function agendaPhrase(text: string): string | null {
  if (!MAY_ANNOUNCE.test(text)) return null;
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
      states[0] ??
      mentions[0];
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
