import type { PillarId, ReaderFramework } from '../../framework/catalogue/types.ts';
import { attribute, paragraphsOf, type Attribution, type Piece, type Segment } from './attribution.ts';
import { defaultClassifier } from './classify.ts';
import { detectKind } from './kind.ts';
import { splitParagraphs } from './paragraphs.ts';
import { splitSentences } from '../sentences.ts';
import { findProposals, type ProposalFindings } from './proposals.ts';
import { statesMentioned } from './speakers.ts';
import { defaultStanceReader, type SentenceStance } from './stance.ts';
import { tokenize } from '../tokenize.ts';
import type { DocumentKind, Paragraph, Reading, ReadStatement, SpeakerKind, Tag } from './types.ts';

export interface ReadOptions {
  /** The document's kind; detected from its shape when absent. */
  kind?: DocumentKind;
  /** The author of a paper or statement (a name or id), when its title does not say. */
  author?: string;
  /** Skip stances and proposals: segmentation, attribution and classification only. */
  skipPositions?: boolean;
  /** The meeting's Chair, Vice-Chairs and facilitators by name, when the meeting record knows them. */
  chairs?: Array<{ name: string; role?: 'chair' | 'vice-chair' | 'facilitator'; affiliation?: string }>;
  /** The framework to read against (the database's current one); the compiled-in catalogue when absent. */
  framework?: ReaderFramework;
}

/**
 * Reads a meeting record or paper: who spoke in which paragraphs, on which pillars and elements,
 * with which stances and proposals. Pure: the same text gives the same reading.
 *
 * @example
 * const reading = readDocument(text, { kind: 'event-report' });
 * reading.statements[0] // { order: 1, speaker: 'NZL', paragraphs: [5], … }
 */
export function readDocument(text: string, opts: ReadOptions = {}): Reading {
  const paragraphs = splitParagraphs(text);
  const warnings: string[] = [];
  if (paragraphs.length === 0) {
    return { kind: opts.kind ?? 'other', statements: [], unattributed: [], proposals: [], mentions: {}, agenda: [], warnings: ['the document is empty'] };
  }
  const kind = opts.kind ?? detectKind(paragraphs);
  const attribution = attribute(paragraphs, kind, { author: opts.author, chairs: opts.chairs });
  warnings.push(...attribution.warnings);

  const classifier = defaultClassifier(opts.framework);
  const stanceReader = opts.skipPositions ? null : defaultStanceReader(opts.framework);
  const found: SentenceStance[][] = [];
  const statements: ReadStatement[] = attribution.segments.map((seg, i) => {
    const body = seg.pieces.map((x) => x.p.text.slice(x.start, x.end)).join('\n');
    // The presiding officer's and the Secretariat's remarks are about the meeting, not contributions
    // to its topic: their pillars come from their own words only.
    const neutral = NEUTRAL.has(seg.speakerKind);
    const agendaPillars = neutral ? [] : classifier.agendaPillars(seg.agendaPhrase);
    const agenda = agendaPillars.length ? { pillars: agendaPillars, phrase: seg.agendaPhrase! } : null;
    const c = classifier.classify(tokenize(body), agenda);
    let pillars = c.pillars;
    let tags: Tag[] = c.tags;
    if (seg.heading !== null) {
      // A paper's section is about what its heading names; the body's passing mentions are not.
      const hp = classifier.headingPillar(seg.heading);
      pillars = hp ? [hp] : [];
      tags = [...(hp ? [{ pillar: hp, confidence: 0.9, explanation: `section heading: "${seg.heading}"` }] : []), ...c.tags.filter((t) => 'element' in t)];
    }
    // A stance is a delegation's; the Chair and the Secretariat conduct the meeting.
    found.push(stanceReader && !neutral ? readStances(stanceReader, seg, agendaPillars) : []);
    const first = seg.pieces[0];
    const last = seg.pieces[seg.pieces.length - 1];
    const statement: ReadStatement = {
      order: i + 1,
      speaker: seg.speaker,
      speakerKind: seg.speakerKind,
      ...(seg.deliveredBy ? { deliveredBy: seg.deliveredBy } : {}),
      ...(seg.onBehalfOf ? { onBehalfOf: seg.onBehalfOf } : {}),
      ...(seg.person ? { person: seg.person } : {}),
      paragraphs: paragraphsOf(seg).map((p) => p.n),
      sentences: { from: { paragraph: first.p.n, sentence: first.first }, to: { paragraph: last.p.n, sentence: last.last } },
      ...(seg.joint?.length ? { joint: seg.joint } : {}),
      tookFloorAgain: seg.tookFloorAgain,
      pillars: pillars as PillarId[],
      elements: c.elements,
      stances: [],
      tags,
      span: { start: first.p.start + first.start, end: last.p.start + last.end },
      speakerCue: seg.cue,
    };
    return statement;
  });

  let proposals: Reading['proposals'] = [];
  if (!opts.skipPositions) {
    const props = findProposals(
      attribution.segments.map((s, i) => ({ order: i + 1, speaker: s.speaker, deliveredBy: s.deliveredBy, pieces: s.pieces, support: s.support })),
      paragraphs,
    );
    inheritStances(found, props, attribution.segments);
    echoStances(found, attribution.segments);
    for (const [order, proposal] of props.supportOf) statements[order - 1].supportsProposal = proposal;
    proposals = props.proposals.map(({ statementOrder: _o, sentenceStart: _s, ...p }) => p);
  }
  statements.forEach((st, i) => {
    st.stances = found[i].map(({ paragraph: _p, sentenceStart: _s, ...rest }) => rest);
  });

  return {
    kind,
    statements,
    unattributed: attribution.unattributed,
    proposals,
    mentions: mentionsBeside(paragraphs, attribution, SINGLE_AUTHOR.has(kind) ? attribution.segments[0] : undefined),
    agenda: [...new Set(attribution.segments.flatMap((s) => classifier.agendaPillars(s.agendaPhrase)))],
    warnings,
  };
}

const NEUTRAL = new Set<SpeakerKind>(['chair', 'secretariat', 'rapporteur']);

/**
 * A turn's stances. A speaker named as opposing ("Many, opposed by Russia, supported the PoA") takes
 * the opposite of the sentence's support there, and nothing weaker; its own later sentences speak for
 * themselves and win on the questions they address.
 */
function readStances(reader: NonNullable<ReturnType<typeof defaultStanceReader>>, seg: Segment, agendaPillars: PillarId[]): SentenceStance[] {
  const read = (pieces: Piece[]) => reader.read({ paragraphs: pieces.map(masked), agendaPhrase: seg.agendaPhrase, agendaPillars });
  if (seg.support !== 'oppose') return read(seg.pieces);
  const [first, ...rest] = seg.pieces;
  const opening = splitSentences(first.p.text.slice(first.start, first.end))[0];
  const openingEnd = first.start + (opening?.end ?? first.end - first.start);
  const openingPiece: Piece = { ...first, last: first.first, end: openingEnd };
  const after: Piece[] = [...(openingEnd < first.end ? [{ ...first, first: first.first + 1, start: openingEnd }] : []), ...rest];
  const own = after.length ? read(after) : [];
  const turned = read([openingPiece]).flatMap((s) => {
    if (own.some((o) => o.question === s.question)) return [];
    if (s.value !== 'supports' && s.value !== 'opposes') return [];
    return [
      {
        ...s,
        value: s.value === 'supports' ? ('opposes' as const) : ('supports' as const),
        explanation: `opposed what the sentence supports (${s.explanation})`,
      },
    ];
  });
  return [...own, ...turned];
}

/** A paragraph with only the statement's sentences kept: the rest blanked, so offsets stay the source's. */
function masked(x: Piece): Paragraph {
  if (x.start === 0 && x.end === x.p.text.length) return x.p;
  const t = x.p.text;
  return { ...x.p, text: ' '.repeat(x.start) + t.slice(x.start, x.end) + ' '.repeat(t.length - x.end) };
}

// "Belarus and Nicaragua associated themselves with this view", "Peru echoed that position".
const ECHO =
  /\b(?:associated? (?:themselves|itself|herself|himself) with|aligned (?:themselves|itself) with|echoed|shared|concurred with|agreed with|endorsed|supported|joined)\s+(?:this|that|these|those|the same|the previous|such an?)\s+(?:view|position|point|concern|concerns|views|positions|remarks?|statement|call|approach|stance)s?\b/i;

/**
 * A statement that takes up "this view" takes the stances of the statement before it by another
 * speaker, on the questions it does not address itself; the evidence is its own sentence.
 */
function echoStances(stances: SentenceStance[][], segments: Segment[]): void {
  segments.forEach((seg, i) => {
    if (NEUTRAL.has(seg.speakerKind)) return;
    const first = seg.pieces[0];
    const sentence = first.p.text.slice(first.start, first.end);
    const m = ECHO.exec(sentence);
    if (!m) return;
    let j = i - 1;
    while (j >= 0 && (segments[j].speaker === seg.speaker || (segments[j].pieces[0].p === first.p && segments[j].pieces[0].start === first.start))) j--;
    if (j < 0) return;
    for (const s of stances[j]) {
      if (stances[i].some((x) => x.question === s.question)) continue;
      const evidence = splitSentences(sentence).find((x) => ECHO.test(x.text))?.text ?? sentence;
      stances[i].push({
        ...s,
        evidence,
        confidence: Math.max(0.4, Math.round((s.confidence - 0.2) * 100) / 100),
        explanation: `takes up the view of ${segments[j].speaker} ("${m[0]}")`,
        paragraph: first.p.n,
        sentenceStart: first.start,
      });
    }
  });
}

/**
 * Supporting another's proposal is taking the proposal's stance on questions the supporter did not
 * address directly (Guatemala backing Mexico's reporting proposal supports national reports).
 */
function inheritStances(stances: SentenceStance[][], found: ProposalFindings, segments: Segment[]): void {
  for (const link of found.links) {
    // The Chair taking up a proposal conducts the meeting; it takes no stance.
    if (link.stance !== 'supports' || NEUTRAL.has(segments[link.order - 1].speakerKind)) continue;
    const proposal = found.proposals[link.proposal];
    const proposer = stances[proposal.statementOrder - 1];
    const supporter = stances[link.order - 1];
    for (const s of proposer) {
      if (s.value !== 'supports') continue;
      const after = s.paragraph > proposal.paragraph || (s.paragraph === proposal.paragraph && s.sentenceStart >= proposal.sentenceStart);
      if (!after || supporter.some((x) => x.question === s.question)) continue;
      const inherited: SentenceStance = {
        question: s.question,
        value: 'supports',
        evidence: link.sentence,
        confidence: Math.max(0.4, Math.round((s.confidence - 0.2) * 100) / 100),
        explanation: `supports the proposal by ${proposal.by} (paragraph ${proposal.paragraph}), which supports this`,
        paragraph: -1,
        sentenceStart: -1,
      };
      supporter.push(inherited);
    }
  }
}

const SINGLE_AUTHOR = new Set<DocumentKind>(['position-paper', 'statement', 'contribution']);

function mentionsBeside(paragraphs: Paragraph[], { segments, paragraphMentions }: Attribution, author?: Segment): Record<string, string[]> {
  const speakersOf = new Map<number, Set<string>>();
  const note = (n: number, seg: Segment) => {
    const set = speakersOf.get(n) ?? new Set<string>();
    set.add(seg.speaker);
    if (seg.deliveredBy) set.add(seg.deliveredBy);
    speakersOf.set(n, set);
  };
  for (const s of segments) {
    for (const x of s.pieces) note(x.p.n, s);
    if (s.labelParagraph) note(s.labelParagraph, s);
  }
  const out: Record<string, string[]> = {};
  for (const p of paragraphs) {
    const speaking = speakersOf.get(p.n);
    const known = paragraphMentions?.get(p.n);
    const mentioned = known ? [...new Set(known.filter((m) => m.ref.kind === 'state').map((m) => m.ref.id))] : statesMentioned(p.text);
    const states = mentioned.filter((id) => !speaking?.has(id) && id !== author?.speaker && id !== author?.deliveredBy);
    if (states.length) out[String(p.n)] = states;
  }
  return out;
}
