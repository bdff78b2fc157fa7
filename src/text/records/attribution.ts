import { findParticipantMentions, resolveParticipant } from '../../participants/resolve.ts';
import { agendaPhrase, authorFromTitle, endsLikeSentence, isHeading, isProcedural, numberedHeading, stripNumbering } from './layout.ts';
import { clauseSpeaker, readSentence, type ClauseSpeaker } from './clauses.ts';
import { KnownNames } from './knownNames.ts';
import { learnIntroducedPersons } from './persons.ts';
import { splitSentences, type Sentence } from '../sentences.ts';
import { inlineSpeaker, mentionsIn, speakerLabel, type Mention, type SpeakerCue } from './speakers.ts';
import type { DocumentKind, Paragraph, SpeakerKind, Unattributed } from './types.ts';

/** The sentences of one paragraph a turn covers: 1-based sentence numbers, offsets within the paragraph. */
export interface Piece {
  p: Paragraph;
  first: number;
  last: number;
  start: number;
  end: number;
}

/** One speaker's turn: the sentences it covers and how the speaker was recognised. */
export interface Segment {
  speaker: string;
  speakerKind: SpeakerKind;
  deliveredBy?: string;
  onBehalfOf?: string;
  person?: { name: string; affiliation?: string };
  /** Co-speakers of a joint statement. */
  joint?: string[];
  /** A statement that only supports or opposes what was proposed ("This was supported by …"). */
  support?: 'support' | 'oppose';
  pieces: Piece[];
  tookFloorAgain: boolean;
  cue: string;
  /** The announced topic in force when the turn began (report-like documents). */
  agendaPhrase: string | null;
  /** The section heading of a paper, when the turn is a section. */
  heading: string | null;
  /** The speaker line that opened the turn, in transcripts. */
  labelParagraph?: number;
}

/** The paragraphs a turn's sentences lie in. */
export function paragraphsOf(seg: Segment): Paragraph[] {
  return seg.pieces.map((x) => x.p);
}

export interface Attribution {
  segments: Segment[];
  unattributed: Unattributed[];
  warnings: string[];
  /** Participant mentions of the paragraphs read sentence by sentence, so they are not found twice. */
  paragraphMentions?: Map<number, Mention[]>;
}

export interface AttributeOptions {
  author?: string;
  /** Names of the meeting's Chair, Vice-Chairs and facilitators, when the meeting record knows them. */
  chairs?: Array<{ name: string; role?: 'chair' | 'vice-chair' | 'facilitator'; affiliation?: string }>;
}

const SINGLE_AUTHOR = new Set<DocumentKind>(['position-paper', 'statement', 'contribution']);

/**
 * Splits a document into speakers' turns. Report-like kinds are read sentence by sentence (a named
 * speaker opens a turn, other sentences continue it, a sentence about others ends it); papers and
 * statements belong to their author, one turn per numbered section.
 */
export function attribute(paragraphs: Paragraph[], kind: DocumentKind, opts: AttributeOptions = {}): Attribution {
  return SINGLE_AUTHOR.has(kind) ? attributeAuthored(paragraphs, kind, opts.author) : attributeTurns(paragraphs, kind, opts);
}

export function learnChairs(paragraphs: Paragraph[], known: AttributeOptions['chairs'] = []): KnownNames {
  const names = new KnownNames();
  for (const c of known) names.learnChair(c.name, c.role ?? 'chair', c.affiliation);
  for (const p of paragraphs.slice(0, 12)) {
    names.learn(p.text);
    learnIntroducedPersons(p.text, names);
  }
  return names;
}

function wholeParagraph(p: Paragraph): Piece {
  const sentences = splitSentences(p.text);
  return { p, first: 1, last: Math.max(1, sentences.length), start: 0, end: p.text.length };
}

function attributeTurns(paragraphs: Paragraph[], kind: DocumentKind, opts: AttributeOptions): Attribution {
  const names = learnChairs(paragraphs, opts.chairs);
  const ctx = { names };
  const segments: Segment[] = [];
  const unattributed: Unattributed[] = [];
  const warnings: string[] = [];
  const paragraphMentions = new Map<number, Mention[]>();
  const spoken = new Set<string>();
  // The turns the next sentence would continue: one, or several for a joint statement.
  let current: Segment[] = [];
  // Speakers of the last sentence's side clauses, who may go on in the next ("…, opposed by Australia. Australia said…").
  let lastSide: Segment[] = [];
  // A turn opened by a speaker line takes the following paragraphs whatever they say.
  let fromLabel = false;
  let agenda: string | null = null;
  const transcript = kind === 'transcript';

  const open = (cue: SpeakerCue | (ClauseSpeaker & { surface: string; again: boolean }), opening: string, extra: Partial<Segment> = {}): Segment => {
    const speaker = cue.speaker;
    const again = cue.again || (spoken.has(speaker) && /\bagain\b/i.test(opening));
    const seg: Segment = {
      speaker,
      speakerKind: 'kind' in cue ? cue.kind : kindOfCue(cue),
      deliveredBy: cue.deliveredBy,
      onBehalfOf: cue.onBehalfOf,
      ...(cue.person ? { person: cue.person } : {}),
      pieces: [],
      tookFloorAgain: again,
      cue: cue.surface,
      agendaPhrase: agenda,
      heading: null,
      ...extra,
    };
    segments.push(seg);
    spoken.add(speaker);
    return seg;
  };
  const addSentence = (seg: Segment, p: Paragraph, n: number, s: Sentence) => {
    const last = seg.pieces[seg.pieces.length - 1];
    if (last && last.p === p && last.last === n - 1) {
      last.last = n;
      last.end = s.end;
      return;
    }
    seg.pieces.push({ p, first: n, last: n, start: s.start, end: s.end });
  };

  // The agenda phrase of the paragraph read, found at most once (a closure made once, not per paragraph).
  let text = '';
  let announced: string | null | undefined;
  const phraseOf = (): string | null => (announced === undefined ? (announced = agendaPhrase(text)) : announced);
  for (const p of paragraphs) {
    text = stripNumbering(p.text);
    announced = undefined;
    const short = !endsLikeSentence(text) && text.length <= 90;
    const label = short ? speakerLabel(text, names) : null;
    if (label) {
      // "Cuba (also on behalf of Nicaragua and Venezuela)": one turn per State, made together.
      const ids = [label.speaker, ...(label.also ?? [])];
      current = ids.map((id, k) =>
        open(
          k === 0 ? label : { speaker: id, speakerKind: 'state', surface: label.surface, again: label.again },
          text,
          ids.length > 1 ? { joint: ids.filter((x) => x !== id) } : {},
        ),
      );
      for (const seg of current) seg.labelParagraph = p.n;
      fromLabel = true;
      continue;
    }
    const inline = transcript ? inlineSpeaker(text, names) : null;
    if (inline) {
      current = [open(inline.cue, text)];
      current[0].pieces.push(wholeParagraph(p));
      fromLabel = true;
      const topic = current[0].speaker === 'chair' ? agendaPhrase(text) : null;
      if (topic) agenda = topic;
      continue;
    }
    if (isProcedural(text)) {
      const phrase = phraseOf();
      if (phrase) agenda = phrase;
      if (!fromLabel) current = [];
      continue;
    }
    if (fromLabel && current.length) {
      const turn = current[0];
      if (turn.speaker === 'chair') {
        const phrase = phraseOf();
        if (phrase) agenda = phrase;
      }
      if (turn.pieces.length === 0) {
        promoteGroup(turn, text);
        // "Thank you, Chair, for giving me the floor again" marks a return to the floor.
        const opening = splitSentences(text.slice(0, 400))
          .slice(0, 2)
          .map((x) => x.text)
          .join(' ');
        if (!turn.tookFloorAgain && (AGAIN_IN_TURN.test(opening) || (spokeBefore(segments, turn) && /\bagain\b/i.test(opening)))) {
          turn.tookFloorAgain = true;
        }
      }
      if (turn.speakerKind === 'person' && PRESIDES.test(text)) presides(turn, names);
      const whole = wholeParagraph(p);
      for (const seg of current) seg.pieces.push(seg === turn ? whole : { ...whole });
      continue;
    }
    if (isHeading(text)) {
      const phrase = phraseOf();
      if (phrase) agenda = phrase;
      current = [];
      continue;
    }
    if (transcript) {
      // A transcript's narrative line between turns belongs to no one.
      const phrase = phraseOf();
      if (phrase) agenda = phrase;
      current = [];
      continue;
    }
    // Report-like: sentence by sentence, with the paragraph's mentions found once.
    const sentences = splitSentences(p.text);
    const found = mentionsIn(p.text);
    paragraphMentions.set(p.n, found);
    let chairSpoke = false;
    // The paragraph's mentions are in order: each sentence's are read from where the last one's ended.
    let from = 0;
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k];
      const n = k + 1;
      while (from < found.length && found[from].start < s.start) from++;
      const inSentence: Mention[] = [];
      for (let i = from; i < found.length && found[i].start < s.end; i++) {
        const m = found[i];
        if (m.end <= s.end) inSentence.push({ ...m, start: m.start - s.start, end: m.end - s.start });
      }
      const reading = readSentence(s.text, ctx, inSentence);
      switch (reading.type) {
        case 'narrative':
          current = [];
          continue;
        case 'other-subject': {
          // "Iran, while disappointed with parts of the report, will not…": the current speaker, named again, goes on.
          const same = current.filter((c) => c.speaker === reading.speaker);
          for (const seg of same) addSentence(seg, p, n, s);
          current = same;
          continue;
        }
        case 'unresolved':
          unattributed.push({ at: { paragraph: p.n, sentence: n }, span: { start: p.start + s.start, end: p.start + s.end }, cue: reading.cue });
          current = [];
          continue;
        case 'continues':
          for (const seg of current) addSentence(seg, p, n, s);
          continue;
        case 'speakers': {
          const main = reading.speakers;
          const ids = main.map((x) => x.speaker);
          // The same speaker named again ("Brazil added…"), one of a joint statement's speakers going
          // on alone, or someone named in the last sentence's side clause taking it up.
          const continued =
            main.length > 0 && !reading.again && (reading.role === 'subject' || reading.role === 'after')
              ? main.map((sp) => [...current, ...lastSide].find((c) => c.speaker === sp.speaker && sameFacilitator(c, sp)))
              : [];
          let opened: Segment[] = [];
          if (main.length > 0 && continued.length === main.length && continued.every((c) => c !== undefined)) {
            opened = continued as Segment[];
            for (const seg of opened) addSentence(seg, p, n, s);
          } else if (main.length) {
            const joint = main.length > 1;
            opened = main.map((sp) =>
              open({ ...sp, surface: reading.cue, again: reading.again }, s.text, {
                ...(joint ? { joint: ids.filter((id) => id !== sp.speaker) } : {}),
                ...(reading.role === 'support' || reading.role === 'oppose' ? { support: reading.role } : {}),
              }),
            );
            for (const seg of opened) addSentence(seg, p, n, s);
          }
          const side: Segment[] = [];
          for (const role of ['with', 'support', 'oppose'] as const) {
            const same = reading.side.filter((x) => x.role === role && !ids.includes(x.speaker));
            for (const sp of same) {
              const seg = open({ ...sp, surface: reading.cue, again: false }, s.text, {
                ...(role === 'with' ? {} : { support: role }),
                ...(same.length > 1 ? { joint: same.filter((x) => x !== sp).map((x) => x.speaker) } : {}),
              });
              addSentence(seg, p, n, s);
              side.push(seg);
            }
          }
          current = opened.length ? opened : side;
          lastSide = opened.length ? side : [];
          if (ids.includes('chair')) chairSpoke = true;
          continue;
        }
      }
    }
    // The Chair announcing the next topic sets the agenda for the turns that follow.
    if (chairSpoke || current.some((c) => c.speaker === 'chair')) {
      const phrase = phraseOf();
      if (phrase) agenda = phrase;
    } else if (!segments.some((seg) => seg.pieces.some((x) => x.p === p))) {
      const phrase = phraseOf();
      if (phrase) agenda = phrase;
    }
  }

  const kept = segments.filter((s) => s.pieces.length > 0);
  if (kept.length < segments.length) warnings.push(`${segments.length - kept.length} speaker line(s) had no text after them`);
  if (kept.length === 0) warnings.push('no speaker was recognised: the reading has no statements');
  if (unattributed.length) warnings.push(`${unattributed.length} sentence(s) name a speaker that was not recognised: they are left for review`);
  return { segments: kept, unattributed, warnings };
}

// What only the presiding officer says: opening the meeting, giving the floor.
const PRESIDES =
  /\b(?:is (?:now |hereby )?called to order|I (?:now )?(?:give|call on|invite|recogni[sz]e)[^.]{0,40}\b(?:the floor|to take the floor)|(?:you|who) (?:now )?(?:have|has) the floor|the floor is (?:now )?(?:yours|open|given)|I (?:now )?declare (?:open|closed)|the meeting (?:is|stands) adjourned|I now (?:give|pass) the floor)\b/i;

/** A person heading a transcript who opens the meeting and gives the floor is its Chair. */
function presides(turn: Segment, names: KnownNames): void {
  const name = turn.person?.name ?? turn.cue.replace(/^(?:Ambassador|Amb\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.E\.?)\s+/i, '');
  names.learnChair(name, 'chair');
  turn.speaker = 'chair';
  turn.speakerKind = 'chair';
}

function kindOfCue(cue: SpeakerCue): SpeakerKind {
  switch (cue.speakerKind) {
    case 'state':
      return 'state';
    case 'group':
      return 'group';
    case 'organisation':
      return 'organisation';
    default:
      return clauseSpeaker({ start: 0, end: 0, surface: '', ref: { kind: 'role', id: cue.speaker } }).kind;
  }
}

/** Two co-facilitators share the speaker id 'facilitator'; their names tell their turns apart. */
function sameFacilitator(seg: Segment, sp: ClauseSpeaker): boolean {
  return seg.speaker !== 'facilitator' || !seg.person || !sp.person || seg.person.name === sp.person.name;
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
  const unattributed: Unattributed[] = [];
  let start = 0;
  while (start < paragraphs.length && isHeaderLine(paragraphs[start].text)) start++;
  const header = paragraphs.slice(0, Math.max(start, 1));
  const cue = author ? authorCue(author) : authorFromTitle(header);
  if (!cue) {
    warnings.push('the author could not be recognised from the title; pass the author to attribute the text');
    return { segments: [], unattributed, warnings };
  }
  const segments: Segment[] = [];
  let current: Segment | null = null;
  const open = (heading: string | null): Segment => {
    const seg: Segment = {
      speaker: cue.speaker,
      speakerKind: kindOfCue(cue),
      deliveredBy: cue.deliveredBy,
      onBehalfOf: cue.onBehalfOf,
      pieces: [],
      tookFloorAgain: false,
      cue: cue.surface,
      agendaPhrase: null,
      heading,
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
    current.pieces.push(wholeParagraph(p));
  }
  const kept = segments.filter((s) => s.pieces.length > 0);
  if (kept.length === 0) warnings.push('the document has a title but no text to attribute');
  return { segments: kept, unattributed, warnings };
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
