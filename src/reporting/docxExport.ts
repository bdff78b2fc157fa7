import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Db } from '../db/engine.ts';
import { translator, type Lang } from '../i18n/index.ts';
import { flatten, NEED_KINDS, PRIORITIES, STATUSES, ELEMENT_TEXT_FIELDS, type Answers } from './answers.ts';
import type { Cycle } from './cycles.ts';
import { titleOf, type Questionnaire } from './questionnaire.ts';
import { keysHash, needRowsFor, questionnaireKeys, sign, templateSecret, TEMPLATE_MARKER, type TemplateStructure } from './template.ts';

export interface DocxOptions {
  cycle: Cycle; questionnaire: Questionnaire; lang: Lang;
  /** Omitted for the blank questionnaire of a cycle. */
  report?: { id: number; stateIso3: string; stateName: string; lockVersion: number; answers: Answers };
}

/**
 * The questionnaire as a DOCX to fill offline: one table per section, columns field key | question |
 * answer. The custom properties carry the template marker, the structure and its HMAC, so an upload
 * that is not ours, or whose rows were changed, is refused with a reason.
 */
export async function questionnaireDocx(db: Db, o: DocxOptions): Promise<Buffer> {
  const t = translator(o.lang);
  const rtl = o.lang === 'ar';
  const answers = o.report?.answers ?? {};
  const flat = flatten(answers);
  const needRows = needRowsFor(answers);
  const keys = questionnaireKeys(o.questionnaire, needRows);
  const structure: TemplateStructure = {
    marker: TEMPLATE_MARKER, cycleId: o.cycle.id, cycleCode: o.cycle.code, frameworkVersion: o.cycle.framework_version,
    stateIso3: o.report?.stateIso3 ?? null, reportId: o.report?.id ?? null, lockVersion: o.report?.lockVersion ?? null, lang: o.lang, keysHash: keysHash(keys),
  };
  const structureJson = JSON.stringify(structure);
  const signature = sign(await templateSecret(db), structureJson);

  const para = (text: string, opts: { bold?: boolean; size?: number; color?: string } = {}) =>
    new Paragraph({ bidirectional: rtl, children: [new TextRun({ text, bold: opts.bold, size: opts.size, color: opts.color, rightToLeft: rtl })] });
  const cellParas = (text: string) => (text ? text.split('\n') : ['']).map((line) => para(line));
  const header = () => new TableRow({
    tableHeader: true,
    children: [t('reporting.docx.key'), t('reporting.docx.question'), t('reporting.docx.answer')].map((h) => new TableCell({ shading: { type: ShadingType.CLEAR, fill: 'E8EDF3', color: 'auto' }, children: [para(h, { bold: true })] })),
  });
  const row = (key: string, question: string, help?: string) => new TableRow({
    children: [
      new TableCell({ width: { size: 18, type: WidthType.PERCENTAGE }, children: [para(key, { size: 14, color: '6B7280' })] }),
      new TableCell({ width: { size: 37, type: WidthType.PERCENTAGE }, children: [para(question, { bold: true }), ...(help ? [para(help, { size: 16, color: '4B5563' })] : [])] }),
      new TableCell({ width: { size: 45, type: WidthType.PERCENTAGE }, children: cellParas(flat[key] ?? '') }),
    ],
  });
  const table = (rows: TableRow[]) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header(), ...rows] });
  const allowed = (values: readonly string[], prefix: string) => t('reporting.docx.allowed', { values: values.map((v) => `${v} (${t(`${prefix}.${v}`)})`).join(', ') });

  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: rtl, children: [new TextRun({ text: o.cycle.title, rightToLeft: rtl })] }),
    para(`${o.cycle.code} · ${t('reporting.docx.dates', { opens: o.cycle.opens_on, due: o.cycle.due_on, closes: o.cycle.closes_on })}`),
    ...(o.report ? [para(t('reporting.docx.state', { state: `${o.report.stateName} (${o.report.stateIso3})` }), { bold: true }), para(t('reporting.lockVersion', { version: o.report.lockVersion }))] : []),
    para(t('reporting.noQuestionMandatory')),
    para(t('reporting.docx.intro'), { color: '9A5B00' }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, bidirectional: rtl, children: [new TextRun({ text: t('reporting.general'), rightToLeft: rtl })] }),
    table([row('general.internationalLawViews', t('reporting.general.internationalLawViews')), row('general.pointsOfContact', t('reporting.general.pointsOfContact'))]),
  ];
  for (const p of o.questionnaire.pillars) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, bidirectional: rtl, children: [new TextRun({ text: titleOf(t, 'pillar', p.id, p.title), rightToLeft: rtl })] }));
    for (const e of p.elements) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, bidirectional: rtl, children: [new TextRun({ text: `${e.id} — ${titleOf(t, 'el', e.id, e.title)}`, rightToLeft: rtl })] }));
      children.push(table([
        row(`elements.${e.id}.status`, t('reporting.field.status'), allowed(STATUSES, 'reporting.st')),
        ...ELEMENT_TEXT_FIELDS.map((f) => row(`elements.${e.id}.${f}`, t(`reporting.field.${f}`))),
        row(`elements.${e.id}.links`, t('reporting.field.links')),
      ]));
    }
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, bidirectional: rtl, children: [new TextRun({ text: t('reporting.needs'), rightToLeft: rtl })] }), para(t('reporting.needs.help')));
  const needRowsOut: TableRow[] = [];
  for (let i = 0; i < needRows; i++) {
    needRowsOut.push(
      row(`capacityNeeds.${i}.element`, `${i + 1}. ${t('reporting.need.element')}`, t('reporting.docx.allowed', { values: o.questionnaire.elementIds.join(', ') })),
      row(`capacityNeeds.${i}.kind`, `${i + 1}. ${t('reporting.need.kind')}`, allowed(NEED_KINDS, 'reporting.kind')),
      row(`capacityNeeds.${i}.priority`, `${i + 1}. ${t('reporting.need.priority')}`, allowed(PRIORITIES, 'reporting.prio')),
      row(`capacityNeeds.${i}.description`, `${i + 1}. ${t('reporting.need.description')}`),
    );
  }
  children.push(table(needRowsOut));
  children.push(new Paragraph({ alignment: AlignmentType.END, children: [new TextRun({ text: `${TEMPLATE_MARKER} · ${structure.keysHash.slice(0, 12)}`, size: 12, color: '9CA3AF' })] }));

  const doc = new Document({
    creator: 'Accord', title: o.cycle.title, description: `${TEMPLATE_MARKER} ${o.cycle.code}`,
    customProperties: [
      { name: 'AccordTemplate', value: TEMPLATE_MARKER },
      { name: 'AccordStructure', value: structureJson },
      { name: 'AccordSignature', value: signature },
    ],
    sections: [{ properties: {}, children }],
  });
  return Packer.toBuffer(doc);
}

/** The questionnaire's keys, exported for tests and the import side. */
export { questionnaireKeys };
