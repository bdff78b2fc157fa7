import { Document, Packer, Paragraph, HeadingLevel, Table, TableRow, TableCell, TextRun, WidthType } from 'docx';
import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { AKN_NS, aknId, el, xml, type XmlElement } from '../exports/akn.ts';
import { toCsv, type Cell } from '../exports/csv.ts';
import type { Translate } from '../i18n/index.ts';
import { NotFound } from '../server/errors.ts';
import { meetingById, statementsOf, type PositionRow } from './queries.ts';
import type { SearchHit } from './search.ts';
import { speakerKind, speakerName } from './speakers.ts';
import { summaryText, type SummaryClause } from './summary.ts';

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

/** A position map and its neutral summary as a Word document. */
export async function positionDocx(t: Translate, question: { id: string; question: string }, clauses: SummaryClause[], rows: PositionRow[], baseUrl: string): Promise<Uint8Array<ArrayBuffer>> {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell(t('records.positions.delegation'), true), cell(t('records.positions.stance'), true), cell(t('records.positions.evidence'), true), cell(t('records.positions.source'), true)] }),
      ...rows.map((r) => new TableRow({ children: [cell(speakerName(r.speaker_id)), cell(t(`records.stance.${r.value}`)), cell(`“${r.evidence}”`), cell(`${baseUrl}${r.meeting_id != null ? `/meetings/${r.meeting_id}#s-${r.document_id}-${r.first_paragraph}` : `/documents/${r.document_id}#p${r.first_paragraph}`}`)] })),
    ],
  });
  const doc = new Document({
    creator: 'Accord',
    title: question.question,
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(question.question)] }),
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t('records.positions.summary'))] }),
        new Paragraph({ children: [new TextRun(summaryText(clauses) || t('records.positions.none'))] }),
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t('records.positions.table'))] }),
        table,
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc)) as Uint8Array<ArrayBuffer>;
}
