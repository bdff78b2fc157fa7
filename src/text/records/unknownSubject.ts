import type { Mention } from './speakers.ts';
import { ADVERBS, ROLE_NOUN, TITLE, VERB } from './vocabulary.ts';

// A subject that looks like a named speaker: a role "of" a name ("The Ambassador of Atlantis"), a
// titled person ("Mr. Novak"), or a run of capitalised words ("The Cyber Harmony Network").
const INTRO = `^(?:\\d{1,3}[.)]\\s+)?(?:[A-Z][^,;:]{0,100},\\s+)?(?:(?:then|also|later|next|finally)\\s+)?`;
const SPEAKS = `\\s*(?:\\([^()]{1,80}\\))?(?:\\s*,\\s*[^,]{1,80},)?\\s+${ADVERBS}${VERB}(?!\\w)`;
const ROLE_OF_NAME = new RegExp(`${INTRO}((?:the|a|an)\\s+)?${ROLE_NOUN}\\s+(?:of|for|from)\\s+(?:the\\s+)?(\\S[^,;:()]{0,60}?)${SPEAKS}`, 'iu');
const CAPITALISED = new RegExp(
  `${INTRO}((?:${TITLE}\\s+[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,3})|` +
    `(?:[A-Z][\\p{L}'’.-]+(?:\\s+(?:[A-Z][\\p{L}'’.-]*|of|the|for|and|on|de|da|van|von|al|el)){1,6}))${SPEAKS}`,
  'u',
);

/** The words of a subject that names a speaker no list knows, or null. */
export function unresolvedSubject(sentence: string, mentions: Mention[]): string | null {
  const role = ROLE_OF_NAME.exec(sentence);
  if (role && /^[A-Z]/.test(role[2]) && !mentions.some((m) => m.start < role.index + role[0].length)) return role[0];
  const named = CAPITALISED.exec(sentence);
  if (named && !NOT_A_SPEAKER.test(named[1]) && !mentions.some((m) => m.start < named.index + named[0].length)) return named[0];
  return null;
}
const NOT_A_SPEAKER =
  /^(?:the\s+)?(?:it|he|she|they|this|that|these|those|there|here|delegations?|states|member states|countries|participants|speakers|others|many|some|several|most|all|both|each|one|none|no one|everyone|the group|working group|the working group|oewg|the oewg|global mechanism|the global mechanism|the meeting|the discussion|the session|the debate|the proposal|the report|the draft|the text|the chair|the secretariat|general assembly|the general assembly|security council|the security council|united nations|the united nations|the un|un|member|the member|the international community|international community|in|on|at|by|for|with|as|after|before|during|following|regarding|concerning|despite|while|when|if|although|however|moreover|furthermore|finally|first|second|third|lastly|also|then|next|meanwhile|today|yesterday|overall|notably|similarly|likewise|conversely|instead|nevertheless|nonetheless|indeed|thus|hence|accordingly|consequently|the european union|the african union)\b/i;
