import { findParticipantMentions, resolveParticipant, type ParticipantRef } from '../../participants/resolve.ts';
import { UN_ENTITIES } from '../../participants/unEntities.ts';
import { TITLE } from './vocabulary.ts';

/** Who a paragraph opening or a speaker line names as speaking. */
export interface SpeakerCue {
  /** The speaker id: ISO3, `chair`, `secretariat`, a UN entity, a group or an organisation id. */
  speaker: string;
  speakerKind: ParticipantRef['kind'] | 'role';
  deliveredBy?: string;
  onBehalfOf?: string;
  /** The words that named the speaker. */
  surface: string;
  /** The text says the speaker took the floor again. */
  again: boolean;
  /** A person named in the cue, with their affiliation as written. */
  person?: { name: string; affiliation?: string };
  /** States speaking together with the speaker, as a speaker line names them ("Cuba (also on behalf of Nicaragua)"). */
  also?: string[];
}

interface Mention {
  start: number;
  end: number;
  surface: string;
  ref: ParticipantRef | { kind: 'role'; id: string };
  /** For a name the document introduced ("Ms. Ruiz"): the speaker it stands for, with the person. */
  speaker?: import('./clauseSpeaker.ts').ClauseSpeaker;
}

const AGAIN =
  /\b(?:(?:took|takes|taking|take) the floor (?:again|once more|a second time)|again took the floor|(?:second|further|another) intervention|for a second time|(?:spoke|speaking) again)\b/i;

/**
 * Per role, its pattern and the lower-case words one of which its text must hold: a paragraph that
 * passes the role gate ("disarmament" is in most First Committee speeches) is searched only with the
 * patterns whose words it holds.
 */
const ROLE_PATTERNS: Array<{ id: string; re: RegExp; words: string[] }> = buildRolePatterns();

function buildRolePatterns(): Array<{ id: string; re: RegExp; words: string[] }> {
  const out: Array<{ id: string; re: RegExp; words: string[] }> = [];
  for (const e of UN_ENTITIES) {
    const names = [e.name.replace(/^The /, ''), ...e.aliases].sort((a, b) => b.length - a.length);
    const caseSensitive = names.every((n) => n === n.toUpperCase());
    const alternation = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    out.push({ id: e.id, re: new RegExp(`\\b(?:${alternation})\\b`, caseSensitive ? 'g' : 'gi'), words: shortest(names) });
  }
  out.push({ id: 'chair', re: /\b(?:Co-Chair(?:person|man|woman)?|Chair(?:person|man|woman)?)\b/g, words: ['chair'] });
  // "the chair summarised…": lower case only after "the", where it cannot be the verb.
  out.push({ id: 'chair', re: /(?<=\b[Tt]he\s)(?:co-)?chair(?:person|man|woman)?\b/g, words: ['chair'] });
  return out;
}

/** The names lower-cased, without those that hold a shorter one ("chairperson" holds "chair"). */
function shortest(names: string[]): string[] {
  const lower = [...new Set(names.map((n) => n.toLowerCase()))].sort((a, b) => a.length - b.length);
  return lower.filter((n, i) => !lower.slice(0, i).some((m) => n.includes(m)));
}

// One cheap test before the per-entity patterns, which most paragraph openings never need.
// One cheap test before the per-entity patterns, which most paragraph openings never need. (A single
// case-insensitive alternation measured faster than searching each word in a lower-cased copy.)
// (Run case-sensitively on the lower-cased copy, which the per-entity word tests need anyway, it
// measured a quarter faster than case-insensitively on the text.)
const ANY_ROLE =
  /chair|secretar|rapporteur|unoda|unidir|\bitu\b|unodc|undp|disarmament|telecommunication|drugs and crime|facilitator|red cross|icrc|gfce|cyber expertise|interpol|criminal police|oecd|economic co-?operation|development programme/;

// The body whose Chair presides over the meeting recorded.
const OF_THIS_BODY =
  /^\s+of\s+(?:the\s+)?(?:UN\s+)?(?:OEWG|Open-[Ee]nded [Ww]orking [Gg]roup|[Ww]orking [Gg]roup|Global Mechanism|[Mm]eeting|[Ss]ession|[Pp]lenary|[Cc]onference)\b/;

function roleMentions(text: string): Mention[] {
  const out: Mention[] = [];
  const lower = text.toLowerCase();
  if (!ANY_ROLE.test(lower)) return out;
  for (const { id, re, words } of ROLE_PATTERNS) {
    if (!words.some((w) => lower.includes(w))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "the President of France" names a State's official, not the presiding officer; "the Chair of
      // the working group" is the presiding officer.
      const after = text.slice(m.index + m[0].length);
      const body = id === 'chair' ? OF_THIS_BODY.exec(after) : null;
      if (id === 'chair' && !body && /^\s+of\b/i.test(after)) continue;
      const end = m.index + m[0].length + (body ? body[0].length : 0);
      out.push({ start: m.index, end, surface: text.slice(m.index, end), ref: { kind: 'role', id } });
    }
  }
  if (out.length < 2) return out;
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((m, i) => !out.some((o, j) => j !== i && o.start <= m.start && m.end <= o.end && (o.end - o.start > m.end - m.start || j < i)));
}

export { KnownNames as ChairNames } from './knownNames.ts';
import type { KnownNames as ChairNames } from './knownNames.ts';

// Kind detection, attribution and the mentions beside a statement ask about the same lines: the
// answers for the last few hundred texts are kept (a scan of the participant lexicon is the reader's
// largest single cost). Callers never change the arrays they get.
const CACHE_SIZE = 512;
let cache = new Map<string, Mention[]>();
let older = new Map<string, Mention[]>();

/** Mentions of a text, remembered for the texts asked about most recently. */
function allMentions(text: string): Mention[] {
  let found = cache.get(text) ?? older.get(text);
  if (found) return found;
  found = computeMentions(text);
  if (cache.size >= CACHE_SIZE) {
    older = cache;
    cache = new Map();
  }
  cache.set(text, found);
  return found;
}

function computeMentions(text: string): Mention[] {
  const mentions: Mention[] = findParticipantMentions(text);
  const roles = roleMentions(text);
  if (roles.length === 0) return mentions;
  return [...mentions, ...roles]
    .filter((r) => r.ref.kind !== 'role' || !mentions.some((m) => m.start < r.end && r.start < m.end))
    .sort((a, b) => a.start - b.start);
}

/** The group or organisation a State speaks for: "on behalf of the African Group". */
function groupSpokenFor(text: string, mentions: Mention[], limit: number): string | null {
  const re = /\b(?:on behalf of|speaking for)\s+/gi;
  for (let m = re.exec(text); m && m.index <= limit + 40; m = re.exec(text)) {
    const at = m.index + m[0].length;
    const target = mentions.find((x) => x.start >= at && x.start <= at + 4);
    if (target && (target.ref.kind === 'group' || target.ref.kind === 'organisation')) return target.ref.id;
  }
  return null;
}

/**
 * A line that only names who speaks next, as in transcripts: "Australia", "Chair", "The Chair",
 * "Ambassador Gafoor", "Egypt (on behalf of the African Group)", "Mr. Smith (Brazil):",
 * "Mr. Haruto Sato, Japan", "Kenya – Deputy Permanent Representative", ">> SAUDI ARABIA:",
 * "Izumi Nakamitsu (UNODA)". A titled person Accord cannot place is a `person:` speaker.
 */
export function speakerLabel(line: string, chairs: ChairNames): SpeakerCue | null {
  const label = line
    .trim()
    .replace(/^>+\s*/, '')
    .replace(/[:：]\s*$/, '')
    .trim();
  if (label.length === 0 || label.length > 90 || (/[.!?;]$/.test(label) && !/\b(?:Mr|Ms|Mrs|Dr|H\.E)\.$/.test(label))) return null;
  // "Mr. Chair,", "Distinguished delegates,": a salutation opening a speech, not the name of who speaks next.
  if (label.endsWith(',')) return null;
  if (label.split(/\s+/).length > 12) return null;
  // "Chair: Mr. Abdelkader (Algeria)" declares who presides, "(Saint Lucia)" continues a header; neither is a turn.
  if (/[:：]\s/.test(label) || label.startsWith('(')) return null;
  const again = AGAIN.test(label);
  const mentions = allMentions(label);
  const roles = mentions.filter((m) => m.ref.kind === 'role');
  const states = mentions.filter((m) => m.ref.kind === 'state');
  const groups = mentions.filter((m) => m.ref.kind === 'group' || m.ref.kind === 'organisation');

  if (/\bon behalf of\b/i.test(label) && states.length === 1 && groups.length >= 1) {
    const group = groupSpokenFor(label, mentions, label.length);
    if (group) {
      return { speaker: group, speakerKind: 'group', deliveredBy: states[0].ref.id, onBehalfOf: group, surface: label, again };
    }
  }
  // "Cuba (also on behalf of Nicaragua and Venezuela)", "Australia (also on behalf of Canada and New Zealand)".
  const alsoFor = /^([^()]{2,60}?)\s*\((?:speaking\s+)?also on behalf of\s+([^()]{2,80})\)$/i.exec(label);
  if (alsoFor && states.length >= 2 && states[0].start === 0) {
    const ids = [...new Set(states.map((x) => x.ref.id))];
    const together = ids.slice().sort().join(',') === 'AUS,CAN,NZL' ? 'canz' : null;
    if (together) return { speaker: together, speakerKind: 'group', deliveredBy: ids[0], onBehalfOf: together, surface: label, again };
    return { speaker: ids[0], speakerKind: 'state', surface: label, again, also: ids.slice(1) };
  }
  const stripped = label.replace(/\s*\((?:[^()]*)\)\s*/g, ' ').trim();
  if (/^(?:moderator|chairman|chairperson|chair|president)(?:\s+[A-Z][\p{L}'’-]+){0,2}$/iu.test(label) && !states.length) {
    return { speaker: 'chair', speakerKind: 'role', surface: label, again };
  }
  if (roles.length === 1 && states.length === 0 && groups.length === 0 && isOnlyRole(label, roles[0])) {
    return { speaker: roles[0].ref.id, speakerKind: 'role', surface: label, again };
  }
  // A bare name the document introduced ("Ambassador Gafoor", "Ms. Ruiz") names its speaker.
  const known = BARE_NAME.test(stripped) ? chairs.lookup(stripped) : null;
  const person = label.match(TITLED_LABEL);
  if (person) {
    const inParens = person[2] ? resolveParticipant(person[2].replace(/^(?:the\s+)?observer (?:for|of)\s+/i, '')) : null;
    const name = person[1].trim();
    if (inParens) return { speaker: inParens.id, speakerKind: inParens.kind, surface: label, again, person: { name, affiliation: person[2] } };
    if (person[2] && /\bvice-?\s?chair/i.test(person[2])) return { speaker: 'vice-chair', speakerKind: 'role', surface: label, again, person: { name } };
    if (person[2] && /\bfacilitator\b/i.test(person[2])) {
      const f = known?.speaker === 'facilitator' ? known : null;
      return { speaker: 'facilitator', speakerKind: 'role', surface: label, again, person: f?.person ?? { name, affiliation: person[2] } };
    }
    if (person[2] && /\bchair/i.test(person[2])) return { speaker: 'chair', speakerKind: 'role', surface: label, again, person: { name } };
    if (known) return { speaker: known.speaker, speakerKind: 'role', surface: label, again, ...(known.person ? { person: known.person } : {}) };
    if (person[2]) {
      const org = mentions.find((m) => m.ref.kind !== 'state' && m.start > label.indexOf('('));
      if (org) return { speaker: org.ref.id, speakerKind: org.ref.kind, surface: label, again, person: { name, affiliation: person[2] } };
    }
    if (/^[A-ZÀ-Ý][\p{L}'’-]+(?:\s+[A-ZÀ-Ý][\p{L}'’-]+){0,3}$/u.test(name) && !resolveParticipant(name)) {
      return { speaker: personId(name), speakerKind: 'role', surface: label, again, person: { name, ...(person[2] ? { affiliation: person[2] } : {}) } };
    }
  }
  if (known) return { speaker: known.speaker, speakerKind: 'role', surface: label, again, ...(known.person ? { person: known.person } : {}) };
  // "UNIDIR Giacomo Persi Pauli", "Giacomo Persi Pauli UNIDIR": an organisation's person, named beside it.
  const beside = roles.length === 1 && states.length === 0 && groups.length === 0 && roles[0].ref.id !== 'chair' ? personBeside(label, roles[0]) : null;
  if (beside) return { speaker: roles[0].ref.id, speakerKind: 'role', surface: label, again, person: { name: beside, affiliation: roles[0].surface } };
  const whole = resolveParticipant(stripped) ?? resolveParticipant(label);
  if (whole) return { speaker: whole.id, speakerKind: whole.kind, surface: label, again };
  // "Mr. Haruto Sato, Japan", "Kenya – Deputy Permanent Representative", "Izumi Nakamitsu (UNODA)".
  const parts = label.split(/\s*(?:,|\s[–—-]\s|\(|\))\s*/).filter(Boolean);
  if (parts.length >= 2) {
    const placed = parts.map((x) => resolveParticipant(x.replace(/^(?:the\s+)?observer (?:for|of)\s+/i, '')));
    const hits = placed.filter(Boolean);
    if (hits.length === 1) {
      const ref = hits[0]!;
      const name = parts.find(
        (x, i) =>
          !placed[i] &&
          /^(?:(?:Mr|Ms|Mrs|Dr|H\.E|Ambassador|Amb)\.?\s+)?[A-ZÀ-Ý][\p{L}'’-]+(?:\s+[A-ZÀ-Ý][\p{L}'’-]+){1,3}$/u.test(x) &&
          !/representative|delegate|minister|ambassador\b|director|officer|adviser|advisor/i.test(x),
      );
      return {
        speaker: ref.id,
        speakerKind: ref.kind,
        surface: label,
        again,
        ...(name ? { person: { name, affiliation: parts.find((x, i) => placed[i] === ref) } } : {}),
      };
    }
  }
  return null;
}

// Speaker-line shapes, built once (speakerLabel runs on every short line).
const BARE_NAME = new RegExp(`^(?:${TITLE}\\s+)*[A-ZÀ-Ý][\\p{L}'’-]+(?:\\s+[A-ZÀ-Ý][\\p{L}'’-]+){0,3}$`, 'u');
const TITLED_LABEL = new RegExp(`^(?:the\\s+)?${TITLE}\\s+(.{1,60}?)\\s*(?:\\((.{1,60})\\))?$`, 'i');
const LEADING_TITLES = new RegExp(`^(?:${TITLE}\\s+)+`, 'i');
const ROLE_FILLERS = new RegExp(`\\b(?:the|of|madam|mister|mr|ms|${TITLE})\\b`, 'gi');

const PERSON_NAME = /^[A-ZÀ-Ý][\p{L}'’-]+(?:\s+(?:[A-ZÀ-Ý][\p{L}'’-]+|de|da|van|von|der|al|el|bin)){1,3}$/u;

/** The person's name standing before or after an organisation's name in a speaker line, or null. */
function personBeside(label: string, org: Mention): string | null {
  const rest = (org.start === 0 ? label.slice(org.end) : org.end === label.length ? label.slice(0, org.start) : '').replace(/^[\s,–—-]+|[\s,–—-]+$/g, '');
  return rest && PERSON_NAME.test(rest) && !resolveParticipant(rest) ? rest : null;
}

/** `person:` and the name lower-cased, titles dropped, spaces as hyphens. */
export function personId(name: string): string {
  const bare = name.replace(LEADING_TITLES, '').trim();
  return `person:${bare
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

function isOnlyRole(label: string, role: Mention): boolean {
  const rest = (label.slice(0, role.start) + ' ' + label.slice(role.end))
    .replace(/\([^()]*\)/g, ' ')
    .replace(ROLE_FILLERS, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  return rest.length === 0 || /^(?:of the )?(?:working group|oewg|meeting|session|committee)$/i.test(rest);
}

/** "X: Thank you, Chair…" — a transcript turn whose speaker leads the line. */
export function inlineSpeaker(paragraph: string, chairs: ChairNames): { cue: SpeakerCue; contentStart: number } | null {
  const m = paragraph.match(/^([^:]{2,80}):\s+(?=\S)/);
  if (!m) return null;
  // ">> THOMAS SCHNEIDER: …": captioners' labels name whoever speaks, State or person.
  const caption = /^>+\s*/.test(m[1]);
  if (caption) {
    const cue = speakerLabel(m[1], chairs);
    if (cue) return { cue, contentStart: m[0].length };
    const name = m[1].replace(/^>+\s*/, '').trim();
    if (/^[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}$/u.test(name)) {
      const title = name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
      return { cue: { speaker: personId(title), speakerKind: 'role', surface: m[1], again: false, person: { name: title } }, contentStart: m[0].length };
    }
    return null;
  }
  // "Chair: Ambassador X" declares who presides; a turn has sentences after the colon.
  const content = paragraph.slice(m[0].length);
  if (!/[.!?…]["'”’)]*$/.test(content) && content.split(/\s+/).length < 8) return null;
  const cue = speakerLabel(m[1], chairs);
  return cue ? { cue, contentStart: m[0].length } : null;
}

/** States named in a text, as ISO3 codes in order of first mention. */
export function statesMentioned(text: string): string[] {
  const out: string[] = [];
  for (const m of allMentions(text)) {
    if (m.ref.kind === 'state' && !out.includes(m.ref.id)) out.push(m.ref.id);
  }
  return out;
}

/** Participant mentions of a text (States, groups, organisations), for callers outside this file. */
export function mentionsIn(text: string): Mention[] {
  return allMentions(text);
}

export type { Mention };
