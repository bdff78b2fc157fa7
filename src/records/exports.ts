import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { AKN_NS, aknId, el, xml, type XmlElement } from '../exports/akn.ts';
import { toCsv, type Cell } from '../exports/csv.ts';
import { NotFound } from '../server/errors.ts';
import { meetingById, statementsOf } from './queries.ts';
import type { SearchHit } from './search.ts';
import { speakerKind, speakerName } from './speakers.ts';

/**
 * A meeting as an Akoma Ntoso `debate`: one `speech` per visible statement, `by` pointing at a
 * TLCPerson (Chair, Secretariat) or TLCOrganization (States, groups, entities) in the references.
 */
export async function meetingAkn(db: Db, actor: Actor, meetingId: number): Promise<string> {
  const m = await meetingById(db, meetingId);
  if (!m) throw NotFound('That meeting', 'meeting.not_found');
  const statements = await statementsOf(db, actor, { meetingId });
  const speakers = [...new Set(statements.flatMap((s) => [s.speaker_id, ...(s.delivered_by ? [s.delivered_by] : [])]))];
  const date = m.held_on ?? '1970-01-01';
  const name = `${m.process_title} — ${m.session_title}, meeting ${m.number}`;
  const uri = `/akn/un/debate/${date}/meeting-${m.id}`;
  const refs: XmlElement[] = speakers.map((id) => {
    const kind = speakerKind(id);
    const tag = kind === 'chair' || kind === 'secretariat' ? 'TLCPerson' : 'TLCOrganization';
    return el(tag, { eId: aknId(id), href: `/ontology/${tag === 'TLCPerson' ? 'person' : 'organization'}/un/${aknId(id)}`, showAs: speakerName(id) });
  });
  const speeches = statements.map((s) => el('speech', {
    eId: `speech_${s.document_id}_${s.position}`, by: `#${aknId(s.speaker_id)}`,
    ...(s.delivered_by ? { as: `#${aknId(s.delivered_by)}` } : {}),
  }, [
    el('from', {}, [speakerName(s.speaker_id)]),
    ...s.text.split('\n').map((p, i) => el('p', { eId: `para_${s.paragraphs[i] ?? i + 1}` }, [p])),
  ]));
  const frbr = (level: string, suffix: string) => el(level, {}, [
    el('FRBRthis', { value: `${uri}${suffix}` }), el('FRBRuri', { value: `${uri}${suffix}` }),
    el('FRBRdate', { date, name: 'meeting' }), el('FRBRauthor', { href: '#secretariat' }),
    ...(level === 'FRBRWork' ? [el('FRBRcountry', { value: 'un' })] : []),
    ...(level === 'FRBRExpression' ? [el('FRBRlanguage', { language: 'eng' })] : []),
  ]);
  return xml(el('akomaNtoso', { xmlns: AKN_NS }, [
    el('debate', { name: name }, [
      el('meta', {}, [
        el('identification', { source: '#secretariat' }, [frbr('FRBRWork', ''), frbr('FRBRExpression', '/eng@'), frbr('FRBRManifestation', '/eng@/main.xml')]),
        el('references', { source: '#secretariat' }, [
          ...(speakers.includes('secretariat') ? [] : [el('TLCOrganization', { eId: 'secretariat', href: '/ontology/organization/un/secretariat', showAs: 'Secretariat' })]),
          ...refs,
        ]),
      ]),
      el('preface', {}, [el('p', {}, [name])]),
      el('debateBody', {}, [el('debateSection', { eId: 'dbsect_1', name: m.agenda_pillar ?? 'debate' }, [
        el('heading', {}, [m.agenda_text ?? m.agenda_pillar ?? m.title ?? name]),
        ...speeches,
      ])]),
    ]),
  ]));
}

/** Statements (search results) as CSV, one row per statement. */
export function statementsCsv(hits: Array<SearchHit & { text?: string }>, texts: Map<number, string>): string {
  const rows: Cell[][] = [['statement_id', 'document_id', 'meeting_id', 'date', 'speaker', 'speaker_name', 'delivered_by', 'regional_group', 'paragraph', 'text']];
  for (const h of hits) {
    rows.push([h.id, h.document_id, h.meeting_id, h.held_on ?? '', h.speaker_id, speakerName(h.speaker_id), h.delivered_by ?? '', h.regional_group ?? '', h.first_paragraph, texts.get(Number(h.id)) ?? '']);
  }
  return toCsv(rows);
}
