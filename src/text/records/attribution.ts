import { findParticipantMentions, resolveParticipant } from '../../participants/resolve.ts';
import {
  agendaPhrase, authorFromTitle, endsLikeSentence, isHeading, isNarrative, isProcedural, numberedHeading,
  opensOnOthers, opensOnOthersPossessive, stripNumbering,
} from './layout.ts';
import { firstSentence, splitSentences } from './sentences.ts';
import { ChairNames, inlineSpeaker, speakerAtOpening, speakerLabel, type SpeakerCue } from './speakers.ts';
import type { DocumentKind, Paragraph } from './types.ts';

/** One speaker's turn: the paragraphs it covers and how the speaker was recognised. */
export interface Segment {
  speaker: string;
  deliveredBy?: string;
  onBehalfOf?: string;
  paragraphs: Paragraph[];
  tookFloorAgain: boolean;
  cue: string;
  /** The announced topic in force when the turn began (report-like documents). */
  agendaPhrase: string | null;
  /** The section heading of a paper, when the turn is a section. */
  heading: string | null;
  /** The speaker line that opened the turn, in transcripts. */
  labelParagraph?: number;
}

export interface Attribution {
  segments: Segment[];
  warnings: string[];
}

const SINGLE_AUTHOR = new Set<DocumentKind>(['position-paper', 'statement', 'contribution']);

/**
 * Splits a document into speakers' turns. Report-like kinds are read paragraph by paragraph (a
 * named speaker opens a turn, other paragraphs continue it); papers and statements belong to their
 * author, one turn per numbered section.
 */
export function attribute(paragraphs: Paragraph[], kind: DocumentKind, opts: { author?: string } = {}): Attribution {
  return SINGLE_AUTHOR.has(kind) ? attributeAuthored(paragraphs, kind, opts.author) : attributeTurns(paragraphs, kind);
}

export function learnChairs(paragraphs: Paragraph[]): ChairNames {
  const chairs = new ChairNames();
  for (const p of paragraphs.slice(0, 12)) chairs.learn(p.text);
  return chairs;
}

function attributeTurns(paragraphs: Paragraph[], kind: DocumentKind): Attribution {
  const chairs = learnChairs(paragraphs);
  const segments: Segment[] = [];
  const warnings: string[] = [];
  const spoken = new Set<string>();
  let current: Segment | null = null;
  // A turn opened by a speaker line takes the following paragraphs whatever they say.
  let fromLabel = false;
  let agenda: string | null = null;
  const transcript = kind === 'transcript';

  const open = (cue: SpeakerCue, opening: string): Segment => {
    const again = cue.again || (spoken.has(cue.speaker) && /\bagain\b/i.test(opening));
    const seg: Segment = {
      speaker: cue.speaker, deliveredBy: cue.deliveredBy, onBehalfOf: cue.onBehalfOf, paragraphs: [],
      tookFloorAgain: again, cue: cue.surface, agendaPhrase: agenda, heading: null,
    };
    segments.push(seg);
    spoken.add(cue.speaker);
    return seg;
  };

  for (const p of paragraphs) {
    const text = stripNumbering(p.text);
    const short = !endsLikeSentence(text) && text.length <= 90;
    const label = short ? speakerLabel(text, chairs) : null;
    if (label) {
      current = open(label, text);
      current.labelParagraph = p.n;
      fromLabel = true;
      continue;
    }
    const inline = transcript ? inlineSpeaker(text, chairs) : null;
    if (inline) {
      current = open(inline.cue, text);
      current.paragraphs.push(p);
      fromLabel = true;
      const topic = current.speaker === 'chair' ? agendaPhrase(text) : null;
      if (topic) agenda = topic;
      continue;
    }
    let announced: string | null | undefined;
    const phraseOf = () => (announced === undefined ? (announced = agendaPhrase(text)) : announced);
    if (isProcedural(text)) {
      const phrase = phraseOf();
      if (phrase) agenda = phrase;
      if (!fromLabel) current = null;
      continue;
    }
    let opening: string | undefined;
    let cue: SpeakerCue | null | undefined;
    const openingOf = () => (opening ??= firstSentence(text).text);
    const cueOf = () => (cue === undefined ? (cue = transcript ? null : speakerAtOpening(openingOf())) : cue);
    // The Chair announcing the next topic sets the agenda for the turns that follow.
    if (current?.speaker === 'chair' && (fromLabel || !cueOf())) {
      const phrase = phraseOf();
      if (phrase) agenda = phrase;
    }
    if (fromLabel && current) {
      if (current.paragraphs.length === 0) {
        promoteGroup(current, text);
        // "Thank you, Chair, for giving me the floor again" marks a return to the floor.
        const opening = splitSentences(text.slice(0, 400)).slice(0, 2).map((x) => x.text).join(' ');
        if (!current.tookFloorAgain && (AGAIN_IN_TURN.test(opening) || (spokeBefore(segments, current) && /\bagain\b/i.test(opening)))) {
          current.tookFloorAgain = true;
        }
      }
      current.paragraphs.push(p);
      continue;
    }
    if (isHeading(text)) {
      const phrase = phraseOf();
      if (phrase) agenda = phrase;
      current = null;
      continue;
    }
    const named = cueOf();
    if (named) {
      const last = segments[segments.length - 1];
      if (current && current === last && current.speaker === named.speaker && !named.again) {
        current.paragraphs.push(p);
      } else {
        current = open(named, openingOf());
        current.paragraphs.push(p);
      }
      continue;
    }
    if (isNarrative(text) || (current && (opensOnOthersPossessive(text, current.speaker) || opensOnOthers(openingOf(), current.speaker)))) {
      const phrase = phraseOf();
      if (phrase) agenda = phrase;
      current = null;
      continue;
    }
    if (current) {
      current.paragraphs.push(p);
      continue;
    }
    const phrase = phraseOf();
    if (phrase) agenda = phrase;
  }

  const kept = segments.filter((s) => s.paragraphs.length > 0);
  if (kept.length < segments.length) warnings.push(`${segments.length - kept.length} speaker line(s) had no text after them`);
  if (kept.length === 0) warnings.push('no speaker was recognised: the reading has no statements');
  return { segments: kept, warnings };
}

const AGAIN_IN_TURN = /\b(?:(?:took|takes|taking|take|giving me|give me) the floor (?:again|once more|a second time)|for a second time|second intervention)\b/i;

function spokeBefore(segments: Segment[], seg: Segment): boolean {
  return segments.some((s) => s !== seg && s.speaker === seg.speaker);
}

/** "I have the honour to speak on behalf of the African Group" turns a State's turn into the group's. */
function promoteGroup(seg: Segment, text: string): void {
  if (seg.onBehalfOf || !/^[A-Z]{3}$/.test(seg.speaker)) return;
  for (const s of splitSentences(text.slice(0, 400)).slice(0, 2)) {
    const at = s.text.search(/\bon behalf of\s+/i);
    if (at < 0) continue;
    const mention = findParticipantMentions(s.text.slice(at)).find((m) => m.start < 24);
    if (mention && mention.ref.kind !== 'state') {
      seg.deliveredBy = seg.speaker;
      seg.speaker = mention.ref.id;
      seg.onBehalfOf = mention.ref.id;
      return;
    }
  }
}

function attributeAuthored(paragraphs: Paragraph[], kind: DocumentKind, author?: string): Attribution {
  const warnings: string[] = [];
  let start = 0;
  while (start < paragraphs.length && isHeaderLine(paragraphs[start].text)) start++;
  const header = paragraphs.slice(0, Math.max(start, 1));
  const cue = author ? authorCue(author) : authorFromTitle(header);
  if (!cue) {
    warnings.push('the author could not be recognised from the title; pass the author to attribute the text');
    return { segments: [], warnings };
  }
  const segments: Segment[] = [];
  let current: Segment | null = null;
  const open = (heading: string | null): Segment => {
    const seg: Segment = {
      speaker: cue.speaker, deliveredBy: cue.deliveredBy, onBehalfOf: cue.onBehalfOf, paragraphs: [],
      tookFloorAgain: false, cue: cue.surface, agendaPhrase: null, heading,
    };
    segments.push(seg);
    return seg;
  };
  const sectioned = kind === 'position-paper' && paragraphs.slice(start).filter((p) => numberedHeading(p.text)).length >= 2;
  for (const p of paragraphs.slice(start)) {
    if (isProcedural(p.text)) continue;
    const heading = sectioned ? numberedHeading(p.text) : null;
    if (heading) {
      current = open(heading);
      continue;
    }
    current ??= open(null);
    current.paragraphs.push(p);
  }
  const kept = segments.filter((s) => s.paragraphs.length > 0);
  if (kept.length === 0) warnings.push('the document has a title but no text to attribute');
  return { segments: kept, warnings };
}

function isHeaderLine(text: string): boolean {
  if (isProcedural(text)) return true;
  return !endsLikeSentence(text) && !numberedHeading(text) && !/^[-–•*]\s/.test(text) && text.split(/\s+/).length <= 60;
}

function authorCue(author: string): SpeakerCue | null {
  const ref = resolveParticipant(author);
  if (ref) return { speaker: ref.id, speakerKind: ref.kind, surface: author, again: false };
  if (/^[A-Za-z0-9-]{2,40}$/.test(author)) return { speaker: author, speakerKind: 'role', surface: author, again: false };
  return null;
}
