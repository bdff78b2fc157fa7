/**
 * new-term: a content word inside the reused stretch that the matched agreed passage does not have
 * (comparing stems, src/text/stem.ts, so "State"/"States" are one word) and that is rare in the whole reference
 * corpus: in at most max(2, 1% of passages) passages. A word common in agreed language is a different
 * choice of agreed words, not a new term; a rare or unseen one is what delegations will query.
 * Only words inside the reuse count (between its first and last identical word, or put in place of
 * an agreed word at its edge): a framing clause before agreed text ("The Group recalled that …") is
 * not a term introduced into it.
 */
import type { ReuseMatch } from '../provenance/match.ts';
import type { ReferenceIndex } from '../provenance/referenceIndex.ts';
import { stem } from '../stem.ts';
import { isContentWord } from '../stopWords.ts';
import { QUALIFIER_WORDS } from './qualifier.ts';
import { reuseRegions } from './reuse.ts';
import type { Flag, SentenceContext } from './types.ts';
import { flag, type Message } from './message.ts';

export function rareLimit(passages: number): number {
  return Math.max(2, Math.ceil(passages * 0.01));
}

function insideWords(match: ReuseMatch, index: ReferenceIndex): string[] {
  const ids = match.sentence.ids;
  const equal = match.steps.filter((st) => st.s >= 0 && st.p >= 0 && ids[st.s] >= 0 && ids[st.s] === index.ids[st.p]);
  if (equal.length === 0) return [];
  const first = equal[0].s;
  const last = equal[equal.length - 1].s;
  return match.steps.filter((st) => st.s >= 0 && ((st.s > first && st.s < last) || st.p >= 0)).map((st) => match.sentence.words[st.s]);
}

export function newTermFlags(ctx: SentenceContext): Flag[] {
  const r = reuseRegions(ctx);
  if (!r) return [];
  const { index, match } = r;
  const inPassage = new Set<string>();
  for (let p = index.passageStarts[match.passage]; p < index.passageStarts[match.passage + 1]; p++) inPassage.add(stem(index.words[index.ids[p]]));
  const limit = rareLimit(index.passageText.length);
  const found: Message[] = [];
  const seen = new Set<string>();
  for (const w of insideWords(match, index)) {
    if (!isContentWord(w) || QUALIFIER_WORDS.has(w) || inPassage.has(stem(w)) || seen.has(w)) continue;
    const id = index.vocab.get(w);
    const df = id === undefined ? 0 : index.wordDf[id];
    if (df > limit) continue;
    seen.add(w);
    found.push(
      df === 0
        ? { key: 'newTerm.unseen', params: { word: { quoted: [w] } } }
        : { key: 'newTerm.rare', params: { word: { quoted: [w] }, df, n: index.passageText.length } },
    );
  }
  if (found.length === 0) return [];
  return [flag('new-term', { key: 'newTerm', params: { source: r.source, terms: { parts: found, sep: 'comma' } } })];
}
