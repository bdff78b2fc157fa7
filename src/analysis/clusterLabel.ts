import { tokenize } from '../text/tokenize.ts';
import { termOf } from '../text/vectors.ts';

/**
 * A cluster of challenges named by a phrase in the States' own words ("shortage of trained
 * cybersecurity staff"), not by stems ("shortag · train · staff").
 *
 * Candidates are runs of up to 10 words (6 content words) inside one clause of a member text that
 * start on a heavy stem of the cluster's centroid, hold at most one lighter content word, do not end
 * on a participle ("shortage of skilled") and have only connectors ("of", "between", "among") or
 * words every report uses ("cybersecurity") between their content words. A candidate is scored by
 * how many members say it (the share of members whose content stems contain the candidate's stems in
 * order) times how much its stems weigh in the centroid (half in a clause after "which": the
 * consequence, not the challenge); at equal score the longer phrase wins (said by exactly as many
 * members, it is the whole phrase), then the more frequent wording. Candidates come only from
 * `quotable` texts (the reader may read them), so a label never repeats a restricted report's words;
 * coverage is counted over every member, which is the aggregate the cluster already shows.
 */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'between', 'with', 'among', 'by', 'a', 'an', 'from', 'at']);
// Openings and verbs of report prose that start or end a clause but name nothing.
const FILLER = new Set([
  'main',
  'challenge',
  'challenges',
  'face',
  'faces',
  'facing',
  'persistent',
  'obstacle',
  'obstacles',
  'difficulty',
  'difficulties',
  'remains',
  'remain',
  'constrained',
  'hampered',
  'implementation',
  'progress',
  'which',
  'there',
  'also',
  'our',
  'slows',
  'means',
  'makes',
  'leaves',
]);
// Words every report uses: they weigh nothing, but may sit inside a phrase ("trained cybersecurity staff").
const INNER = new Set(['cyber', 'cybersecurity', 'ict', 'icts', 'national', 'government', 'state', 'states', 'security', 'new', 'current']);
// At most six content words, ten in all: "low awareness of ICT security among senior officials".
const MAX_CONTENT = 6;
const MAX_WORDS = 10;
const MAX_SOURCES = 8;

interface Word {
  surface: string;
  stem: string | null;
}

/**
 * The clauses of a text as words, each with a weight: in "X, which Y" the challenge is X and Y
 * its consequence ("…, which slows implementation"), so a clause after "which" counts half.
 */
type Clauses = Array<{ words: Word[]; weight: number }>;
// The same challenge texts are labelled for every reader and every recompilation: keep their clauses.
const parsed = new Map<string, Clauses>();
const MAX_PARSED = 20_000;

function clauses(text: string): Clauses {
  let c = parsed.get(text);
  if (!c) {
    if (parsed.size >= MAX_PARSED) parsed.clear();
    c = parseClauses(text);
    parsed.set(text, c);
  }
  return c;
}

const lines = new Map<string, string>();
/** A text's content stems as one padded line: "contains these stems in order" is then a substring test. */
function stemLine(text: string): string {
  let l = lines.get(text);
  if (l === undefined) {
    if (lines.size >= MAX_PARSED) lines.clear();
    l = ` ${clauses(text)
      .flatMap((c) => c.words.flatMap((w) => (w.stem ? [w.stem] : [])))
      .join(' ')} `;
    lines.set(text, l);
  }
  return l;
}

function parseClauses(text: string): Clauses {
  const toWords = (clause: string) => {
    const t = tokenize(clause);
    return t.words.map((w, i) => ({ surface: clause.slice(t.starts[i], t.ends[i]), stem: FILLER.has(w) || CONNECTORS.has(w) ? null : termOf(w) }));
  };
  return text
    .split(/[.;:!?()\u3002\u061B\u061F]|,\s*(?=(?:while|but|and)\b)/iu)
    .flatMap((part) => part.split(/\bwhich\b/iu).map((clause, k) => ({ words: toWords(clause), weight: k === 0 ? 1 : 0.5 })))
    .filter((c) => c.words.length > 0);
}

export function clusterLabel(quotable: string[], allMembers: string[], weights: Map<string, number>): string | null {
  if (!quotable.length) return null;
  // Each member's content stems as one padded string: "contains these stems in order" is a substring test.
  const memberStems = allMembers.map(stemLine);
  const candidates = new Map<string, { stems: string[]; forms: Map<string, number>; weight: number }>();
  // Candidates from the quotable texts nearest the centre (callers pass them closest first).
  for (const text of quotable.slice(0, MAX_SOURCES)) {
    for (const { words: clause, weight: clauseWeight } of clauses(text)) {
      for (let i = 0; i < clause.length; i++) {
        // A label starts on a heavy stem of the centroid and holds at most one light one.
        if (!clause[i]!.stem || !weights.has(clause[i]!.stem!)) continue;
        // Grown one word at a time, so the key and the wording are extended, not rebuilt.
        let key = '';
        let form = '';
        const stems: string[] = [];
        let light = 0;
        for (let j = i; j < Math.min(clause.length, i + MAX_WORDS); j++) {
          const w = clause[j]!;
          form = j === i ? w.surface : `${form} ${w.surface}`;
          if (!w.stem) {
            const lw = w.surface.toLowerCase();
            if (!CONNECTORS.has(lw) && !INNER.has(lw)) break;
            continue;
          }
          // One word outside the heaviest stems may complete a phrase ("among senior officials").
          if (!weights.has(w.stem) && ++light > 1) break;
          if (stems.length === MAX_CONTENT) break;
          stems.push(w.stem);
          key = key ? `${key} ${w.stem}` : w.stem;
          // A phrase names a thing: it does not end on a participle ("shortage of skilled").
          if (j > i && /ed$/i.test(w.surface)) continue;
          let c = candidates.get(key);
          if (!c) {
            c = { stems: [...stems], forms: new Map(), weight: 0 };
            candidates.set(key, c);
          }
          c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
          if (clauseWeight > c.weight) c.weight = clauseWeight;
        }
      }
    }
  }
  let best: { score: number; words: number; freq: number; form: string } | null = null;
  for (const [key, c] of candidates) {
    const weight = c.weight * c.stems.reduce((s, x) => s + (weights.get(x) ?? 0), 0);
    if (weight <= 0) continue;
    const needle = ` ${key} `;
    let covered = 0;
    for (const m of memberStems) if (m.includes(needle)) covered++;
    const score = Math.round((covered / Math.max(1, memberStems.length)) * weight * 1e6) / 1e6;
    if (best && score < best.score) continue;
    let form = '';
    let freq = 0;
    for (const [f, n] of c.forms)
      if (n > freq || (n === freq && f.length < form.length)) {
        form = f;
        freq = n;
      }
    const words = form.split(' ').length;
    // At equal score the longer wording wins: said by exactly as many members, it is the whole phrase.
    if (!best || score > best.score || words > best.words || (words === best.words && freq > best.freq)) best = { score, words, freq, form };
  }
  if (!best) return null;
  // Lower-case the first letter unless the word is an acronym or a name written in capitals throughout.
  const f = best.form;
  return /^[\p{Lu}][\p{Ll}]/u.test(f) ? f[0]!.toLowerCase() + f.slice(1) : f;
}
