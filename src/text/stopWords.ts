import { isHan, normaliseWord } from './tokenize.ts';

/**
 * The one stop-word source. Words are listed as people write them and folded as the tokenizer
 * folds them, so "États" or "إلى" match the tokenizer's "etats", "الى".
 *
 * - FUNCTION_WORDS: words of the six UN languages that carry no subject matter (articles,
 *   prepositions, pronouns, auxiliaries and modals, conjunctions). Only words that are not also
 *   English content words are listed for French and Spanish, so an English text reads the same.
 * - REPORT_WORDS: words every national report and offer uses ("national", "ict", "cyber"); they
 *   separate nothing when texts are compared with each other (TF-IDF).
 * - SPEECH_WORDS: the words of reporting a statement ("said", "delegation"); they tell nothing
 *   about what a statement is about (the trained labelling layer).
 */
const fold = (list: string) => new Set(list.trim().split(/\s+/).map(normaliseWord));

const ENGLISH = `a an the and or but nor of in on at to for from by with without within into onto upon over under
  about above across after again against along among around as before behind below beneath beside between beyond
  because during except inside near off out outside since through throughout till toward towards until up down via
  once now while yet this that these those it its it's itself they them their theirs themselves he him his she her
  hers we us our ours you your i me my which who whom whose what where when why how whether if then than so such
  also any all each every both either neither other others another some many much more most few less least own same
  only very just too is are was were be been being am has have had having do does did doing shall should must will
  would may might can could ought not no never none cannot there here further well thus hence therefore however
  including inter alia one ones e.g i.e etc per`;
const FRENCH = `les des une dans pour sur avec aux ces cette leur leurs nous vous ils elles mais ont sont est etre ete
  qui que dont cet ainsi aussi entre selon sans sous vers chez lors afin dont leur toute toutes tous tout notamment
  l' d' qu' n' s' c' j' m' t' jusqu' lorsqu' puisqu'`;
const SPANISH = `los las del una unos unas por que como sus este esta estos estas ese esa esos esas entre sobre desde
  hasta tambien pero sino cual cuales cuando donde durante mediante segun ante bajo tras han ser sido estan`;
const RUSSIAN = `и в во не на что с со по для как это этот эта эти из к ко о об от его ее их а также или но при же бы
  был была были быть будет будут есть который которая которые которых то так все всех уже между через после до`;
const ARABIC = `في من على إلى عن أن إن التي الذي الذين هذا هذه ذلك تلك مع أو و لا ما كما بين كل قد لم لن ثم حتى عند
  غير أي بعد قبل هو هي هم نحن كان كانت يكون تكون وقد وفي ومن وعلى`;
const CHINESE = `的 了 和 与 及 在 是 等 对 为 以 之 其 并 或 也 都 而 于 将 被 把 这 那 该 此 各`;

export const FUNCTION_WORDS: ReadonlySet<string> = new Set([ENGLISH, FRENCH, SPANISH, RUSSIAN, ARABIC, CHINESE].flatMap((l) => [...fold(l)]));

export const REPORT_WORDS: ReadonlySet<string> = fold(`lack limited need needs still due new current currently national
  state states country countries ict icts cyber cybersecurity government`);

export const SPEECH_WORDS: ReadonlySet<string> = fold('said stated noted added delegation representative view views');

/** True for a normalised word that carries no subject matter (any of the six languages). */
export const isStopWord = (word: string) => FUNCTION_WORDS.has(word);

/**
 * True for a word that names something: not a function word, a number or a single letter; a Han
 * character counts (Chinese words are one or two of them).
 * @example isContentWord('norms') // true
 * @example isContentWord('the') // false
 */
export function isContentWord(word: string): boolean {
  if (FUNCTION_WORDS.has(word)) return false;
  if (word.length < 3) return isHan(word);
  return /\p{L}/u.test(word) && !/^\p{N}/u.test(word);
}
