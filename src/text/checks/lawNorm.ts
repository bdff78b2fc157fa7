/**
 * law-norm-confusion: norms are voluntary and non-binding; international law binds. Flags
 * 1. binding language ("obligation", "shall", "must", "legally binding") applied to a norm;
 * 2. voluntary language ("voluntary", "non-binding", "should") applied to international law;
 * 3. one term applied to a norm and a rule of law joined together ("norms and international law
 *    should …"), which mixes the two pillars.
 *
 * "Applied to" means: the nearest norm or law mention (catalogue lexicon terms) within 8 words of the
 * term. Mentions that are only a frame of reference ("consistent with international law", "under the
 * Charter") are not what a modal governs and are skipped. A binding term with "not"/"no"/"non" in the
 * three words before it is voluntary language ("not legally binding"), and "obligations under
 * international law" attaches the obligation to the law it names. A mention that belongs to both
 * pillars ("human rights") is ambiguous and never flagged. Terms attach only within their clause
 * (split at ";", ":" and at ", while / whereas / but …"), so "norms are non-binding, while
 * international law is binding" is two correct statements.
 * A term with no mention in its clause, in a sentence that reuses a sub-paragraph of agreed text,
 * takes the pillar of that sub-paragraph's chapeau ("… the following voluntary, non-binding norms:"):
 * "States must cooperate …" reused from a norm is binding language applied to that norm.
 */
import { elementById } from '../../framework/catalogue/index.ts';
import type { PillarId } from '../../framework/catalogue/types.ts';
import { PhraseMatcher, type PhraseHit } from '../phrases.ts';
import { classifyPillars, lexiconHits, type DraftLexicon } from '../lexicon.ts';
import { isNegation } from '../negation.ts';
import { tokenize } from '../tokenize.ts';
import type { ReferenceIndex } from '../provenance/referenceIndex.ts';
import { sourceName } from './reuse.ts';
import type { Flag, SentenceContext } from './types.ts';
import { flag, type Message, type Param } from './message.ts';

type Language = 'binding' | 'voluntary';
type Side = Extract<PillarId, 'norms' | 'international-law'>;

const language = new PhraseMatcher<Language>([
  ...[
    'obligation',
    'obligations',
    'obligatory',
    'shall',
    'must',
    'legally binding',
    'legally-binding',
    'binding',
    'mandatory',
    'binding obligations',
    'legal obligation',
    'legal obligations',
    'obliged to',
  ].map((phrase) => ({ phrase, tag: 'binding' as const })),
  ...['voluntary', 'voluntarily', 'non-binding', 'nonbinding', 'non binding', 'should', 'optional', 'on a voluntary basis'].map((phrase) => ({
    phrase,
    tag: 'voluntary' as const,
  })),
]);

const LANGUAGE_WORDS = new Set([
  'voluntary',
  'voluntarily',
  'non-binding',
  'nonbinding',
  'non',
  'binding',
  'obligation',
  'obligations',
  'legally',
  'shall',
  'must',
  'should',
  'mandatory',
  'legal',
]);
const FRAMES = [
  ['consistent', 'with'],
  ['in', 'accordance', 'with'],
  ['in', 'line', 'with'],
  ['under'],
  ['pursuant', 'to'],
  ['compatible', 'with'],
  ['with', 'respect', 'to'],
  ['in', 'conformity', 'with'],
  ['in', 'keeping', 'with'],
  ['respect', 'for'],
];
const FILLER = new Set(['the', 'existing', 'applicable', 'relevant', 'their', 'its', 'all']);
const COORDINATORS = new Set(['and', 'or', 'as', 'well', 'the', 'with', 'both']);
const WINDOW = 8;
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'although', 'though', 'however', 'unlike', 'yet']);

/** Clause number of each token. */
function clauses(text: string): number[] {
  const t = tokenize(text);
  const out: number[] = [];
  let c = 0;
  for (let k = 0; k < t.words.length; k++) {
    if (k > 0) {
      const gap = text.slice(t.ends[k - 1], t.starts[k]);
      if (/[;:]/.test(gap) || (gap.includes(',') && CLAUSE_OPENERS.has(t.words[k]))) c++;
    }
    out.push(c);
  }
  return out;
}

const chapeauPillars = new WeakMap<ReferenceIndex, Map<number, Side | null>>();

/**
 * 'norms' or 'international-law' when the reused passage sits under a chapeau about one of them.
 * Read with the 2025 lexicons whatever the draft's version: agreed text is the OEWG's and the Global
 * Mechanism's, and both versions carry the norms and law pillars over unchanged.
 */
function passageSide(index: ReferenceIndex, passage: number): Side | null {
  let cache = chapeauPillars.get(index);
  if (!cache) chapeauPillars.set(index, (cache = new Map()));
  if (!cache.has(passage)) {
    const chapeau = index.passageContext[passage].split('\n').slice(1).join(' ');
    const pillars = chapeau ? classifyPillars(tokenize(chapeau).words) : [];
    const norms = pillars.includes('norms');
    const law = pillars.includes('international-law');
    cache.set(passage, norms !== law ? (norms ? 'norms' : 'international-law') : null);
  }
  return cache.get(passage)!;
}

interface Mention {
  start: number;
  end: number;
  sides: Set<Side>;
  term: string;
  element: string | null;
}

function mentions(words: readonly string[], fw?: DraftLexicon): Mention[] {
  const out: Mention[] = [];
  for (const h of lexiconHits(words, fw)) {
    if (h.tag.pillar !== 'norms' && h.tag.pillar !== 'international-law') continue;
    if (h.phrase.split(' ').some((w) => LANGUAGE_WORDS.has(w))) continue;
    const same = out.find((m) => m.start === h.start && m.end === h.end);
    if (same) {
      same.sides.add(h.tag.pillar);
      same.element ??= h.tag.element;
    } else out.push({ start: h.start, end: h.end, sides: new Set([h.tag.pillar]), term: h.phrase, element: h.tag.element });
  }
  return out;
}

function framed(words: readonly string[], m: Mention): boolean {
  let i = m.start;
  while (i > 0 && FILLER.has(words[i - 1])) i--;
  return FRAMES.some((f) => f.every((w, k) => words[i - f.length + k] === w));
}

/** Longest language term at each position, with negated binding terms read as voluntary. */
function terms(words: readonly string[]): Array<PhraseHit<Language>> {
  const hits = language.match(words).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Array<PhraseHit<Language>> = [];
  for (const h of hits) {
    if (out.some((o) => h.start < o.end && h.end > o.start)) continue;
    const negated = h.tag === 'binding' && words.slice(Math.max(0, h.start - 3), h.start).some((w) => w === 'non' || isNegation(w)); // "non binding" written apart
    out.push(negated ? { ...h, tag: 'voluntary' } : h);
  }
  return out;
}

const distance = (t: { start: number; end: number }, m: Mention) => (m.start >= t.end ? m.start - t.end : t.start >= m.end ? t.start - m.end : 0);

function describe(m: Mention): Param {
  const element = m.element ? elementById(m.element) : undefined;
  return element ? { key: 'lawNorm.target', params: { term: { quoted: [m.term] }, id: element.id, title: { element: element.id } } } : { quoted: [m.term] };
}

export function lawNormFlags(ctx: SentenceContext): Flag[] {
  const words = ctx.words;
  const all = mentions(words, ctx.framework);
  const reused = ctx.match && ctx.index ? passageSide(ctx.index, ctx.match.passage) : null;
  if (all.length === 0 && !reused) return [];
  const clause = clauses(ctx.text);
  const open = all.filter((m) => !framed(words, m));
  const findings: Message[] = [];

  for (const t of terms(words)) {
    const after = words[t.end];
    const compound =
      t.tag === 'binding' &&
      (after === 'under' || after === 'of' || after === 'pursuant') &&
      all.some((m) => m.sides.has('international-law') && m.start >= t.end && m.start <= t.end + 4);
    if (compound) continue;
    const near = open.filter((m) => distance(t, m) <= WINDOW && clause[m.start] === clause[t.start]);
    if (near.length === 0) {
      const source = ctx.match ? sourceName(ctx.match) : '';
      if (reused === 'norms' && t.tag === 'binding') {
        findings.push({ key: 'lawNorm.bindingReused', params: { term: { quoted: [t.phrase] }, source } });
      } else if (reused === 'international-law' && t.tag === 'voluntary') {
        findings.push({ key: 'lawNorm.voluntaryReused', params: { term: { quoted: [t.phrase] }, source } });
      }
      continue;
    }
    const d = Math.min(...near.map((m) => distance(t, m)));
    const closest = near.filter((m) => distance(t, m) === d);
    const sides = new Set(closest.flatMap((m) => [...m.sides]));
    // A term shared by both pillars ("human rights") is read in the light of the reused passage.
    if (sides.size === 2 && reused) {
      sides.clear();
      sides.add(reused);
    }
    const target = closest[0];
    const partner = open.find((o) => {
      if (o === target || closest.includes(o)) return false;
      const [a, b] = o.start < target.start ? [o, target] : [target, o];
      const gap = words.slice(a.end, b.start);
      const crosses = [...o.sides].some((s) => !target.sides.has(s)) || [...target.sides].some((s) => !o.sides.has(s));
      return crosses && gap.length <= 3 && gap.length > 0 && gap.every((w) => COORDINATORS.has(w)) && (gap.includes('and') || gap.includes('or'));
    });
    if (partner && sides.size === 1) {
      findings.push({ key: 'lawNorm.mixed', params: { term: { quoted: [t.phrase] }, a: describe(target), b: describe(partner) } });
    } else if (sides.size === 1 && sides.has('norms') && t.tag === 'binding') {
      findings.push({ key: 'lawNorm.bindingNorm', params: { term: { quoted: [t.phrase] }, target: describe(target) } });
    } else if (sides.size === 1 && sides.has('international-law') && t.tag === 'voluntary') {
      findings.push({ key: 'lawNorm.voluntaryLaw', params: { term: { quoted: [t.phrase] }, target: describe(target) } });
    }
  }
  if (findings.length === 0) return [];
  return [flag('law-norm-confusion', { key: 'lawNorm', params: { findings: { parts: findings, sep: 'semicolon' } } })];
}
