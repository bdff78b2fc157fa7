import type { PillarId } from '../../framework/catalogue/types.ts';
import { attribute, type Segment } from './attribution.ts';
import { defaultClassifier } from './classify.ts';
import { detectKind } from './kind.ts';
import { splitParagraphs } from './paragraphs.ts';
import { findProposals, type ProposalFindings } from './proposals.ts';
import { statesMentioned } from './speakers.ts';
import { defaultStanceReader, type SentenceStance } from './stance.ts';
import { tokenize } from './terms.ts';
import type { DocumentKind, Paragraph, Reading, ReadStatement, Tag } from './types.ts';

export interface ReadOptions {
  /** The document's kind; detected from its shape when absent. */
  kind?: DocumentKind;
  /** The author of a paper or statement (a name or id), when its title does not say. */
  author?: string;
  /** Skip stances and proposals: segmentation, attribution and classification only. */
  skipPositions?: boolean;
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
  const attribution = attribute(paragraphs, kind, { author: opts.author });
  warnings.push(...attribution.warnings);

  const classifier = defaultClassifier();
  const stanceReader = opts.skipPositions ? null : defaultStanceReader();
  const found: SentenceStance[][] = [];
  const statements: ReadStatement[] = attribution.segments.map((seg, i) => {
    const body = seg.paragraphs.map((p) => p.text).join('\n');
    // The presiding officer's and the Secretariat's remarks are about the meeting, not contributions
    // to its topic: their pillars come from their own words only.
    const neutral = seg.speaker === 'chair' || seg.speaker === 'secretariat';
    const agendaPillars = neutral ? [] : classifier.agendaPillars(seg.agendaPhrase);
    const agenda = agendaPillars.length ? { pillars: agendaPillars, phrase: seg.agendaPhrase! } : null;
    const c = classifier.classify(tokenize(body), agenda);
    let pillars = c.pillars;
    let tags: Tag[] = c.tags;
    if (seg.heading !== null) {
      // A paper's section is about what its heading names; the body's passing mentions are not.
      const hp = classifier.headingPillar(seg.heading);
      pillars = hp ? [hp] : [];
      tags = [
        ...(hp ? [{ pillar: hp, confidence: 0.9, explanation: `section heading: "${seg.heading}"` }] : []),
        ...c.tags.filter((t) => 'element' in t),
      ];
    }
    // A stance is a delegation's; the Chair and the Secretariat conduct the meeting.
    found.push(stanceReader && !neutral ? stanceReader.read({ paragraphs: seg.paragraphs, agendaPhrase: seg.agendaPhrase, agendaPillars }) : []);
    const statement: ReadStatement = {
      order: i + 1,
      speaker: seg.speaker,
      speakerKind: 'state',
      ...(seg.deliveredBy ? { deliveredBy: seg.deliveredBy } : {}),
      ...(seg.onBehalfOf ? { onBehalfOf: seg.onBehalfOf } : {}),
      paragraphs: seg.paragraphs.map((p) => p.n),
      sentences: { from: { paragraph: seg.paragraphs[0].n, sentence: 1 }, to: { paragraph: seg.paragraphs[seg.paragraphs.length - 1].n, sentence: 1 } },
      tookFloorAgain: seg.tookFloorAgain,
      pillars: pillars as PillarId[],
      elements: c.elements,
      stances: [],
      tags,
      span: { start: seg.paragraphs[0].start, end: seg.paragraphs[seg.paragraphs.length - 1].end },
      speakerCue: seg.cue,
    };
    return statement;
  });

  let proposals: Reading['proposals'] = [];
  if (!opts.skipPositions) {
    const props = findProposals(attribution.segments.map((s, i) => ({ order: i + 1, speaker: s.speaker, deliveredBy: s.deliveredBy, paragraphs: s.paragraphs })), paragraphs);
    inheritStances(found, props);
    proposals = props.proposals.map(({ statementOrder: _o, sentenceStart: _s, ...p }) => p);
  }
  statements.forEach((st, i) => { st.stances = found[i].map(({ paragraph: _p, sentenceStart: _s, ...rest }) => rest); });

  return {
    kind,
    statements,
    unattributed: [],
    proposals,
    mentions: mentionsBeside(paragraphs, attribution.segments, SINGLE_AUTHOR.has(kind) ? attribution.segments[0] : undefined),
    agenda: [...new Set(attribution.segments.flatMap((s) => classifier.agendaPillars(s.agendaPhrase)))],
    warnings,
  };
}

/**
 * Supporting another's proposal is taking the proposal's stance on questions the supporter did not
 * address directly (Guatemala backing Mexico's reporting proposal supports national reports).
 */
function inheritStances(stances: SentenceStance[][], found: ProposalFindings): void {
  for (const link of found.links) {
    if (link.stance !== 'supports') continue;
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

function mentionsBeside(paragraphs: Paragraph[], segments: Segment[], author?: Segment): Record<string, string[]> {
  const speakerOf = new Map<number, Segment>();
  for (const s of segments) {
    for (const p of s.paragraphs) speakerOf.set(p.n, s);
    if (s.labelParagraph) speakerOf.set(s.labelParagraph, s);
  }
  const out: Record<string, string[]> = {};
  for (const p of paragraphs) {
    const seg = speakerOf.get(p.n);
    const states = statesMentioned(p.text).filter((id) => id !== seg?.speaker && id !== seg?.deliveredBy && id !== author?.speaker && id !== author?.deliveredBy);
    if (states.length) out[String(p.n)] = states;
  }
  return out;
}
