/**
 * The words rapporteurs use to report speech, as regular-expression sources shared by the speaker
 * cues (speakers.ts) and the clause reader (clauses.ts).
 */

export const ROLE_NOUN =
  '(?:(?:permanent |deputy permanent |deputy |alternate |acting )?representatives?|delegates?|delegations?|' +
  '(?:permanent )?(?:ambassadors?|envoys?|observers?)|ministers?|speakers?|experts?|head of (?:the )?delegation|' +
  'government|mission|president|vice-president|prime minister|foreign minister|minister for foreign affairs)';

export const TITLE = '(?:Mr|Ms|Mrs|Miss|Mme|Mlle|Dr|Prof|Sir|Dame|H\\.\\s?E|Ambassador|Amb|Minister|Judge|Archbishop|Monsignor|Sheikh|Lord|Baroness)\\.?';

// What a presiding officer commences or initiates: "the session", "its consultations".
const SESSION_OBJECT =
  '(?:the|this|its|a|an) (?:[\\w-]+ ){0,2}(?:session|meeting|discussion|debate|segment|dialogue|consultations?|proceedings|deliberations|exchange|work)';

// Verbs and verb phrases that report speech or a position; an opening "X <verb>" names a speaker.
export const VERB_ALTERNATIVES =
  '(?:stated|states|said|says|underlined|underlines|underscored|underscores|highlighted|highlights|noted|notes|' +
  'reiterated|reiterates|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|expressed|expresses|proposed|proposes|' +
  'put forward|puts forward|suggested|suggests|considered|considers|believed|believes|believe that|recalled|recalls|welcomed|' +
  'welcomes|supported|supports|called|calls|took the floor|takes the floor|taking the floor|argued|argues|' +
  'pointed out|points out|asserted|asserts|added|adds|agreed|agrees|indicated|indicates|observed|observes|remarked|' +
  'mentioned|mentions|explained|explains|shared|shares|informed|informs|announced|announces|questioned|' +
  'questions|asked|asks|urged|urges|maintained|maintains|acknowledged|acknowledges|recogni[sz]ed|recogni[sz]es|' +
  'affirmed|affirms|reaffirmed|reaffirms|echoed|echoes|favou?red|favou?rs|opined|drew attention|draws attention|' +
  'referred|refers|commented|comments|presented|presents|introduced|introduces|described|describes|outlined|' +
  'outlines|cautioned|cautions|warned|warns|objected|objects|opposed|opposes|requested|requests|wished|wishes|' +
  'hoped|hopes|thanked|thanks|raised|raises|insisted|insists|concluded|concludes|reported|reports|reminded|' +
  'reminds|joined|joins|aligned|aligns|associated|delivered|delivers|spoke|speaks|posited|encouraged|encourages|' +
  'invited|invites|sought|seeks|contended|contends|clarified|clarifies|elaborated|elaborates|continued|continues|' +
  'responded|responds|replied|replies|countered|counters|voiced|voices|conveyed|conveys|shared|offered|offers|' +
  'regretted|regrets|doubted|doubts|felt|feels|saw|sees|viewed|views|opened|opens|closed|closes|began|begins|' +
  'summari[sz]ed|summari[sz]es|(?:is|was|remains|remained) (?:of the (?:view|opinion)|in favou?r|(?:not |also |firmly |fully |deeply |strongly )?' +
  '(?:convinced|concerned|committed|ready|willing|open|against|opposed|supportive|pleased|grateful|of the belief|unconvinced|sceptical|skeptical|cautious))|' +
  '(?:does|did|do|would|could|can|will) not (?:support|agree|believe|see|accept|share|oppose|object)|cannot (?:support|agree|accept)|' +
  'would like to|wishes to|wished to|has (?:always|consistently|long|repeatedly|also) \\w+|had (?:proposed|suggested|called|stated|said|argued)|' +
  'made (?:(?:a|an|the|several|two|three|four) )?(?:[\\w-]+ ){0,2}(?:proposals?|points?|case|suggestions?|recommendations?|arguments?|plea|appeal|call|statement|intervention|remarks?|comments?)|adjourned|adjourns|suspended|reflected on|' +
  'registered|disassociated|dissociated|specified|itemi[sz]ed|gave (?:an?|the) (?:overview|presentation|briefing|update)|recommended|recommends|' +
  'identified|identifies|tabled|submitted|reflected|reflects|wanted|wants|declared|declares|' +
  'confirmed|confirms|acknowledged|valued|values|appreciated|appreciates|underlining|stressing|noting|held|holds|' +
  'deemed|deems|judged|judges|reminded|emphasised|expressed|offered|volunteered|briefed|updated|' +
  'endorsed|endorses|lamented|laments|flagged|flags|advocated|advocates|championed|champions|pushed for|pushes for|' +
  'condemned|condemns|rejected|rejects|seconded|seconds|backed|backs|praised|praises|commended|commends|lauded|' +
  'recounted|detailed|listed|cited|discussed|spoke of|speaks of|put (?:it|the case)|went on|goes on|expanded|' +
  'addressed|addresses|advised|cautioned|preferred|prefers|opted|chose|chooses|decided|decides|engaged in|mentioned|characteri[sz]ed|depicted|noted|signalled|signaled|indicated|questioned|challenged|' +
  // a presiding speaker moving the meeting on ("Ms X, co-facilitator, turned to the second question")
  'turned to|turns to|moved on to|moves on to|' +
  // a presiding officer's procedural acts ("The Chair circulated a draft programme", "commenced the meeting by…")
  'circulated|circulates|' +
  // (each opens on its own word: an alternative that opens with a group is tried at every position, see byFirstLetter)
  ['commenced', 'commences', 'initiated', 'initiates'].map((v) => `${v} ${SESSION_OBJECT}`).join('|') +
  '|' +
  'provided (?:a|an|the|his|her|its|their) (?:[\\w-]+ ){0,2}(?:summary|overview|update|briefing|presentation|account|assessment|review|reflections?|remarks|comments|input|feedback|explanation))';

const ADVERB_ALTERNATIVES =
  '(?:(?:also|further|then|again|subsequently|additionally|moreover|later|briefly|firmly|strongly|fully|' +
  'similarly|likewise|too|first|finally|in turn|in addition|once again|equally|specifically|explicitly|' +
  'clearly|notably|particularly|repeatedly|in fact|indeed|formally|instead|nonetheless|nevertheless|' +
  'specifically|however|meanwhile|though|on its part|in its statement|in her statement|in his statement)\\s+){0,3}';

/**
 * An alternation regrouped by first letter: "(?:s(?:tated|aid)|u(?:nderlined)|…)". The engine then
 * tries one branch per letter instead of every word, which made the verb patterns several times
 * faster (they are tried at every name in every sentence). Alternatives that open with a group stay as
 * they are, after the others.
 */
function byFirstLetter(source: string): string {
  const alts = alternatives(unwrapGroup(source));
  const buckets = new Map<string, string[]>();
  const rest: string[] = [];
  for (const a of [...new Set(alts)]) {
    if (/^[a-z]/i.test(a)) {
      const k = a[0].toLowerCase();
      buckets.set(k, [...(buckets.get(k) ?? []), a.slice(1)]);
    } else rest.push(a);
  }
  // Longer alternatives first within a letter, so "stated" is not cut to "state" by an earlier, shorter one.
  const grouped = [...buckets].map(([k, tails]) => `${k}(?:${tails.sort((x, y) => y.length - x.length).join('|')})`);
  return `(?:${[...grouped, ...rest].join('|')})`;
}

/** A pattern without its outer non-capturing group. */
export function unwrapGroup(s: string): string {
  return s.startsWith('(?:') && s.endsWith(')') ? s.slice(3, -1) : s;
}

/** A pattern split at its top-level `|`. */
export function alternatives(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

export const VERB = byFirstLetter(VERB_ALTERNATIVES);

const ADVERB_GROUP = ADVERB_ALTERNATIVES.replace(/^\(\?:\(\?:/, '(?:').replace(/\)\\s\+\)\{0,3\}$/, ')');
export const ADVERBS = `(?:${byFirstLetter(ADVERB_GROUP)}\\s+){0,3}`;
