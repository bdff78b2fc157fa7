import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { AKN_NS, aknId, el, xml, type XmlElement } from '../exports/akn.ts';
import { toCsv, type Cell } from '../exports/csv.ts';
import { NotFound } from '../foundation/errors.ts';
import { meetingById, statementsOf } from './queries.ts';
import type { SearchHit } from './search.ts';
import { speakerKind, speakerLabel, speakerName } from './speakers.ts';

const PERSON_KINDS = new Set(['chair', 'secretariat', 'rapporteur', 'person']);

/** One entry of the references: a TLC element's tag, id and name. */
interface Reference {
  tag: 'TLCPerson' | 'TLCOrganization' | 'TLCRole';
  eId: string;
  showAs: string;
}
const ontology: Record<Reference['tag'], string> = { TLCPerson: 'person', TLCOrganization: 'organization', TLCRole: 'role' };

/**
 * Who a statement's speech is `by` and `as`: a State, group or entity is a TLCOrganization; the
 * Chair, Secretariat and rapporteurs are TLCPersons; a speaker named as a person is a TLCPerson
 * by name, speaking `as` the organisation Accord knows them by or as the role their affiliation
 * names. A group statement is `as` the State that delivered it, as before.
 */
function speakerRefs(s: {
  speaker_id: string;
  speaker_kind: string;
  speaker_name: string | null;
  speaker_affiliation: string | null;
  delivered_by: string | null;
}): { by: Reference; as: Reference | null; also: Reference[] } {
  const kind = speakerKind(s.speaker_id, s.speaker_kind);
  const org = (id: string): Reference => ({
    tag: PERSON_KINDS.has(speakerKind(id)) ? 'TLCPerson' : 'TLCOrganization',
    eId: aknId(id),
    showAs: speakerName(id),
  });
  if (s.speaker_name) {
    const person: Reference = { tag: 'TLCPerson', eId: aknId(`person-${s.speaker_name.toLowerCase()}`), showAs: s.speaker_name };
    if (kind !== 'person') return { by: person, as: org(s.speaker_id), also: s.delivered_by ? [org(s.delivered_by)] : [] };
    const role: Reference | null = s.speaker_affiliation
      ? { tag: 'TLCRole', eId: aknId(`role-${s.speaker_affiliation.toLowerCase()}`), showAs: s.speaker_affiliation }
      : null;
    return { by: person, as: role, also: [] };
  }
  return { by: org(s.speaker_id), as: s.delivered_by ? org(s.delivered_by) : null, also: [] };
}

/**
 * A meeting as an Akoma Ntoso `debate`: one `speech` per visible statement (several may share a
 * paragraph, and each speaker of a joint sentence has its own), `by` pointing at a TLCPerson or
 * TLCOrganization in the references; each `p` is the part of a source paragraph the statement covers.
 */
export async function meetingAkn(db: Db, actor: Actor, meetingId: number): Promise<string> {
  const m = await meetingById(db, meetingId);
  if (!m) throw NotFound('That meeting', 'meeting.not_found');
  const statements = await statementsOf(db, actor, { meetingId });
  const date = m.held_on ?? '1970-01-01';
  const name = `${m.process_title} — ${m.session_title}, meeting ${m.number}`;
  const uri = `/akn/un/debate/${date}/meeting-${m.id}`;
  const references = new Map<string, Reference>();
  const speeches = statements.map((s) => {
    const who = speakerRefs(s);
    for (const r of [who.by, ...(who.as ? [who.as] : []), ...who.also]) if (!references.has(r.eId)) references.set(r.eId, r);
    const eId = `speech_${s.document_id}_${s.position}`;
    return el('speech', { eId, by: `#${who.by.eId}`, ...(who.as ? { as: `#${who.as.eId}` } : {}) }, [
      el('from', {}, [speakerLabel(s)]),
      ...s.text.split('\n').map((p, i) => el('p', { eId: `${eId}__para_${s.paragraphs[i] ?? i + 1}` }, [p])),
    ]);
  });
  const refs: XmlElement[] = [...references.values()].map((r) => el(r.tag, { eId: r.eId, href: `/ontology/${ontology[r.tag]}/un/${r.eId}`, showAs: r.showAs }));
  const frbr = (level: string, suffix: string) =>
    el(level, {}, [
      el('FRBRthis', { value: `${uri}${suffix}` }),
      el('FRBRuri', { value: `${uri}${suffix}` }),
      el('FRBRdate', { date, name: 'meeting' }),
      el('FRBRauthor', { href: '#secretariat' }),
      ...(level === 'FRBRWork' ? [el('FRBRcountry', { value: 'un' })] : []),
      ...(level === 'FRBRExpression' ? [el('FRBRlanguage', { language: 'eng' })] : []),
    ]);
  return xml(
    el('akomaNtoso', { xmlns: AKN_NS }, [
      el('debate', { name: name }, [
        el('meta', {}, [
          el('identification', { source: '#secretariat' }, [
            frbr('FRBRWork', ''),
            frbr('FRBRExpression', '/eng@'),
            frbr('FRBRManifestation', '/eng@/main.xml'),
          ]),
          el('references', { source: '#secretariat' }, [
            ...(references.has('secretariat')
              ? []
              : [el('TLCOrganization', { eId: 'secretariat', href: '/ontology/organization/un/secretariat', showAs: 'Secretariat' })]),
            ...refs,
          ]),
        ]),
        el('preface', {}, [el('p', {}, [name])]),
        el('debateBody', {}, [
          el('debateSection', { eId: 'dbsect_1', name: m.agenda_pillar ?? 'debate' }, [
            el('heading', {}, [m.agenda_text ?? m.agenda_pillar ?? m.title ?? name]),
            ...speeches,
          ]),
        ]),
      ]),
    ]),
  );
}

/** Statements (search results) as CSV, one row per statement. */
export function statementsCsv(hits: Array<SearchHit & { text?: string }>, texts: Map<number, string>): string {
  // Sentences as "paragraph.sentence"; a last sentence stored before sentences were numbered is
  // the paragraph alone ("7": through its end).
  const rows: Cell[][] = [
    [
      'statement_id',
      'document_id',
      'meeting_id',
      'date',
      'speaker',
      'speaker_name',
      'speaker_kind',
      'person',
      'affiliation',
      'delivered_by',
      'joint_with',
      'regional_group',
      'paragraph',
      'from_sentence',
      'to_sentence',
      'char_start',
      'char_end',
      'text',
    ],
  ];
  for (const h of hits) {
    rows.push([
      h.id,
      h.document_id,
      h.meeting_id,
      h.held_on ?? '',
      h.speaker_id,
      speakerName(h.speaker_id),
      h.speaker_kind,
      h.speaker_name ?? '',
      h.speaker_affiliation ?? '',
      h.delivered_by ?? '',
      h.joint_with.join(' '),
      h.regional_group ?? '',
      h.first_paragraph,
      `${h.first_paragraph}.${h.first_sentence}`,
      h.last_sentence != null ? `${h.last_paragraph}.${h.last_sentence}` : String(h.last_paragraph),
      h.char_start,
      h.char_end,
      texts.get(Number(h.id)) ?? '',
    ]);
  }
  return toCsv(rows);
}
