/**
 * Checks a consensus-report draft: six-pillar balance, agreed-language provenance with the kinds of
 * change negotiators fight over, law/norm confusion and neutrality. Pure: no database, no network.
 *
 * Paragraphs are read with splitUnParagraphs in its draft mode: "1.", "13 (a)", and a line break
 * always ends a paragraph ("¶n" ids for unnumbered ones; a short line without final punctuation is a
 * heading). A sentence reports every agreed source it draws on (`sources`, primary first, each with
 * its aligned spans); `match` is the primary, for consumers that show one. The reuse checks (modal,
 * negation, qualifier, new term) compare each source's stretch with its own agreed words. Headings are not sentences; they give their pillars to following
 * sentences that have no pillar term of their own (after the sentence's own paragraph is tried).
 * Whole-draft flags (pillar-underweight, omitted-position) sit on one pseudo-sentence appended last,
 * with paragraph 'document', empty text, no pillars and no match; it is present only when it has flags.
 *
 * @example
 *   const index = buildReferenceIndex([{ symbol: 'A/TEST/1', text: agreed }]);
 *   const result = checkDraft('1. States must not knowingly allow …', index);
 *   result.sentences[0].flags // [{ kind: 'modal-changed', explanation: 'Modal verb changed … “should” → “must”.' }]
 */
import type { PillarId } from '../../framework/catalogue/types.ts';
import { matchSources, sourceOf } from '../provenance/sources.ts';
import type { ReferenceIndex } from '../provenance/referenceIndex.ts';
import { tokenize } from '../tokenize.ts';
import { splitUnParagraphs } from '../provenance/unParagraphs.ts';
import { balance, underweightFlags } from './balance.ts';
import { CheckError } from './errors.ts';
import { evaluativeFlags } from './evaluative.ts';
import { lawNormFlags } from './lawNorm.ts';
import { majorityFlags } from './majority.ts';
import { modalFlags } from './modal.ts';
import { negationFlags } from './negation.ts';
import { newTermFlags } from './newTerm.ts';
import { omittedPositionFlags } from './omittedPosition.ts';
import { classifyPillars, pillarScores, type DraftLexicon } from '../lexicon.ts';
import { qualifierFlags } from './qualifier.ts';
import { splitSentences } from '../sentences.ts';
import { DOCUMENT, FLAG_KINDS, type Flag, type CheckOptions, type CheckResult, type SentenceCheck, type SentenceContext } from './types.ts';

export type { CheckOptions, CheckResult, Flag, FlagKind, SentenceCheck, StanceEntry } from './types.ts';
export { FLAG_KINDS, DOCUMENT } from './types.ts';
export { CheckError } from './errors.ts';

interface Working {
  paragraph: string;
  text: string;
  words: string[];
  own: PillarId[];
  scores: Map<PillarId, number>;
  section: PillarId[];
}

function readDraft(draftText: string, fw?: DraftLexicon): Working[] {
  const out: Working[] = [];
  let section: PillarId[] = [];
  for (const p of splitUnParagraphs(draftText, { lineBreaks: 'paragraph' })) {
    if (p.kind === 'heading') {
      section = classifyPillars(tokenize(p.text).words, fw);
      continue;
    }
    for (const s of splitSentences(p.text)) {
      const words = tokenize(s.text).words;
      if (words.length === 0) continue;
      out.push({ paragraph: p.paragraph, text: s.text, words, own: classifyPillars(words, fw), scores: pillarScores(words, fw), section });
    }
  }
  return out;
}

function pillarsOf(w: Working, all: Working[]): PillarId[] {
  if (w.own.length) return w.own;
  const siblings = all.filter((x) => x.paragraph === w.paragraph && x.own.length);
  if (siblings.length) {
    const count = new Map<PillarId, number>();
    for (const s of siblings) for (const p of s.own) count.set(p, (count.get(p) ?? 0) + 1);
    return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
  }
  return w.section;
}

/** Flags of several sources, one list: a kind's flags stay together, in source order, repeats dropped. */
function mergeFlags(lists: Flag[][]): Flag[] {
  const out: Flag[] = [];
  const seen = new Set<string>();
  for (const kind of FLAG_KINDS) {
    for (const list of lists) {
      for (const f of list) {
        if (f.kind !== kind || seen.has(f.explanation)) continue;
        seen.add(f.explanation);
        out.push(f);
      }
    }
  }
  return out;
}

export function checkDraft(draftText: string, index: ReferenceIndex | null, opts: CheckOptions = {}): CheckResult {
  const working = readDraft(draftText, opts.framework);
  if (working.length === 0) throw new CheckError('check.empty_draft', 'The draft has no words to check. Choose the file that holds the draft text.');
  const speakers = (opts.stanceMap ?? []).flatMap((e) => e.speakers);

  const sentences: SentenceCheck[] = working.map((w) => {
    const pillars = pillarsOf(w, working);
    const matches = index ? matchSources(index, w.text) : [];
    const match = matches[0] ?? null;
    const ctx: SentenceContext = { text: w.text, words: w.words, pillars, section: w.section, match, index, framework: opts.framework };
    const reuse = (m: typeof match) => {
      const c = { ...ctx, match: m };
      return [...modalFlags(c), ...negationFlags(c), ...qualifierFlags(c), ...newTermFlags(c)];
    };
    const flags = [
      ...(matches.length > 1 ? mergeFlags(matches.map(reuse)) : reuse(match)),
      ...lawNormFlags(ctx),
      ...evaluativeFlags(ctx),
      ...majorityFlags(ctx, speakers),
    ];
    return {
      paragraph: w.paragraph,
      text: w.text,
      pillars,
      match: match && { symbol: match.symbol, paragraph: match.paragraph, similarity: match.similarity, diff: match.diff },
      flags,
      sources: matches.map(sourceOf),
    };
  });

  const b = balance(
    sentences.map((s, k) => {
      const own = working[k].scores;
      const total = [...own.values()].reduce((x, y) => x + y, 0);
      const weights = own.size ? Object.fromEntries([...own].map(([p, n]) => [p, n / total])) : undefined;
      return { paragraph: s.paragraph, words: working[k].words.length, pillars: s.pillars, weights };
    }),
  );
  const documentFlags = [
    ...underweightFlags(b.exactWords, b.totalWords, opts.minPillarShare ?? 0.08),
    ...(opts.stanceMap?.length ? omittedPositionFlags(working, opts.stanceMap) : []),
  ];
  if (documentFlags.length) sentences.push({ paragraph: DOCUMENT, text: '', pillars: [], match: null, flags: documentFlags, sources: [] });
  return { sentences, balance: b.balance, missingPillars: b.missingPillars };
}
