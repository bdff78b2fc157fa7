import { learnChairs } from './attribution.ts';
import { authorFromTitle, endsLikeSentence, numberedHeading, stripNumbering } from './layout.ts';
import { inlineSpeaker, speakerLabel } from './speakers.ts';
import type { DocumentKind, Paragraph } from './types.ts';

const SUMMARY_CUE =
  /^(?:\d{1,3}[.)]\s+)?(?:Mr|Ms|Mrs|Mme|Dr)\.?\s+[^()]{1,60}\([^()]{2,60}\)(?:,[^,]{0,120},)?\s+(?:said|stated|noted|asked|recalled|expressed|welcomed|added|stressed|pointed out)\b/;

/**
 * Guesses the kind of a document from its shape: speaker lines (transcript), "Mr. X (Country)
 * said" (summary record), a "Position Paper" title or numbered sections under one author (position
 * paper), a "Statement by" title (statement); an event report otherwise.
 */
export function detectKind(paragraphs: Paragraph[]): DocumentKind {
  const head = paragraphs
    .slice(0, 3)
    .map((p) => p.text)
    .join('\n');
  if (/\bposition paper\b/i.test(head)) return 'position-paper';
  if (/\bsummary record\b/i.test(head)) return 'summary-record';
  if (isPressRelease(paragraphs)) return 'press-release';

  const chairs = learnChairs(paragraphs);
  let labels = 0;
  let inline = 0;
  let summaryCues = 0;
  let headings = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const text = stripNumbering(paragraphs[i].text);
    if (SUMMARY_CUE.test(paragraphs[i].text)) summaryCues++;
    if (numberedHeading(paragraphs[i].text)) headings++;
    const next = paragraphs[i + 1];
    if (!endsLikeSentence(text) && text.length <= 90 && next && (endsLikeSentence(next.text) || next.text.length > 160) && speakerLabel(text, chairs)) labels++;
    else if (i < 200 && inlineSpeaker(text, chairs)) inline++;
  }
  if (labels >= 2 || inline >= 3 || captionedTranscript(paragraphs)) return 'transcript';
  if (summaryCues >= 2) return 'summary-record';
  const title = paragraphs[0]?.text ?? '';
  if (/^(?:joint\s+)?statements?\b|\bstatements? (?:by|of|delivered by|on behalf of)\b/i.test(title)) return 'statement';
  // A mission's letterhead may come first: "Permanent Mission of X …" then "Statement by …".
  if (
    paragraphs.slice(1, 3).some((p) => /^(?:joint\s+)?statements? (?:by|of|delivered by|on behalf of)\b/i.test(p.text)) &&
    /\b(?:mission|delegation|ministry|embassy)\b/i.test(title)
  )
    return 'statement';
  if (/\b(?:contribution|submission|comments|input)s? (?:by|of|from)\b/i.test(title)) return 'contribution';
  if (headings >= 3 && authorFromTitle(paragraphs.slice(0, 2))) return 'position-paper';
  return 'event-report';
}

// UN Meetings Coverage: a document symbol (GA/DIS/3673), "(AM & PM)", a dateline, "delegates said today".
const PRESS_HEAD =
  /\b(?:GA|SC|ECOSOC|GA\/DIS|GA\/EF|GA\/SHC|GA\/SPD|GA\/L|DC|SG\/SM)\/\d{3,5}\b|\((?:AM|PM|AM & PM)\)|\bMeetings Coverage\b|\bPress Release\b|^[A-Z][A-Z .]{2,30}, \d{1,2} [A-Z][a-z]+ (?:\d{4} )?\(/m;
const PRESS_BODY =
  /\b(?:delegates|speakers|the (?:First|Second|Third|Fourth|Fifth|Sixth) Committee|the (?:Assembly|Council|Working Group)) (?:said|heard|was told|stressed|agreed) today\b|\bthe (?:First|Second|Third|Fourth|Fifth|Sixth) Committee \([^)]{3,60}\) (?:heard|was told)\b|\bAlso speaking (?:were|was|today were)\b|\bspeakers (?:said|stressed|noted) today\b/;
const REPRESENTATIVE_SAID =
  /\b(?:the representative of [A-Z][\p{L} ’'-]{2,40}|[A-Z][\p{L} ’'-]{2,40}['’]s (?:representative|delegate)) (?:said|stressed|noted|added|warned|called|emphasized|emphasised|expressed|underscored|urged)\b|\bsaid (?:the representative of [A-Z][\p{L}’'-]{2,30}|[A-Z][\p{L}’'-]{2,30}(?: [A-Z][\p{L}’'-]{2,30})?['’]s (?:representative|delegate))\b/u;

// The Meetings Coverage dateline without its symbol: "Seventy-sixth Session, 1st Meeting (PM)".
const SESSION_MEETING = /\b[A-Z][a-z]+(?:-[a-z]+)? Session,\s+\d{1,3}(?:st|nd|rd|th) (?:& \d{1,3}(?:st|nd|rd|th) )?Meetings? \((?:AM|PM|AM & PM)\)/;
// A Main Committee by its full name, meeting today: "delegates told the First Committee (Disarmament and International Security) today".
const COMMITTEE_TODAY =
  /\bthe (?:First|Second|Third|Fourth|Fifth|Sixth) Committee \((?:Disarmament and International Security|Economic and Financial|Social, Humanitarian and Cultural|Special Political and Decolonization|Administrative and Budgetary|Legal)\)[^.]{0,120}\btoday\b/;

/** A UN Meetings Coverage press release: its header, or its "said today" lead and "the representative of X said" body. */
function isPressRelease(paragraphs: Paragraph[]): boolean {
  const head = paragraphs
    .slice(0, 6)
    .map((p) => p.text)
    .join('\n');
  if (head.includes('Session,') && SESSION_MEETING.test(head)) return true;
  const headCue = PRESS_HEAD.test(head);
  const lead = paragraphs.slice(0, 80);
  const body = lead.some((p) => mayBePressBody(p.text) && PRESS_BODY.test(p.text));
  const committee = paragraphs.slice(0, 8).some((p) => p.text.includes('Committee (') && COMMITTEE_TODAY.test(p.text));
  if (!headCue && !body && !committee) return false;
  let representatives = 0;
  for (const p of lead) if (REPRESENTATIVE_SAID.test(p.text) && ++representatives >= 2) break;
  return (headCue && (body || representatives >= 1)) || (body && representatives >= 2) || (committee && representatives >= 1);
}

const TODAY_AFTER = ['said', 'heard', 'told', 'stressed', 'agreed', 'noted'];

/**
 * A cheap necessary test for PRESS_BODY (speeches say "today" often, and the pattern was tried on
 * every such paragraph): "Also speaking", a Committee named with its meeting, or "today" after one of
 * PRESS_BODY's verbs.
 */
function mayBePressBody(text: string): boolean {
  if (!text.includes('today')) return text.includes('lso speaking');
  if (text.includes('lso speaking') || text.includes('Committee (')) return true;
  for (let at = text.indexOf(' today'); at >= 0; at = text.indexOf(' today', at + 6)) {
    if (TODAY_AFTER.some((v) => text.endsWith(v, at))) return true;
  }
  return false;
}

// Captioners' turn labels, ">> Carina Lopez:", and their disclaimer ("the outputs of the captioning").
const CAPTION_LABEL = /^>>?\s*[^:\n]{2,60}:\s+\S/;
const CAPTIONING = /\b(?:outputs? of the (?:real-time )?captioning|captioning taken during|real-time captioning|CART captioning)\b/i;

/** A captioned session: two turn labels, or one under the captioners' disclaimer. */
function captionedTranscript(paragraphs: Paragraph[]): boolean {
  let labels = 0;
  for (const p of paragraphs.slice(0, 400)) if (p.text.startsWith('>') && CAPTION_LABEL.test(p.text) && ++labels >= 2) return true;
  return labels >= 1 && paragraphs.slice(0, 5).some((p) => CAPTIONING.test(p.text));
}
