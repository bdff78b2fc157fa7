import type { StanceValue } from '../framework/catalogue/types.ts';
import { splitParagraphs } from '../text/records/paragraphs.ts';
import { splitSentences } from '../text/sentences.ts';
import type { DocumentKind, Reading, ReadStatement, SpeakerKind } from '../text/records/types.ts';

/** A small invented event report with four speakers, a proposal and a premature stance. */
export const REPORT = `Informal meeting of the open-ended working group, session 2, meeting 3
Agenda item: regular institutional dialogue
The representative of New Zealand stated that a programme of action would give the dialogue a permanent home. New Zealand proposed that the Secretariat prepare a paper on the options for a programme of action.
The delegate of Brazil supported the proposal made by New Zealand and underlined that capacity-building must be demand-driven.
The Russian delegate considered that it was premature to create a new permanent body before the current mandate ends.
She also stated that any new mechanism should be decided by consensus.
The Chair thanked delegations.`;

export const enc = (s: string) => new TextEncoder().encode(s);

/** One statement of a hand-made reading: sentences as [paragraph, sentence]; `to` 'end' = the paragraph's last sentence. */
export interface StatementSpec {
  speaker: string;
  from: [number, number];
  to: [number, number | 'end'];
  kind?: SpeakerKind;
  deliveredBy?: string;
  joint?: string[];
  person?: { name: string; affiliation?: string };
  supportsProposal?: number;
  stances?: Array<{ question: string; value: StanceValue; evidence: string }>;
  cue?: string;
}

/**
 * A Reading of `text` built by hand, for tests of what is stored while the reader itself changes:
 * spans are computed from the sentences as the reader splits them. With `paragraphModel`, sentence
 * numbers are given the way the paragraph-level reader gave them (sentence 1 at both ends) while
 * the span covers the whole paragraphs.
 */
export function handReading(
  text: string,
  specs: StatementSpec[],
  extra: {
    unattributed?: Array<[number, number, string]>;
    proposals?: Array<{ by: string; at: [number, number]; summary: string; supportedBy?: string[] }>;
    paragraphModel?: boolean;
    kind?: DocumentKind;
  } = {},
): Reading {
  const paragraphs = new Map(splitParagraphs(text).map((p) => [p.n, p]));
  const sentence = (p: number, s: number | 'end') => {
    const para = paragraphs.get(p);
    if (!para) throw new Error(`no paragraph ${p}`);
    const all = splitSentences(para.text);
    const x = s === 'end' ? all[all.length - 1] : all[s - 1];
    if (!x) throw new Error(`no sentence ${p}.${s}`);
    return { n: s === 'end' ? all.length : s, start: para.start + x.start, end: para.start + x.end };
  };
  const statements: ReadStatement[] = specs.map((sp, i) => {
    const a = sentence(sp.from[0], sp.from[1]);
    const b = sentence(sp.to[0], sp.to[1]);
    const run: number[] = [];
    for (let n = sp.from[0]; n <= sp.to[0]; n++) run.push(n);
    return {
      order: i + 1,
      speaker: sp.speaker,
      speakerKind: sp.kind ?? (/^[A-Z]{3}$/.test(sp.speaker) ? 'state' : 'person'),
      ...(sp.deliveredBy ? { deliveredBy: sp.deliveredBy } : {}),
      ...(sp.person ? { person: sp.person } : {}),
      paragraphs: run,
      sentences: extra.paragraphModel
        ? { from: { paragraph: sp.from[0], sentence: 1 }, to: { paragraph: sp.to[0], sentence: 1 } }
        : { from: { paragraph: sp.from[0], sentence: a.n }, to: { paragraph: sp.to[0], sentence: b.n } },
      ...(sp.joint ? { joint: sp.joint } : {}),
      ...(sp.supportsProposal != null ? { supportsProposal: sp.supportsProposal } : {}),
      tookFloorAgain: false,
      pillars: [],
      elements: [],
      tags: [],
      stances: (sp.stances ?? []).map((x) => ({ ...x, confidence: 0.8, explanation: 'hand-made' })),
      span: extra.paragraphModel ? { start: paragraphs.get(sp.from[0])!.start, end: paragraphs.get(sp.to[0])!.end } : { start: a.start, end: b.end },
      speakerCue: sp.cue ?? sp.speaker,
    };
  });
  return {
    kind: extra.kind ?? 'event-report',
    statements,
    mentions: {},
    agenda: [],
    warnings: [],
    unattributed: (extra.unattributed ?? []).map(([p, s, cue]) => {
      const x = sentence(p, s);
      return { at: { paragraph: p, sentence: s }, span: { start: x.start, end: x.end }, cue };
    }),
    proposals: (extra.proposals ?? []).map((p) => {
      const x = sentence(p.at[0], p.at[1]);
      return { by: p.by, paragraph: p.at[0], summary: p.summary, supportedBy: p.supportedBy ?? [], opposedBy: [], span: { start: x.start, end: x.end } };
    }),
  };
}
