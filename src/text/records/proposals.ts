import { findParticipantMentions } from '../../participants/resolve.ts';
import { splitSentences } from '../sentences.ts';
import type { Paragraph, Proposal } from './types.ts';

export interface ProposalInput {
  order: number;
  speaker: string;
  deliveredBy?: string;
  /** The sentences the statement covers, per paragraph (1-based sentence numbers). */
  pieces: Array<{ p: Paragraph; first: number; last: number }>;
  /** A statement that only supports or opposes what was proposed ("This was supported by …"). */
  support?: 'support' | 'oppose';
}

export interface ProposalLink {
  /** Order of the statement that supports or opposes. */
  order: number;
  proposal: number;
  stance: 'supports' | 'opposes';
  /** The sentence that says so. */
  sentence: string;
}

export interface ProposalFindings {
  proposals: Array<Proposal & { statementOrder: number; sentenceStart: number }>;
  links: ProposalLink[];
  /** Per statement order, the proposal a statement of support or opposition is about. */
  supportOf: Map<number, number>;
}

// "Mexico proposed a …", "put forward the suggestion that …", "suggested that …"; not "the proposed
// programme" (an adjective) and not "would not propose" (a refusal).
// A delegation's own words ("we suggest", "we request the Chair to …") and text amendments ("requested
// the deletion of paragraph 5") propose too.
const PROPOSES =
  /\b(?:propose|proposed|proposes|put forward|puts forward|tabled|suggest|suggested|suggests|made (?:a |an |several |two |three |concrete )*(?:proposals?|suggestions?|recommendations?)(?: to| that| for)?|presented a proposal|introduced a proposal|recommend|recommended|recommends|(?:request|requests|requested|requesting|ask|asks|asked)\s+(?:the\s+)?(?:Chair|Chairs|Secretariat|President|Facilitators?|you)\s+to|(?:request(?:s|ed|ing)?|propos(?:es|ed|ing)|call(?:s|ed|ing)? for|sought|seek(?:s|ing)?)\s+(?:the\s+)?(deletion|removal|insertion|inclusion|addition|replacement)\s+of|(?:introduc(?:ed|ing)|present(?:ed|ing)|tabl(?:ed|ing)|submitt(?:ed|ing))\s+(?:a|an|the|its|their)\s+(?:new\s+|revised\s+|joint\s+)?draft\s+(?:resolution|decision))\b/i;
// ("Introducing a new draft resolution on …, India's representative said": a sponsor presenting a text proposes it.)
const ADJECTIVAL = /\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+$/i;
const REFUSAL = /\b(?:not|never|n't|no)\s+(?:\w+\s+)?$|\bhad\s+(?:\w+\s+)?$/i;
// (Also the Programme of Action by name: "promoting the establishment of the PoA as a permanent mechanism".)
const ESTABLISH =
  /\b(?:establishment|creation|setting up|launch) of (?:(?:a|an) (?:new |dedicated |permanent |standing |specific |regular |single )*(?:\w+ ){0,2}(?:forum|body|mechanism|platform|programme|program|working group|repository|portal|directory|fund|network|centre|center)\b|(?:the |a )?(?:PoA|(?:Cyber )?Program(?:me)? of Action)\b)/i;
const OPPOSES =
  /\b(?:oppos(?:ed|es|e)|could not support|cannot support|can't support|did not support|does not support|do not support|rejected|rejects|expressed (?:reservations|concerns?|doubts) (?:about|regarding|on|over)|was not convinced by|is not convinced by)\b[^.;]{0,80}\b(?:proposal|suggestion|idea|initiative)s?\b/i;
const SUPPORTS = [
  /\b(?:support(?:ed|s|ing)?|endors(?:ed|es|e|ing)|welcom(?:ed|es|e|ing)|echo(?:ed|es|ing)|join(?:ed|s|ing)|back(?:ed|s|ing)|agreed with|agrees with|associated itself with|aligned itself with|favou?r(?:ed|s)|(?:could|can|would) accept|accept(?:ed|s)?)\b[^.;]{0,80}\b(?:proposal|suggestion|idea|initiative|call)s?\b/i,
  // "supported the mapping proposed by the European Union".
  /\b(?:support(?:ed|s|ing)?|endors(?:ed|es|e|ing)|welcom(?:ed|es|e|ing)|back(?:ed|s|ing))\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,3}(?:proposed|suggested|put forward|tabled)\s+by\b/i,
  /\b(?:proposal|suggestion|idea|initiative)s?\b[^.;]{0,60}\b(?:would be|is|was|could be|will be)\s+(?:very\s+|particularly\s+|most\s+)?(?:useful|helpful|valuable|interesting|worthwhile|welcome|constructive|important)\b/i,
  /\b(?:proposal|suggestion|idea|initiative)s?\b[^.;]{0,60}\b(?:deserves?|merits?|should be (?:considered|supported|taken forward|explored))\b/i,
];

// A change to the text in the passive: "… should be included in the OEWG draft", "… be deleted from the report".
const TEXT_CHANGE =
  /\b(?:that\s+)?((?:the|a|an|its|their|this|paragraph|para\.?)\s[^,;]{2,120}?)\s+(?:should|must|ought to|could|would need to)\s+be\s+(?:included|added|inserted|deleted|removed|retained|reflected|moved|replaced|reinstated)\s+(?:in|into|from|to|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:draft|report|text|document|outcome|chapeau|annex|section|paragraph)\b/i;

/**
 * Proposals made in statements and the statements that support or oppose them. A supporting
 * sentence names the proposer ("the proposal made by Ireland", "the Irish proposal", "Mexico's
 * proposal") or, naming none, refers to the latest proposal.
 */
export function findProposals(statements: ProposalInput[], paragraphs: Paragraph[] = []): ProposalFindings {
  const proposals: ProposalFindings['proposals'] = [];
  const links: ProposalLink[] = [];
  const supportOf = new Map<number, number>();
  const statementsAt = new Map<string, ProposalInput[]>();
  const byNumber = new Map<number, Paragraph>();
  for (const st of statements) {
    for (const x of st.pieces) {
      byNumber.set(x.p.n, x.p);
      for (let n = x.first; n <= x.last; n++) {
        const key = `${x.p.n}:${n}`;
        statementsAt.set(key, [...(statementsAt.get(key) ?? []), st]);
      }
    }
  }
  const all = paragraphs.length ? paragraphs : [...byNumber.values()].sort((a, b) => a.n - b.n);
  const proposedBy = new Set<number>();
  for (const p of all) {
    proposedBy.clear();
    splitSentences(p.text).forEach((s, k) => {
      const here = statementsAt.get(`${p.n}:${k + 1}`);
      if (!here) {
        reportedSupport(s.text, proposals);
        return;
      }
      const madeHere: number[] = [];
      // Proposers first, then those who only support or oppose them in the same sentence.
      for (const st of [...here.filter((x) => !x.support), ...here.filter((x) => x.support)]) {
        if (st.support) {
          const together = new Set(here.filter((x) => x.support).map((x) => x.speaker));
          const targets = madeHere.length ? madeHere : [supportTarget(s.text, st, together, proposals)].filter((t) => t >= 0);
          for (const t of targets) {
            if (proposals[t].by === st.speaker) continue;
            const stance = st.support === 'support' ? 'supports' : 'opposes';
            links.push({ order: st.order, proposal: t, stance, sentence: s.text });
            const list = stance === 'supports' ? proposals[t].supportedBy : proposals[t].opposedBy;
            if (!list.includes(st.speaker)) list.push(st.speaker);
            if (!supportOf.has(st.order)) supportOf.set(st.order, t);
          }
          continue;
        }
        // "Portugal supported that proposal, as did the delegate of Mozambique": those after "as did" join in.
        const asDid = AS_DID.exec(s.text);
        const main = asDid ? s.text.slice(0, asDid.index) : s.text;
        const link = supportOrOpposition(main) ?? supportOfNamed(main, proposals);
        const byContent = link ? -1 : supportOfContent(main, st, proposals);
        if (link || byContent >= 0) {
          const target = byContent >= 0 ? byContent : targetOf(main, st, proposals, new Set(here.map((x) => x.speaker)));
          const stance = link ?? 'supports';
          if (target >= 0 && proposals[target].by !== st.speaker) {
            links.push({ order: st.order, proposal: target, stance, sentence: s.text });
            const list = stance === 'supports' ? proposals[target].supportedBy : proposals[target].opposedBy;
            const also = asDid ? findParticipantMentions(s.text.slice(asDid.index)).map((m) => m.ref.id) : [];
            for (const id of [st.speaker, ...also]) if (id !== proposals[target].by && !list.includes(id)) list.push(id);
          }
          continue;
        }
        if (reportedSupport(s.text, proposals)) continue;
        if (proposedBy.has(st.order)) continue;
        const summary = proposalSummary(s.text, p.text.slice(s.end));
        if (summary) {
          proposedBy.add(st.order);
          madeHere.push(proposals.length);
          proposals.push({
            by: st.speaker,
            paragraph: p.n,
            summary,
            supportedBy: [],
            opposedBy: [],
            span: { start: p.start + s.start, end: p.start + s.end },
            statementOrder: st.order,
            sentenceStart: s.start,
          });
        }
      }
    });
  }
  return { proposals, links, supportOf };
}

// "The template proposed by Argentina received support from Malaysia and Kenya, while India …"
const REPORTED_SUPPORT =
  /\b(?:received|garnered|attracted|enjoyed|gained|won|drew|found)\s+(?:the\s+)?(?:broad\s+|wide\s+|strong\s+|some\s+|the\s+)?support\s+(?:from|of)\s+([^.;]*?)(?=,?\s+(?:while|but|whereas|although|though)\b|[.;]|$)|\b(?:was|were)\s+(?:also\s+)?(?:supported|endorsed|welcomed|backed)\s+by\s+([^.;]*?)(?=,?\s+(?:while|but|whereas|although|though)\b|[.;]|$)/i;

/** Supporters a narrative sentence names for a proposal; true when it names any. */
function reportedSupport(sentence: string, proposals: ProposalFindings['proposals']): boolean {
  const m = REPORTED_SUPPORT.exec(sentence);
  if (!m || proposals.length === 0) return false;
  const named = m[1] ?? m[2];
  const supporters = findParticipantMentions(named).map((x) => x.ref.id);
  if (supporters.length === 0) return false;
  const before = findParticipantMentions(sentence.slice(0, m.index)).map((x) => x.ref.id);
  let target = -1;
  for (const id of before) {
    for (let i = proposals.length - 1; i >= 0 && target < 0; i--) if (proposals[i].by === id) target = i;
  }
  if (target < 0 && before.length === 0) target = proposals.length - 1;
  if (target < 0) return false;
  for (const id of supporters) {
    if (id !== proposals[target].by && !proposals[target].supportedBy.includes(id)) proposals[target].supportedBy.push(id);
  }
  return true;
}

// "We support Ghana.", "Chile joined Mexico": backing a delegation that has made a proposal backs the proposal.
const BACKS =
  /\b(?:support(?:s|ed)?|endorse[sd]?|second(?:s|ed)?|echo(?:es|ed)?|agree[sd]? with|join(?:s|ed)?|back(?:s|ed)?|associate[sd]? (?:itself|ourselves|myself) with)\s+(?:the\s+)?(?:(?:delegation|representative|proposal|call|idea|suggestion|initiative) of\s+(?:the\s+)?)?$/i;

function supportOfNamed(sentence: string, proposals: ProposalFindings['proposals']): 'supports' | null {
  if (proposals.length === 0) return null;
  for (const m of findParticipantMentions(sentence)) {
    if (BACKS.test(sentence.slice(Math.max(0, m.start - 60), m.start)) && proposals.some((p) => p.by === m.ref.id)) return 'supports';
  }
  return null;
}

const AS_DID = /,?\s+as did\s+/i;

// "also supported the annual mapping": backing a thing named as an earlier proposal names it.
// Finite forms only: "to support the development of …" backs nothing that was proposed.
const SUPPORTS_THING =
  /\b(?:supported|supports|endorsed|endorses|welcomed|welcomes|backed|backs|favou?red|favou?rs)\s+(?:the\s+|that\s+|this\s+)?((?:[\w-]+\s+){0,2}[\w-]{5,})/i;
const NOT_A_THING =
  /^(?:proposal|suggestion|idea|initiative|views?|positions?|statements?|remarks|approach|work|efforts?|chair|secretariat|working|group|states?|delegations?|countries)$/i;

/** The proposal a sentence backs by naming its object ("supported the annual mapping"), or -1. */
function supportOfContent(sentence: string, st: ProposalInput, proposals: ProposalFindings['proposals']): number {
  if (proposals.length === 0) return -1;
  const m = SUPPORTS_THING.exec(sentence);
  if (!m || /\b(?:not|never|n't)\s+(?:\w+\s+)?$/i.test(sentence.slice(0, m.index))) return -1;
  const words = m[1].toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  if (NOT_A_THING.test(head)) return -1;
  for (let i = proposals.length - 1; i >= 0; i--) {
    if (proposals[i].by === st.speaker) continue;
    const summary = ` ${proposals[i].summary.toLowerCase().split(':')[0]} `;
    if (summary.includes(` ${head} `) || summary.includes(` ${head}s `)) return i;
  }
  return -1;
}

function supportOrOpposition(sentence: string): 'supports' | 'opposes' | null {
  if (OPPOSES.test(sentence)) return 'opposes';
  if (SUPPORTS.some((re) => re.test(sentence))) return 'supports';
  return null;
}

/** The proposal a "This was supported by A, B and C" sentence is about: one whose proposer it names, else the latest. */
function supportTarget(sentence: string, st: ProposalInput, together: Set<string>, proposals: ProposalFindings['proposals']): number {
  const named = findParticipantMentions(sentence)
    .map((m) => m.ref.id)
    .filter((id) => !together.has(id) && id !== st.deliveredBy);
  for (const id of named) {
    for (let i = proposals.length - 1; i >= 0; i--) if (proposals[i].by === id) return i;
  }
  for (let i = proposals.length - 1; i >= 0; i--) if (proposals[i].by !== st.speaker) return i;
  return -1;
}

function targetOf(sentence: string, st: ProposalInput, proposals: ProposalFindings['proposals'], together: Set<string> = new Set()): number {
  const named = findParticipantMentions(sentence)
    .map((m) => m.ref.id)
    .filter((id) => id !== st.speaker && id !== st.deliveredBy && !together.has(id));
  for (const id of named) {
    for (let i = proposals.length - 1; i >= 0; i--) if (proposals[i].by === id) return i;
  }
  if (named.length > 0) return -1;
  for (let i = proposals.length - 1; i >= 0; i--) if (proposals[i].by !== st.speaker) return i;
  return -1;
}

/** The proposal's content: what follows the cue, with the next sentence when the cue's is short. */
function proposalSummary(sentence: string, rest: string): string | null {
  const m = PROPOSES.exec(sentence);
  let object: string | null = null;
  if (m && !ADJECTIVAL.test(sentence.slice(0, m.index)) && !REFUSAL.test(sentence.slice(0, m.index))) {
    const rest = sentence.slice(m.index + m[0].length);
    // "requested the deletion of paragraph 4": the amendment is the proposal ("Deletion of paragraph 4").
    object = m[1] ? `${m[1]} of ${rest.trim()}` : rest.replace(/^\s*(?:the\s+)?(?:suggestion|proposal|idea)?\s*(?:that|of|to)?\s*/i, '').trim();
    if (/^(?:by|in|at)\b/i.test(object)) object = null;
  }
  if (!object) {
    // "the reference to resolution 73/27 should be included in the draft": the change asked for.
    const change = TEXT_CHANGE.exec(sentence);
    if (change && !REFUSAL.test(change[1])) object = change[0].replace(/^(?:that|which)\s+/i, '');
  }
  if (!object) {
    const e = ESTABLISH.exec(sentence);
    if (!e || REFUSAL.test(sentence.slice(0, e.index))) return null;
    object = sentence.slice(e.index).trim();
  }
  object = object.replace(/[.;:]+$/, '');
  if (object.split(/\s+/).length < 3) return null;
  let summary = object.charAt(0).toUpperCase() + object.slice(1);
  if (summary.split(/\s+/).length < 10) {
    const next = splitSentences(rest)[0]?.text;
    if (next) summary += `: ${next.replace(/^(?:First|Firstly|Specifically|In particular),?\s*/i, '').replace(/[.;]+$/, '')}`;
  }
  return summary.length > 400 ? `${summary.slice(0, 397).replace(/\s+\S*$/, '')}…` : summary;
}
