import { FRAMEWORK_2025 } from '../../framework/catalogue/index.ts';
import type { FrameworkVersion, StanceValue } from '../../framework/catalogue/types.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { CUE_RULES, EXTRA_CUES, EXTRA_TOPIC_TERMS, type CueRule } from './stanceRules.ts';
import { PhraseIndex, tokenize, type Tokens } from './terms.ts';
import type { Stance } from './types.ts';

type Target = { question: string; kind: 'topic' } | { question: string; kind: 'cue'; value: StanceValue };

interface Cue {
  question: string;
  value: StanceValue;
  strength: number;
  phrase: string;
  selfTopic: boolean;
}

/** Where the question's topic was found for a cue: the closer, the surer. */
type Scope = 'sentence' | 'statement' | 'agenda';

const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'neither', 'without', 'cannot', 'hardly']);
const VALUES: StanceValue[] = ['supports', 'opposes', 'premature', 'open', 'conditional'];

export interface StanceInput {
  /** The statement's paragraphs, each with the offset of its text in the source. */
  paragraphs: Array<{ n: number; text: string }>;
  /** The meeting's announced topic, if any: cues of strong rules may lean on it. */
  agendaPhrase: string | null;
}

export interface SentenceStance extends Stance {
  paragraph: number;
  sentenceStart: number;
}

/** Stance cue matchers compiled once per framework version. */
export class StanceReader {
  private readonly index = new PhraseIndex<Target>();
  private readonly questions: string[];

  constructor(framework: FrameworkVersion = FRAMEWORK_2025) {
    this.questions = framework.questions.map((q) => q.id);
    for (const q of framework.questions) {
      const topics = [...q.lexicon.topic, ...(EXTRA_TOPIC_TERMS[q.id] ?? [])];
      for (const t of topics) this.index.add(t, { question: q.id, kind: 'topic' });
      for (const value of VALUES) {
        for (const t of [...q.lexicon[value], ...(EXTRA_CUES[q.id]?.[value] ?? [])]) {
          this.index.add(t, { question: q.id, kind: 'cue', value });
        }
      }
    }
  }

  /**
   * The statement's stance on each question it takes one on, decided from sentence cues: a cue
   * counts where the question's topic is in the sentence (weak cues) or in the statement or the
   * meeting's topic (strong cues); a negation just before a supporting cue turns it round.
   * Evidence is the deciding sentence, verbatim.
   */
  read(input: StanceInput): SentenceStance[] {
    const sentences: Array<{ paragraph: number; sentence: Sentence; tokens: Tokens; topics: Set<string>; cues: Cue[] }> = [];
    const statementTopics = new Set<string>();
    for (const p of input.paragraphs) {
      for (const sentence of splitSentences(p.text)) {
        const tokens = tokenize(sentence.text);
        const topics = new Set<string>();
        const cues: Cue[] = [];
        for (const hit of this.index.matchAll(tokens)) {
          for (const t of hit.targets) {
            if (t.kind === 'topic') topics.add(t.question);
            else {
              const value = negated(tokens, hit.at) ? flip(t.value) : t.value;
              if (value) cues.push({ question: t.question, value, strength: hit.length, phrase: hit.phrase, selfTopic: false });
            }
          }
        }
        for (const q of topics) statementTopics.add(q);
        sentences.push({ paragraph: p.n, sentence, tokens, topics, cues });
      }
    }
    const agendaTopics = new Set<string>();
    if (input.agendaPhrase) {
      const tokens = tokenize(input.agendaPhrase);
      for (const hit of this.index.matchAll(tokens)) for (const t of hit.targets) if (t.kind === 'topic') agendaTopics.add(t.question);
    }

    const found: SentenceStance[] = [];
    for (const q of this.questions) {
      const rules = CUE_RULES[q] ?? [];
      const inStatement = statementTopics.has(q);
      const inAgenda = agendaTopics.has(q);
      const perSentence: Array<{ value: StanceValue; strength: number; scope: Scope; phrases: string[]; s: (typeof sentences)[number] }> = [];
      for (const s of sentences) {
        const cues = s.cues.filter((c) => c.question === q);
        if (inStatement || inAgenda || rules.some((r) => r.selfTopic)) {
          for (const r of rules) addRule(cues, q, r, s.sentence.text);
        }
        const scoped = cues
          .map((c) => ({ c, scope: scopeOf(c, s.topics.has(q), inStatement, inAgenda) }))
          .filter((x): x is { c: Cue; scope: Scope } => x.scope !== null);
        if (scoped.length === 0) continue;
        const decided = decideSentence(scoped.map((x) => x.c));
        const scope = scoped.some((x) => x.scope === 'sentence') ? 'sentence' : scoped.some((x) => x.scope === 'statement') ? 'statement' : 'agenda';
        perSentence.push({ ...decided, scope, s });
      }
      if (perSentence.length === 0) continue;
      const value = decideStatement(perSentence.map((x) => x.value));
      const deciding = [...perSentence].filter((x) => x.value === value).sort((a, b) => b.strength - a.strength)[0]
        ?? perSentence[0];
      const agreeing = perSentence.filter((x) => x.value === value).length;
      const base = deciding.scope === 'sentence' ? 0.75 : deciding.scope === 'statement' ? 0.6 : 0.5;
      found.push({
        question: q,
        value,
        evidence: deciding.s.sentence.text,
        confidence: Math.min(0.95, Math.round((base + 0.05 * (agreeing - 1)) * 100) / 100),
        explanation: `cues ${deciding.phrases.map((p) => `"${p}"`).join(', ')}; topic in the ${deciding.scope}` +
          (perSentence.length > 1 ? `; ${perSentence.length} sentences with cues` : ''),
        paragraph: deciding.s.paragraph,
        sentenceStart: deciding.s.sentence.start,
      });
    }
    return found;
  }
}

function addRule(cues: Cue[], question: string, rule: CueRule, text: string): void {
  const m = rule.re.exec(text);
  if (m) cues.push({ question, value: rule.value, strength: rule.strength, phrase: m[0].toLowerCase(), selfTopic: !!rule.selfTopic });
}

function scopeOf(c: Cue, inSentence: boolean, inStatement: boolean, inAgenda: boolean): Scope | null {
  if (inSentence || c.selfTopic) return 'sentence';
  // A cue of one or two words is too common to count far from its topic.
  if (c.strength < 3) return null;
  if (inStatement) return 'statement';
  if (inAgenda) return 'agenda';
  return null;
}

function negated(tokens: Tokens, at: number): boolean {
  for (let i = Math.max(0, at - 3); i < at; i++) {
    const w = tokens.words[i];
    if (NEGATORS.has(w) || w.endsWith("n't")) return true;
  }
  return false;
}

/** A negated supporting cue opposes; a negated cue of any other value says nothing sure. */
function flip(v: StanceValue): StanceValue | null {
  return v === 'supports' ? 'opposes' : null;
}

/** Inside one sentence the strongest cue decides; support and opposition together make a condition. */
function decideSentence(cues: Cue[]): { value: StanceValue; strength: number; phrases: string[] } {
  const byValue = new Map<StanceValue, number>();
  for (const c of cues) byValue.set(c.value, Math.max(byValue.get(c.value) ?? 0, c.strength));
  if (byValue.has('supports') && byValue.has('opposes') && !byValue.has('premature')) {
    return { value: 'conditional', strength: Math.max(byValue.get('supports')!, byValue.get('opposes')!), phrases: cues.map((c) => c.phrase) };
  }
  let best: StanceValue = cues[0].value;
  let strength = -1;
  for (const v of ['premature', 'open', 'conditional', 'opposes', 'supports'] as StanceValue[]) {
    const s = byValue.get(v);
    if (s !== undefined && s > strength) { best = v; strength = s; }
  }
  return { value: best, strength, phrases: cues.filter((c) => c.value === best).map((c) => c.phrase) };
}

/**
 * Across a statement: deferral and openness are the statement's bottom line when stated at all;
 * support alongside opposition, or support with caveats, is conditional.
 */
export function decideStatement(values: StanceValue[]): StanceValue {
  const has = (v: StanceValue) => values.includes(v);
  if (has('premature')) return 'premature';
  if (has('open')) return 'open';
  if (has('supports') && has('opposes')) return 'conditional';
  if (has('opposes')) return 'opposes';
  if (has('conditional')) return 'conditional';
  return 'supports';
}

let shared: StanceReader | undefined;

export function defaultStanceReader(): StanceReader {
  shared ??= new StanceReader();
  return shared;
}
