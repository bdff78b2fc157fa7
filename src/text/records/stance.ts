import { FRAMEWORK_2025 } from '../../framework/catalogue/index.ts';
import type { PillarId, ReaderFramework, StanceValue } from '../../framework/catalogue/types.ts';
import { splitSentences, type Sentence } from '../sentences.ts';
import {
  CUE_RULES,
  DEFAULT_SUPPORT,
  EXTRA_CUES,
  EXTRA_TOPIC_TERMS,
  IGNORED_CUES,
  LAW_OWN_CONDITIONS,
  NEEDS_DIALOGUE_CONTEXT,
  NOT_BEFORE,
  OPPOSE_VERBS,
  SUPPORT_VERBS,
  WEAK_TOPIC_TERMS,
  type CueRule,
} from './stanceRules.ts';
import { isNegation, NEGATION_PATTERN } from '../negation.ts';
import { PhraseIndex } from '../phrases.ts';
import { tokenize, words as phraseWords, type Tokens } from '../tokenize.ts';
import type { Stance } from './types.ts';

type Target = { question: string; kind: 'topic' | 'weak-topic' } | { question: string; kind: 'cue'; value: StanceValue };

interface Cue {
  question: string;
  value: StanceValue;
  strength: number;
  phrase: string;
  selfTopic: boolean;
  /** Where the clause holding a lexicon cue starts in its sentence. */
  clause?: number;
}

/** Where the question's topic was found for a cue: the closer, the surer. */
type Scope = 'sentence' | 'statement' | 'agenda';

interface ReadSentence {
  paragraph: number;
  sentence: Sentence;
  tokens: Tokens;
  topics: Set<string>;
  /** Per question, the clauses of the sentence in which its topic terms stand. */
  topicClauses: Map<string, string[]>;
  /** Per question, the sentence from the start of each such clause to its end. */
  topicTails: Map<string, string[]>;
  /** Per question, where the clauses holding its topic terms start. */
  topicClauseStarts: Map<string, Set<number>>;
  /** Clauses holding words that stand for a topic once the statement has named it. */
  weakTopicClauses: Map<string, Array<{ text: string; start: number; at: number }>>;
  cues: Cue[];
}

/** Verbs that, just before a supporting cue, turn it round: "rejected calls for a treaty". */
const REJECTORS = new Set([
  'reject',
  'rejects',
  'rejected',
  'rejecting',
  'oppose',
  'opposes',
  'opposed',
  'opposing',
  'resist',
  'resists',
  'resisted',
  'dismissed',
  'dismisses',
]);
/** Words that open a new clause: a negation or a verb before them does not reach past them. */
const CLAUSE_WORDS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'however', 'yet', 'since', 'because']);
const CLAUSE_PUNCTUATION = /[,;:()\u2013\u2014]/;
/** How far back "whether" makes a cue part of a question rather than a position. */
const QUESTION_REACH = 8;
const VALUES: StanceValue[] = ['supports', 'opposes', 'premature', 'open', 'conditional'];

// Summary records report speech in the past tense; the lexicons are written in the present.
const PAST: Record<string, string> = {
  is: 'was',
  are: 'were',
  does: 'did',
  do: 'did',
  has: 'had',
  have: 'had',
  apply: 'applied',
  applies: 'applied',
  support: 'supported',
  supports: 'supported',
  considers: 'considered',
  believes: 'believed',
  remains: 'remained',
  remain: 'remained',
  calls: 'called',
  call: 'called',
  sees: 'saw',
  needs: 'needed',
  takes: 'took',
  welcomes: 'welcomed',
  recognizes: 'recognized',
  recognises: 'recognised',
  encourages: 'encouraged',
  proposes: 'proposed',
  opposes: 'opposed',
  keeps: 'kept',
  will: 'would',
  can: 'could',
  "can't": "couldn't",
  cannot: 'could not',
};

export interface StanceInput {
  paragraphs: Array<{ n: number; text: string }>;
  /** The meeting's announced topic, if any: strong cues may lean on it. */
  agendaPhrase: string | null;
  agendaPillars?: PillarId[];
}

export interface SentenceStance extends Stance {
  paragraph: number;
  sentenceStart: number;
}

/** Stance cue matchers compiled once per framework version. */
export class StanceReader {
  private readonly index = new PhraseIndex<Target>();
  private readonly questions: string[];

  constructor(framework: ReaderFramework = FRAMEWORK_2025) {
    this.questions = framework.questions.map((q) => q.id);
    for (const q of framework.questions) {
      // A question added at run time may list only some values; the rest are empty.
      for (const t of [...(q.lexicon.topic ?? []), ...(EXTRA_TOPIC_TERMS[q.id] ?? [])]) this.index.add(t, { question: q.id, kind: 'topic' });
      for (const t of WEAK_TOPIC_TERMS[q.id] ?? []) this.index.add(t, { question: q.id, kind: 'weak-topic' });
      const ignored = new Set(IGNORED_CUES[q.id] ?? []);
      for (const value of VALUES) {
        for (const t of [...(q.lexicon[value] ?? []), ...(EXTRA_CUES[q.id]?.[value] ?? [])]) {
          if (ignored.has(t)) continue;
          for (const form of withPastTense(t)) this.index.add(form, { question: q.id, kind: 'cue', value });
        }
      }
    }
  }

  /**
   * The statement's stance on each question it takes one on, decided from sentence cues: a cue
   * counts where the question's topic is in the sentence (weak cues) or in the statement or the
   * meeting's topic (strong cues, in sentences not about another question); a negation just before
   * a supporting cue turns it round. Evidence is the deciding sentence, verbatim.
   */
  read(input: StanceInput): SentenceStance[] {
    const sentences: ReadSentence[] = [];
    const statementTopics = new Set<string>();
    for (const p of input.paragraphs) {
      for (const sentence of splitSentences(p.text)) {
        const s = this.readSentence(p.n, sentence);
        for (const q of s.topics) statementTopics.add(q);
        sentences.push(s);
      }
    }
    const agendaTopics = new Set<string>();
    if (input.agendaPhrase) {
      for (const hit of this.index.matchAll(tokenize(input.agendaPhrase).words)) {
        for (const t of hit.targets) if (t.kind === 'topic') agendaTopics.add(t.question);
      }
    }
    for (const s of sentences) {
      for (const [q, clauses] of s.weakTopicClauses) {
        // "participation" stands for stakeholders' once the statement, or the meeting's topic, has named them.
        if (!(statementTopics.has(q) || agendaTopics.has(q)) || s.topics.has(q)) continue;
        s.topics.add(q);
        s.topicClauses.set(
          q,
          clauses.map((c) => c.text),
        );
        s.topicTails.set(
          q,
          clauses.map((c) => s.sentence.text.slice(c.start)),
        );
        // "proposed that the reports be submitted every two years", once reports are the topic.
        for (const c of clauses) {
          const side = sideTaken(s.tokens, c.at, s.sentence.text, q, true);
          if (side)
            s.cues.push({ question: q, value: side, strength: 3, phrase: s.tokens.words.slice(Math.max(0, c.at - 3), c.at + 1).join(' '), selfTopic: true });
        }
      }
    }
    const agendaIsDialogue = input.agendaPillars?.includes('institutional-dialogue') ?? false;

    const found: SentenceStance[] = [];
    for (const q of this.questions) {
      const rules = CUE_RULES[q] ?? [];
      const inStatement = statementTopics.has(q);
      const inAgenda = agendaTopics.has(q);
      const perSentence: Array<{ value: StanceValue; strength: number; scope: Scope; phrases: string[]; s: ReadSentence }> = [];
      const context = agendaIsDialogue ? undefined : NEEDS_DIALOGUE_CONTEXT[q];
      for (const s of sentences) {
        const inSentence = s.topics.has(q);
        // The dialogue may be named in the topic's clause or in what follows it ("…, but it should …").
        if (context && !(inSentence ? s.topicTails.get(q)!.some((c) => context.test(c)) : context.test(s.sentence.text))) continue;
        // A weak cue in a clause about another question is about that one: "national reports were
        // premature, and a convention would provide clarity" defers the reports, not the convention.
        let cues = s.cues.filter((c) => c.question === q && !aboutAnotherInClause(s, c, q));
        for (const r of rules) addRule(cues, q, r, s.sentence.text);
        if (LAW_OWN_CONDITIONS[q]?.test(s.sentence.text)) cues = cues.filter((c) => c.value !== 'conditional');
        const aboutOther = !inSentence && [...s.topics].some((t) => t !== q);
        const praise = DEFAULT_SUPPORT[q];
        // Praise counts in a clause of its own: "voluntary reports are welcome, but a mandatory
        // obligation would go too far" is support with a limit, i.e. conditional.
        if (inSentence && praise && !cues.some((c) => c.value === 'supports') && s.topicClauses.get(q)!.some((c) => praises(praise, c, cues))) {
          cues.push({ question: q, value: 'supports', strength: 1, phrase: 'speaks well of the topic', selfTopic: false });
        }
        // A rule that names the topic itself ("regular reporting") puts the topic in the sentence for
        // the other cues too: "could support regular reporting provided it remains voluntary".
        const named = inSentence || cues.some((c) => c.selfTopic);
        const scoped = cues
          .map((c) => ({ c, scope: scopeOf(c, named, inStatement && !aboutOther, inAgenda && !aboutOther) }))
          .filter((x): x is { c: Cue; scope: Scope } => x.scope !== null);
        if (scoped.length === 0) continue;
        const decided = decideSentence(scoped.map((x) => x.c));
        const scope = scoped.some((x) => x.scope === 'sentence') ? 'sentence' : scoped.some((x) => x.scope === 'statement') ? 'statement' : 'agenda';
        perSentence.push({ ...decided, scope, s });
      }
      if (perSentence.length === 0) continue;
      // A strong cue in a sentence naming the topic outweighs cues found only through the statement's
      // topic: "at this stage" about another matter does not make a call for a treaty premature.
      const strongHere = perSentence.some((x) => x.scope === 'sentence' && x.strength >= 4);
      if (strongHere) for (let k = perSentence.length - 1; k >= 0; k--) if (perSentence[k].scope !== 'sentence') perSentence.splice(k, 1);
      const value = decideStatement(perSentence.map((x) => x.value));
      const deciding = perSentence.filter((x) => x.value === value).sort((a, b) => b.strength - a.strength)[0] ?? perSentence[0];
      const agreeing = perSentence.filter((x) => x.value === value).length;
      const base = deciding.scope === 'sentence' ? 0.75 : deciding.scope === 'statement' ? 0.6 : 0.5;
      found.push({
        question: q,
        value,
        evidence: deciding.s.sentence.text,
        confidence: Math.min(0.95, Math.round((base + 0.05 * (agreeing - 1) - (deciding.strength < 2 ? 0.1 : 0)) * 100) / 100),
        explanation:
          `cues ${deciding.phrases.map((p) => `"${p}"`).join(', ')}; topic in the ${deciding.scope}` +
          (perSentence.length > 1 ? `; ${perSentence.length} sentences with cues` : ''),
        paragraph: deciding.s.paragraph,
        sentenceStart: deciding.s.sentence.start,
      });
    }
    return found;
  }

  private readSentence(paragraph: number, sentence: Sentence): ReadSentence {
    const tokens = tokenize(sentence.text);
    const topics = new Set<string>();
    const topicClauses = new Map<string, string[]>();
    const topicTails = new Map<string, string[]>();
    const topicClauseStarts = new Map<string, Set<number>>();
    const weakTopicClauses = new Map<string, Array<{ text: string; start: number; at: number }>>();
    const cues: Cue[] = [];
    for (const hit of this.index.matchAll(tokens.words)) {
      for (const t of hit.targets) {
        if (t.kind === 'weak-topic') {
          const clause = clauseAround(sentence.text, tokens.starts[hit.at], tokens.ends[hit.at + hit.length - 1]);
          weakTopicClauses.set(t.question, [...(weakTopicClauses.get(t.question) ?? []), { ...clause, at: hit.at }]);
        } else if (t.kind === 'topic') {
          topics.add(t.question);
          const clause = clauseAround(sentence.text, tokens.starts[hit.at], tokens.ends[hit.at + hit.length - 1]);
          topicClauses.set(t.question, [...(topicClauses.get(t.question) ?? []), clause.text]);
          topicTails.set(t.question, [...(topicTails.get(t.question) ?? []), sentence.text.slice(clause.start)]);
          if (!topicClauseStarts.has(t.question)) topicClauseStarts.set(t.question, new Set());
          topicClauseStarts.get(t.question)!.add(clause.start);
          const side = sideTaken(tokens, hit.at, sentence.text, t.question);
          if (side)
            cues.push({
              question: t.question,
              value: side,
              strength: 3,
              phrase: `${tokens.words.slice(Math.max(0, hit.at - 3), hit.at + hit.length).join(' ')}`,
              selfTopic: true,
            });
        } else if (t.kind === 'cue') {
          const b = before(tokens, hit.at, sentence.text);
          if (b === 'question') continue;
          // "proposed that reports be submitted on a voluntary basis", "co-sponsors of the survey, which invites
          // States, on a voluntary basis, …": the form of what is proposed, not a condition on it.
          if (
            t.value === 'conditional' &&
            PROPOSAL_FORM[t.question]?.test(hit.phrase) &&
            /\bpropos\w*\s+that\b|\bco-?sponsor/i.test(sentence.text.slice(0, tokens.starts[hit.at]))
          )
            continue;
          const value = b ? flip(t.value) : t.value;
          if (value === 'supports' && NOT_BEFORE[t.question]?.test(sentence.text.slice(tokens.ends[hit.at + hit.length - 1]))) continue;
          const clause = hit.length < 3 ? clauseAround(sentence.text, tokens.starts[hit.at], tokens.ends[hit.at + hit.length - 1]).start : undefined;
          if (value) cues.push({ question: t.question, value, strength: hit.length, phrase: hit.phrase, selfTopic: false, clause });
        }
      }
    }
    return { paragraph, sentence, tokens, topics, topicClauses, topicTails, topicClauseStarts, weakTopicClauses, cues };
  }
}

function aboutAnotherInClause(s: ReadSentence, c: Cue, q: string): boolean {
  if (c.clause === undefined || s.topicClauseStarts.get(q)?.has(c.clause)) return false;
  for (const [other, starts] of s.topicClauseStarts) if (other !== q && starts.has(c.clause)) return true;
  return false;
}

const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|although|however|which|since|as)\b|\s+(?:but|while|whereas)\s+/gi;

/** The clause of a sentence around a span: between the nearest clause breaks on either side. */
export function clauseAround(text: string, start: number, end: number): { text: string; start: number } {
  let from = 0;
  let to = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { text: text.slice(from, to), start: from };
}

function withPastTense(phrase: string): string[] {
  const words = phraseWords(phrase);
  const past = words.map((w) => PAST[w] ?? w).join(' ');
  return past === words.join(' ') ? [phrase] : [phrase, past];
}

/**
 * "supports the Programme of Action", "rejected the idea of a new treaty": a verb of taking sides
 * shortly before the topic, in the same clause and not inside a question ("whether to support …").
 */
function sideTaken(tokens: Tokens, at: number, text: string, question: string, proposalOnly = false): StanceValue | null {
  for (let i = at - 1; i >= Math.max(0, at - PROPOSAL_REACH); i--) {
    if (CLAUSE_PUNCTUATION.test(text.slice(tokens.ends[i], tokens.starts[i + 1])) && !LIST_COMMA.test(tokens.words[i + 1] ?? '')) return null;
    const w = tokens.words[i];
    if (CLAUSE_WORDS.has(w) || w === 'whether') return null;
    const side = SUPPORT_VERBS.has(w) ? 'supports' : OPPOSE_VERBS.has(w) ? 'opposes' : null;
    if (!side) continue;
    // "from the proposed future mechanism": a participle after an article describes; it takes no side.
    if (i > 0 && ARTICLES.has(tokens.words[i - 1]) && w.endsWith('ed')) continue;
    // "proposed a compromise title for the future mechanism": a side taken on a part of the body, not on the body.
    if (question === 'new-institutional-body' && partOfBody(tokens.words, i + 1, at)) return null;
    const proposing = tokens.words[i + 1] === 'that' && PROPOSE_VERBS.has(w);
    if (proposalOnly && !proposing) return null;
    // A verb of taking sides reaches a few words; a proposal's clause reaches further.
    if (!proposing && i < at - SIDE_REACH) continue;
    if (tokens.words[i + 1] === 'that') {
      // "proposed that the future mechanism include a fund": what is proposed is a part of the body,
      // not the body; "proposed that the working group adopt a reporting template" proposes reporting.
      if (!proposing || question === 'new-institutional-body') return null;
      if (tokens.words.slice(i + 2, at).some(isNegation)) return null;
    }
    const b = before(tokens, i, text);
    if (b === 'question') return null;
    if (b) return side === 'supports' ? 'opposes' : null;
    return side;
  }
  return null;
}

const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their']);
const PREPOSITIONS = new Set(['for', 'of', 'from', 'in', 'within', 'to', 'under', 'into', 'on', 'about', 'at', 'inside']);
/** Nouns whose "of"/"for" still names the body itself: "the establishment of", "the need for". */
const BODY_ITSELF = new Set([
  'establishment',
  'creation',
  'launch',
  'idea',
  'concept',
  'setting',
  'formation',
  'need',
  'development',
  'establishing',
  'creating',
  'adoption',
  'option',
  'form',
  'kind',
  'type',
  'proposal',
  'proposals',
  'co-sponsor',
  'co-sponsors',
  'sponsor',
  'sponsors',
  'cosponsor',
  'cosponsors',
]);

/** A preposition between the verb's object and the topic, after a noun that is not the body's creation: a part of the body. */
function partOfBody(words: string[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) {
    const head = words[j - 1];
    // "its support for the PoA", "a co-sponsor of the Programme": the side is taken on the body.
    if (PREPOSITIONS.has(words[j]) && !BODY_ITSELF.has(head) && !SUPPORT_VERBS.has(head) && !OPPOSE_VERBS.has(head)) return true;
  }
  return false;
}

/** Words between the verb and the topic: "rejected the idea of a [treaty]" is five. */
const SIDE_REACH = 6;
/** "proposed that the Mechanism establish an additional thematic group to consider elements of a [legally binding instrument]". */
const PROPOSAL_REACH = 16;
/** Conditional cues that, inside a proposal's clause, describe the thing proposed. */
const PROPOSAL_FORM: Record<string, RegExp> = { 'national-reports': /^(?:voluntary basis|on a voluntary(?: basis)?)$/ };
const PROPOSE_VERBS = new Set(['propose', 'proposes', 'proposed', 'proposing']);
/** A comma inside the topic's own words ("a permanent, action-oriented mechanism") is not a clause break. */
const LIST_COMMA = /^(?:action-oriented|inclusive|transparent|single|permanent|standing|regular|dedicated|universal|new|comprehensive|open-ended)$/;

function addRule(cues: Cue[], question: string, rule: CueRule, text: string): void {
  const m = rule.re.exec(text);
  if (!m) return;
  // Only the clause the match stands in counts: "was not sufficient and called for …" is no negation.
  const lead = text
    .slice(Math.max(0, m.index - 60), m.index)
    .split(RULE_CLAUSE_BREAK)
    .pop()!;
  // An indirect question, or a warning not to prejudge the thing, is no position on it.
  if (/\bwhether\b|\bpre-?judg\w*/i.test(lead)) return;
  let value: StanceValue | null = rule.value;
  if (value === 'supports' && RULE_NEGATION.test(lead) && !DOUBLE_NEGATION.test(lead)) value = 'opposes';
  if (value) cues.push({ question, value, strength: rule.strength, phrase: m[0].toLowerCase(), selfTopic: !!rule.selfTopic });
}

const RULE_CLAUSE_BREAK = /[,;:()\u2013\u2014]|\b(?:and|but|while|whereas|although|though|however|yet|since|because)\b/i;
// Up to four words may stand between: "should not open the door to negotiating a treaty".
/** "did not object to the participation of …" is no negation of it. */
const DOUBLE_NEGATION = /(?:\b(?:not|never)|n't)\s+(?:\w+\s+)?(?:object|oppose|reject|resist|exclude|rule out|deny|dispute|mind|hesitate)\b/i;
const RULE_NEGATION = new RegExp(
  `(?:${NEGATION_PATTERN}|\\b(?:reject\\w*|oppos\\w*|resist\\w*|dismiss\\w*|rather than|instead of))\\s+(?:\\w+\\s+){0,4}$`,
  'i',
);

function scopeOf(c: Cue, inSentence: boolean, inStatement: boolean, inAgenda: boolean): Scope | null {
  if (inSentence || c.selfTopic) return 'sentence';
  // A cue of one or two words is too common to count far from its topic.
  if (c.strength < 3) return null;
  if (inStatement) return 'statement';
  if (inAgenda) return 'agenda';
  return null;
}

/**
 * What stands just before a cue in its own clause: a negation ("did not call for"), a rejection
 * ("rejected calls for") or an indirect question ("asked whether … is needed"). The look-back stops
 * at punctuation and at a conjunction, so "was not sufficient and called for …" is not a negation.
 */
function before(tokens: Tokens, at: number, text: string): 'negation' | 'rejection' | 'question' | null {
  let found: 'negation' | 'rejection' | null = null;
  for (let i = at - 1; i >= Math.max(0, at - QUESTION_REACH); i--) {
    if (CLAUSE_PUNCTUATION.test(text.slice(tokens.ends[i], tokens.starts[i + 1]))) break;
    const w = tokens.words[i];
    if (CLAUSE_WORDS.has(w)) break;
    if (w === 'whether') return 'question';
    if (found || i < at - 3) continue;
    if (isNegation(w)) found = 'negation';
    else if (REJECTORS.has(w)) found = 'rejection';
  }
  return found;
}

function hasNegation(tokens: Tokens): boolean {
  return tokens.words.some(isNegation);
}

/** A clause that speaks well of the topic, is no question and holds none of the sentence's other cues. */
function praises(praise: RegExp, clause: string, cues: Cue[]): boolean {
  if (!praise.test(clause)) return false;
  const tokens = tokenize(clause);
  if (hasNegation(tokens) || tokens.words.includes('whether')) return false;
  const words = ` ${tokens.words.join(' ')} `;
  return !cues.some((c) => words.includes(` ${tokenize(c.phrase).words.join(' ')} `));
}

/** A negated supporting cue opposes; a negated cue of any other value says nothing sure. */
function flip(v: StanceValue): StanceValue | null {
  return v === 'supports' ? 'opposes' : null;
}

/**
 * Inside one sentence: openness and deferral are the point when stated ("open to discussing …,
 * once …"); a condition attached to support makes the support conditional; otherwise the strongest
 * cue decides.
 */
function decideSentence(cues: Cue[]): { value: StanceValue; strength: number; phrases: string[] } {
  const byValue = new Map<StanceValue, number>();
  for (const c of cues) byValue.set(c.value, Math.max(byValue.get(c.value) ?? 0, c.strength));
  const pick = (value: StanceValue, from: StanceValue[] = [value]) => ({
    value,
    strength: Math.max(...from.map((v) => byValue.get(v) ?? 0)),
    phrases: cues.filter((c) => from.includes(c.value)).map((c) => c.phrase),
  });
  const s = (v: StanceValue) => byValue.get(v) ?? 0;
  if (byValue.has('open')) return pick('open');
  if (byValue.has('premature') && s('premature') >= s('opposes')) return pick('premature');
  if (byValue.has('supports') && (byValue.has('opposes') || byValue.has('conditional'))) {
    return pick('conditional', ['supports', 'opposes', 'conditional']);
  }
  if (byValue.has('opposes') && byValue.has('conditional')) return s('opposes') >= s('conditional') ? pick('opposes') : pick('conditional');
  let best: StanceValue = cues[0].value;
  for (const v of VALUES) if (s(v) > s(best)) best = v;
  return pick(best);
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

const compiled = new WeakMap<ReaderFramework, StanceReader>();

/** The stance reader for a framework, compiled once per framework object. */
export function stanceReaderFor(framework: ReaderFramework): StanceReader {
  let r = compiled.get(framework);
  if (!r) {
    r = new StanceReader(framework);
    compiled.set(framework, r);
  }
  return r;
}

/** The stance reader for the given framework, or for the compiled-in catalogue (`accord read` offline). */
export function defaultStanceReader(framework: ReaderFramework = FRAMEWORK_2025): StanceReader {
  return stanceReaderFor(framework);
}
