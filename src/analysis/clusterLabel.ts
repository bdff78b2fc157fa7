import { isStopWord, stem } from './textVectors.ts';

/**
 * A cluster of challenges named by a phrase in the States' own words ("shortage of trained
 * cybersecurity staff"), not by stems ("shortag · train · staff").
 *
 * Candidates are the word sequences of 1–6 words inside one clause of a member text that begin and
 * end with a content word (not ending on a participle such as "skilled") and hold only short
 * connectors ("of", "between", "and") or words every report uses ("cybersecurity") inside. A candidate
 * is scored by how many members say it (the share of members whose content stems contain the
 * candidate's stems in order) times how much its stems weigh in the cluster's centroid; ties go to
 * the shorter phrase, then to the more frequent wording. Candidates come only from `quotable` texts
 * (the reader may read them), so a label never repeats a restricted report's words; coverage is
 * counted over every member, which is the aggregate the cluster already shows.
 */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'between', 'with', 'among', 'by', 'a', 'an', 'from', 'at']);
// Openings and verbs of report prose that start or end a clause but name nothing.
const FILLER = new Set(['main', 'challenge', 'challenges', 'face', 'faces', 'facing', 'persistent', 'obstacle', 'obstacles', 'difficulty', 'difficulties',
  'remains', 'remain', 'constrained', 'hampered', 'implementation', 'progress', 'which', 'there', 'also', 'our', 'slows', 'means', 'makes', 'leaves']);
// Words every report uses: they weigh nothing, but may sit inside a phrase ("trained cybersecurity staff").
const INNER = new Set(['cyber', 'cybersecurity', 'ict', 'icts', 'national', 'government', 'state', 'states', 'security', 'new', 'current']);
const MAX_WORDS = 6;

interface Word { surface: string; stem: string | null }

/**
 * The clauses of a text as words, each with a weight: in "X, which Y" the challenge is X and Y
 * its consequence ("…, which slows implementation"), so a clause after "which" counts half.
 */
function clauses(text: string): Array<{ words: Word[]; weight: number }> {
  const toWords = (clause: string) => clause.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).map((surface) => {
    const w = surface.toLowerCase();
    const content = w.length >= 3 && !isStopWord(w) && !FILLER.has(w) && !/^\d+$/.test(w);
    return { surface, stem: content ? stem(w) : null };
  });
  return text.split(/[.;:!?()\u3002\u061B\u061F]|,\s*(?=(?:while|but|and)\b)/iu).flatMap((part) =>
    part.split(/\bwhich\b/iu).map((clause, k) => ({ words: toWords(clause), weight: k === 0 ? 1 : 0.5 })))
    .filter((c) => c.words.length > 0);
}

const contains = (seq: string[], part: string[]) => {
  outer: for (let i = 0; i + part.length <= seq.length; i++) { for (let j = 0; j < part.length; j++) if (seq[i + j] !== part[j]) continue outer; return true; }
  return false;
};

export function clusterLabel(quotable: string[], allMembers: string[], weights: Map<string, number>): string | null {
  if (!quotable.length) return null;
  const memberStems = allMembers.map((t) => clauses(t).flatMap((c) => c.words.flatMap((w) => (w.stem ? [w.stem] : []))));
  const candidates = new Map<string, { stems: string[]; forms: Map<string, number>; weight: number }>();
  for (const text of quotable) {
    for (const { words: clause, weight: clauseWeight } of clauses(text)) {
      for (let i = 0; i < clause.length; i++) {
        if (!clause[i]!.stem) continue;
        for (let j = i; j < Math.min(clause.length, i + MAX_WORDS); j++) {
          const w = clause[j]!;
          if (!w.stem) { const lw = w.surface.toLowerCase(); if (!CONNECTORS.has(lw) && !INNER.has(lw)) break; continue; }
          // A phrase names a thing: it does not end on a participle ("shortage of skilled").
          if (j > i && /ed$/i.test(w.surface)) continue;
          const words = clause.slice(i, j + 1);
          const stems = words.flatMap((x) => (x.stem ? [x.stem] : []));
          const key = stems.join(' ');
          const form = words.map((x) => x.surface).join(' ');
          const c = candidates.get(key) ?? { stems, forms: new Map(), weight: 0 };
          c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
          c.weight = Math.max(c.weight, clauseWeight);
          candidates.set(key, c);
        }
      }
    }
  }
  let best: { score: number; words: number; freq: number; form: string } | null = null;
  for (const c of candidates.values()) {
    const weight = c.weight * c.stems.reduce((s, x) => s + (weights.get(x) ?? 0), 0);
    if (weight <= 0) continue;
    const coverage = memberStems.filter((m) => contains(m, c.stems)).length / Math.max(1, memberStems.length);
    const [form, freq] = [...c.forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]!;
    const score = Math.round(coverage * weight * 1e6) / 1e6;
    const words = form.split(' ').length;
    if (!best || score > best.score || (score === best.score && (words < best.words || (words === best.words && freq > best.freq)))) best = { score, words, freq, form };
  }
  if (!best) return null;
  // Lower-case the first letter unless the word is an acronym or a name written in capitals throughout.
  const f = best.form;
  return /^[\p{Lu}][\p{Ll}]/u.test(f) ? f[0]!.toLowerCase() + f.slice(1) : f;
}
