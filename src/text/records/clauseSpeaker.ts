import type { Mention } from './speakers.ts';
import type { SpeakerKind } from './types.ts';

/** A speaker as a clause names them: the id, its kind, the group spoken for, a person. */
export interface ClauseSpeaker {
  speaker: string;
  kind: SpeakerKind;
  deliveredBy?: string;
  onBehalfOf?: string;
  person?: { name: string; affiliation?: string };
}

/** A participant mention as a speaker. */
export function clauseSpeaker(m: Mention): ClauseSpeaker {
  if (m.speaker) return m.speaker;
  const kind: SpeakerKind =
    m.ref.kind === 'state' ? 'state' : m.ref.kind === 'group' ? 'group' : m.ref.kind === 'organisation' ? 'organisation' : roleKind(m.ref.id);
  return { speaker: m.ref.id, kind };
}

function roleKind(id: string): SpeakerKind {
  if (id === 'chair' || id === 'vice-chair' || id === 'facilitator') return 'chair';
  if (id === 'secretariat') return 'secretariat';
  if (id === 'rapporteur') return 'rapporteur';
  if (id.startsWith('person:')) return 'person';
  if (id.startsWith('stakeholder:')) return 'stakeholder';
  return 'un-entity';
}

/** The group or organisation a State speaks for: "on behalf of the African Group", ", for the G-77/China,". */
export function groupSpokenFor(text: string, mentions: Mention[], limit: number): string | null {
  const re = /(?:\bon behalf of|\bspeaking for|,\s*for)\s+/gi;
  const lead = /^\s*speaking (?:on behalf of|for)\s+/i.exec(text);
  if (lead) {
    const target = mentions.find((x) => x.start >= lead[0].length && x.start <= lead[0].length + 4);
    if (target && (target.ref.kind === 'group' || target.ref.kind === 'organisation')) return target.ref.id;
  }
  for (let m = re.exec(text); m && m.index <= limit + 40; m = re.exec(text)) {
    const at = m.index + m[0].length;
    const target = mentions.find((x) => x.start >= at && x.start <= at + 4);
    if (target && (target.ref.kind === 'group' || target.ref.kind === 'organisation')) return target.ref.id;
  }
  return null;
}

export function dedupe(speakers: ClauseSpeaker[]): ClauseSpeaker[] {
  const out: ClauseSpeaker[] = [];
  for (const s of speakers) {
    const i = out.findIndex((o) => o.speaker === s.speaker);
    if (i < 0) out.push(s);
    // "The co-facilitator, Ms Okafor, asked…": the role and the name are one speaker, and the name
    // is what tells a DTG meeting's two co-facilitators apart.
    else if (s.speaker === 'facilitator' && !out[i].person && s.person) out[i] = { ...out[i], person: s.person };
  }
  return out;
}
