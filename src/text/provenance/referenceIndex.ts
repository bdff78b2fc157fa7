/**
 * The reference corpus of agreed language, indexed for provenance: every paragraph and sub-paragraph
 * of every document is a passage; its words are interned to integer ids in one flat array; a word
 * 4-gram index finds candidates and a 3-gram index serves short sentences.
 *
 * Why n = 4: a lightly edited passage (12 words, 2 changed) always keeps an unchanged run of 4 words
 * (10 words in at most 3 runs), so a 4-gram always survives; with n = 5 two well-placed edits can
 * leave none. Shorter n-grams would mostly be formulae shared by unrelated passages.
 */
import { tokenize } from '../tokenize.ts';
import { splitUnParagraphs } from './unParagraphs.ts';
import { buildNgramIndex, type NgramIndex } from './ngramIndex.ts';

export interface ReferenceDocument {
  /** UN symbol, e.g. 'A/70/174'. */
  symbol: string;
  /** Full text; split with splitUnParagraphs unless `paragraphs` is given. */
  text: string;
  /** Adopted by consensus: preferred when the same words appear in several documents. */
  consensus?: boolean;
  /** Already split paragraphs (e.g. from the database), used instead of splitting `text`. */
  paragraphs?: Array<{ paragraph: string; text: string }>;
}

export interface ReferenceIndexOptions {
  /** Main n-gram length (4). */
  n?: number;
  /** N-gram length for sentences shorter than `shortSentence` words, or when n finds nothing (3). */
  fallbackN?: number;
  /** Sentences with fewer words than this also search the fallback index (12). */
  shortSentence?: number;
  /** N-grams in more passages than this are dropped; default max(20, 0.2% of passages). */
  maxDf?: number;
  /** Candidates aligned per sentence (5). */
  topK?: number;
  /** A match must have a similarity above this (0.5); see match.ts for the measure. */
  threshold?: number;
  /** Fewest identical words for a match (5): shorter overlaps are phrases, not reuse. */
  minMatchedWords?: number;
  /** Unaligned words at either edge, up to this many, are compared as part of the reuse (4). */
  edgeWindow?: number;
}

export interface ReferenceIndex {
  options: Required<ReferenceIndexOptions>;
  vocab: Map<string, number>;
  /** id → normalised word. */
  words: string[];
  symbols: string[];
  consensus: boolean[];
  passageDoc: Int32Array;
  passageLabel: string[];
  passageText: string[];
  /** The heading and, for a sub-paragraph, the chapeau above a passage: what it is about. */
  passageContext: string[];
  /** Tokens of passage p are [passageStarts[p], passageStarts[p + 1]). */
  passageStarts: Int32Array;
  ids: Int32Array;
  /** Token spans relative to their passage's text. */
  starts: Int32Array;
  ends: Int32Array;
  /** 1 where a token opens a sentence or clause (after . ! ? ; :) in its passage. */
  clauseStart: Uint8Array;
  /** Passages containing each word id. */
  wordDf: Int32Array;
  main: NgramIndex;
  fallback: NgramIndex;
  /** Per-passage counters reused by every lookup (JavaScript is single-threaded). */
  scratch: Int32Array;
}

class GrowInt32 {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done() {
    return this.data.slice(0, this.length);
  }
}

/** Words whose full stop closes the abbreviation, not the clause ("Mr. Ban Ki-moon", "para. 13"). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'amb', 'no', 'nos', 'para', 'paras', 'art', 'arts', 'st', 'vol', 'op', 'cf', 'vs', 'rev']);

/** Whether the text between two tokens ends a sentence or clause; `word` is the token before. */
function endsClause(text: string, from: number, to: number, word: string): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . ! ? ; :  (a lone "." right after an abbreviation or an initial does not count)
    if (c === 46 && i === from && (word.length === 1 || ABBREVIATIONS.has(word)) && !/[.!?;:]/.test(text.slice(i + 1, to))) return false;
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58) return true;
  }
  return false;
}

/**
 * @example
 *   const index = buildReferenceIndex([{ symbol: 'A/TEST/1', text: '1. States should cooperate …' }]);
 *   findProvenance(index, 'States should cooperate …'); // { symbol: 'A/TEST/1', paragraph: '1', … }
 */
export function buildReferenceIndex(docs: ReferenceDocument[], opts: ReferenceIndexOptions = {}): ReferenceIndex {
  const vocab = new Map<string, number>();
  const words: string[] = [];
  const symbols: string[] = [];
  const consensus: boolean[] = [];
  const passageDoc: number[] = [];
  const passageLabel: string[] = [];
  const passageText: string[] = [];
  const passageContext: string[] = [];
  const passageStarts = new GrowInt32();
  const ids = new GrowInt32();
  const starts = new GrowInt32();
  const ends = new GrowInt32();
  const clause: number[] = [];

  docs.forEach((doc, d) => {
    symbols.push(doc.symbol);
    consensus.push(doc.consensus === true);
    const paragraphs = doc.paragraphs ?? splitUnParagraphs(doc.text);
    let heading = '';
    const chapeaux = new Map<string, string>();
    for (const para of paragraphs) {
      if ('kind' in para && para.kind === 'heading') {
        heading = para.text;
        continue;
      }
      const number = /^\d+/.exec(para.paragraph)?.[0];
      if (number && para.paragraph === number) chapeaux.set(number, para.text);
      const tokens = tokenize(para.text);
      if (tokens.words.length === 0) continue;
      passageDoc.push(d);
      passageLabel.push(para.paragraph);
      passageText.push(para.text);
      passageContext.push([heading, number && para.paragraph !== number ? (chapeaux.get(number) ?? '') : ''].filter(Boolean).join('\n'));
      passageStarts.push(ids.length);
      for (let k = 0; k < tokens.words.length; k++) {
        const w = tokens.words[k];
        let id = vocab.get(w);
        if (id === undefined) {
          id = words.length;
          vocab.set(w, id);
          words.push(w);
        }
        ids.push(id);
        starts.push(tokens.starts[k]);
        ends.push(tokens.ends[k]);
        clause.push(k === 0 || endsClause(para.text, tokens.ends[k - 1], tokens.starts[k], tokens.words[k - 1]) ? 1 : 0);
      }
    }
  });
  passageStarts.push(ids.length);

  const passages = passageText.length;
  const options: Required<ReferenceIndexOptions> = {
    n: 4,
    fallbackN: 3,
    shortSentence: 12,
    maxDf: Math.max(20, Math.ceil(passages * 0.002)),
    topK: 5,
    threshold: 0.5,
    minMatchedWords: 5,
    edgeWindow: 4,
    ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)),
  };
  const idArray = ids.done();
  const startArray = passageStarts.done();

  const wordDf = new Int32Array(words.length);
  const seen = new Int32Array(words.length).fill(-1);
  for (let p = 0; p < passages; p++) {
    for (let i = startArray[p]; i < startArray[p + 1]; i++) {
      const id = idArray[i];
      if (seen[id] !== p) {
        seen[id] = p;
        wordDf[id]++;
      }
    }
  }

  return {
    options,
    vocab,
    words,
    symbols,
    consensus,
    passageDoc: Int32Array.from(passageDoc),
    passageLabel,
    passageText,
    passageContext,
    passageStarts: startArray,
    ids: idArray,
    starts: starts.done(),
    ends: ends.done(),
    clauseStart: Uint8Array.from(clause),
    wordDf,
    main: buildNgramIndex(idArray, startArray, options.n, options.maxDf),
    fallback: buildNgramIndex(idArray, startArray, options.fallbackN, options.maxDf),
    scratch: new Int32Array(passages),
  };
}

/** Sizes of an index, for reports and benchmarks. */
export function referenceStats(index: ReferenceIndex) {
  return {
    documents: index.symbols.length,
    passages: index.passageText.length,
    words: index.ids.length,
    vocabulary: index.words.length,
    ngrams: index.main.keys.length,
    droppedNgrams: index.main.dropped,
  };
}
