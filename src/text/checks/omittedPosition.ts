/**
 * omitted-position: a position the meeting record's stance map holds (question, value, speakers) that
 * the draft never reports. A sentence reports it when it is about the question (the catalogue
 * question's topic terms, or for an unknown question at least two of its content words) and either
 * expresses the value (the question's stance phrases, or the reporting verbs below) or names one of the
 * position's speakers. "did not support" counts as opposing, never as supporting.
 */
import { questionById, FRAMEWORK_2025, type StanceQuestion } from '../../framework/catalogue/index.ts';
import { NEGATION_PATTERN } from '../negation.ts';
import { PhraseMatcher } from '../phrases.ts';
import { stem } from '../stem.ts';
import { isContentWord } from '../stopWords.ts';
import { words as tokenWords } from '../tokenize.ts';
import type { Flag, StanceEntry } from './types.ts';
import { flag, type Param } from './message.ts';

const REPORTING: Record<string, string[]> = {
  supports: [
    'supported',
    'support',
    'supports',
    'in favour of',
    'in favor of',
    'favoured',
    'favored',
    'called for',
    'proposed',
    'advocated',
    'endorsed',
    'welcomed',
    'backed',
    'urged',
    'stressed the need for',
    'should be established',
  ],
  opposes: [
    'opposed',
    'oppose',
    'opposes',
    'did not support',
    'do not support',
    'does not support',
    'against',
    'rejected',
    'objected',
    'no need',
    'not necessary',
    'unnecessary',
    'sufficient',
    'cautioned against',
    'not needed',
    'preferred existing',
  ],
  premature: ['premature', 'too early', 'not yet', 'at this stage', 'not the time', 'not the right time'],
  open: ['open to', 'remained open', 'remain open', 'undecided', 'open mind', 'not yet taken a position', 'keep an open'],
  conditional: ['provided that', 'on condition', 'conditional', 'subject to', 'as long as', 'only if', 'depend on', 'depends on', 'depending on'],
};
const NEGATED_SUPPORT = new RegExp(`${NEGATION_PATTERN}\\s+(?:\\w+\\s+)?(?:support|supported|favour|favor|endorse)`);

function questionFor(q: string): StanceQuestion | undefined {
  return questionById(q) ?? FRAMEWORK_2025.questions.find((x) => x.question.toLowerCase() === q.trim().toLowerCase());
}

interface Reader {
  about: (words: string[]) => boolean;
  expresses: (words: string[], text: string) => boolean;
  title: string;
  /** The framework's id of the question, when the entry names one. */
  id?: string;
}

function reader(entry: StanceEntry): Reader {
  const q = questionFor(entry.question);
  const value = entry.value;
  const valuePhrases = [...(REPORTING[value] ?? [value]), ...((q?.lexicon as unknown as Record<string, string[]> | undefined)?.[value] ?? [])];
  const cues = new PhraseMatcher(valuePhrases.map((phrase) => ({ phrase, tag: value })));
  let about: Reader['about'];
  if (q) {
    const topic = new PhraseMatcher(q.lexicon.topic.map((phrase) => ({ phrase, tag: 'topic' as const })));
    about = (w) => topic.match(w).length > 0;
  } else {
    const keys = [...new Set(tokenWords(entry.question.replace(/-/g, ' ')).filter(isContentWord).map(stem))];
    const need = Math.min(2, keys.length);
    about = (w) => {
      const have = new Set(w.map(stem));
      return keys.filter((k) => have.has(k)).length >= need;
    };
  }
  const expresses = (w: string[], text: string) => {
    if (value === 'supports' && NEGATED_SUPPORT.test(text.toLowerCase())) {
      const stripped = text.toLowerCase().replace(NEGATED_SUPPORT, ' ');
      return cues.match(tokenWords(stripped)).length > 0;
    }
    return cues.match(w).length > 0;
  };
  return { about, expresses, title: q?.question ?? entry.question, id: q?.id };
}

export function omittedPositionFlags(sentences: Array<{ text: string; words: string[] }>, stanceMap: StanceEntry[]): Flag[] {
  const flags: Flag[] = [];
  for (const entry of stanceMap) {
    if (entry.speakers.length === 0) continue;
    const r = reader(entry);
    const relevant = sentences.filter((s) => r.about(s.words));
    const reported = relevant.some(
      (s) => r.expresses(s.words, s.text) || entry.speakers.some((sp) => sp.length > 2 && s.text.toLowerCase().includes(sp.toLowerCase())),
    );
    if (reported) continue;
    const who: Param =
      entry.speakers.length > 6
        ? { key: 'omitted.more', params: { names: { names: entry.speakers.slice(0, 6) }, n: entry.speakers.length - 6 } }
        : { names: entry.speakers };
    flags.push(
      flag('omitted-position', {
        key: relevant.length === 0 ? 'omitted.notAddressed' : 'omitted.notReported',
        params: { who, value: { named: entry.value, key: `records.stance.${entry.value}` }, title: { named: r.title, id: r.id } },
      }),
    );
  }
  return flags;
}
