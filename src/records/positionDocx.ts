import { Document, Packer, Paragraph, HeadingLevel, Table, TableRow, TableCell, TextRun, WidthType } from 'docx';
import type { Translate } from '../i18n/index.ts';
import { statementHref, type PositionRow } from './queries.ts';
import { speakerLabel, speakerName } from './speakers.ts';
import { summaryText, type SummaryClause } from './summary.ts';

/** A position map and its neutral summary as a Word document. */
export async function positionDocx(
  t: Translate,
  question: { id: string; question: string },
  clauses: SummaryClause[],
  rows: PositionRow[],
  baseUrl: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell(t('records.positions.delegation'), true),
          cell(t('records.positions.stance'), true),
          cell(t('records.positions.evidence'), true),
          cell(t('records.positions.source'), true),
        ],
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: [
              cell(
                speakerLabel(r, t.lang) +
                  (r.joint_with.length ? ` ${t('records.jointWith', { names: r.joint_with.map((j) => speakerName(j, t.lang)).join(', ') })}` : ''),
              ),
              cell(t(`records.stance.${r.value}`)),
              cell(`“${r.evidence}”`),
              cell(`${baseUrl}${statementHref(r)}`),
            ],
          }),
      ),
    ],
  });
  const doc = new Document({
    creator: 'Accord',
    title: question.question,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(question.question)] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t('records.positions.summary'))] }),
          new Paragraph({ children: [new TextRun(summaryText(clauses) || t('records.positions.none'))] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t('records.positions.table'))] }),
          table,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc)) as Uint8Array<ArrayBuffer>;
}
