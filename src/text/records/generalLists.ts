import type { Mention } from './speakers.ts';
import { ADVERBS, VERB } from './vocabulary.ts';

/**
 * States named as examples of a generic head noun inside a sentence, as its speakers: "…, with
 * countries like Peru, Chile and Uruguay advocating…", "…, while others, like Cuba, called for…",
 * "…, while others, including a group led by Bolivia, opposed…". (A generic head opening the
 * sentence, "Several nations, including Fiji and Samoa, stressed…", is clauses.ts's namedInGeneral.)
 */

/** A cheap necessary test: the words that introduce such a list. Most sentences hold none. */
export function mayNameGenericList(sentence: string): boolean {
  return (sentence.includes('like ') && LIKE.test(sentence)) || sentence.includes('includ') || sentence.includes('such as') || sentence.includes('led by');
}

// "countries like", "others, like": not "would like to".
const LIKE = /s,?\s+like\s/;

// The generic head and its list word, after "with", "while", "whereas", "but" or ", and".
const INTRO =
  /(?:,\s*|\s)(?:with|while|whereas|but|and)\s+(?:(?:many|several|some|other|numerous|multiple|a few|a number of|various|most)\s+)?(?:other\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:countries|states|nations|delegations|delegates|others|participants|speakers|members|economies|groups)\s*,?\s+(?:including|like|such as|notably|among them|in particular)\s+(?:those\s+(?:of|from)\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?group\s+(?:of\s+[\w-]+\s+)?led\s+by\s+)?/gi;
// What follows the list: a reporting verb ("…, called for"), or a participle after "with" ("advocating").
const FINITE_AFTER = new RegExp(`^(?:,?\\s+and\\s+(?:several\\s+|many\\s+|some\\s+|a few\\s+)?others)?\\s*,?\\s+${ADVERBS}${VERB}(?!\\w)`, 'i');
// (No comma before the participle: "cooperation with countries such as A and B, including…" is a preposition's list.)
const PARTICIPLE_AFTER =
  /^(?:,?\s+and\s+(?:several\s+|many\s+|some\s+|a few\s+)?others)?\s+(?:also\s+|strongly\s+|notably\s+)?(?!being\b|having\b|facing\b|becoming\b|lacking\b|remaining\b|suffering\b|including\b|concerning\b|regarding\b|following\b|according\b|during\b|notwithstanding\b|pending\b|excluding\b|involving\b)[a-z]{3,}ing\b/i;

/**
 * The lists of such clauses found between `from` and `until`. `listFrom` gives the names listed from
 * an offset on (clauses.ts's own, passed in to keep this file free of it).
 */
export function genericListSpeakers(
  sentence: string,
  mentions: Mention[],
  from: number,
  until: number,
  listFrom: (sentence: string, mentions: Mention[], at: number) => Mention[],
): Mention[] {
  const out: Mention[] = [];
  INTRO.lastIndex = from;
  for (let m = INTRO.exec(sentence); m; m = INTRO.exec(sentence)) {
    const at = m.index + m[0].length;
    const list = listFrom(sentence, mentions, at).filter((x) => x.end <= until);
    // The list must open right where the head's list word ends.
    if (list.length === 0 || list[0].start - at > 4) continue;
    const tail = sentence.slice(list[list.length - 1].end);
    const withClause = /^(?:,\s*|\s)with\s/i.test(m[0]);
    if (FINITE_AFTER.test(tail) || (withClause && PARTICIPLE_AFTER.test(tail))) out.push(...list);
  }
  return out;
}
