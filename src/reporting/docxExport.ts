import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import type { Db } from '../db/engine.ts';
import { translator, type Lang } from '../i18n/index.ts';
import { ELEMENT_TEXT_FIELDS, flatten, GENERAL_FIELDS, NEED_KINDS, PRIORITIES, STATUSES, type Answers } from './answers.ts';
import { choiceControl, textControl, type Choice } from './contentControls.ts';
import type { Cycle } from './cycles.ts';
import type { Questionnaire } from './questionnaire.ts';
import { questionnaireText } from './questionnaireText.ts';
import { keysHash, needRowsFor, questionnaireKeys, sign, templateSecret, TEMPLATE_MARKER, type TemplateStructure } from './template.ts';

export interface DocxOptions {
  cycle: Cycle;
  questionnaire: Questionnaire;
  lang: Lang;
  /** Omitted for the blank questionnaire of a cycle. */
  report?: { id: number; stateIso3: string; stateName: string; lockVersion: number; answers: Answers };
}

/**
 * The questionnaire as a Word form a diplomat fills offline: per element a heading with its title,
 * its guidance and citation, the status as a drop-down and one answer box per question, all in the
 * reader's language. Every answer is a content control tagged with its field key; the custom
 * properties carry the template marker, the structure and its HMAC, and the structure holds the hash
 * of the tags in order, so an upload that is not ours, or whose fields were removed, added or
 * renamed, is refused with a reason.
 */
export async function questionnaireDocx(db: Db, o: DocxOptions): Promise<Buffer> {
  const t = translator(o.lang);
  const rtl = o.lang === 'ar';
  const answers = o.report?.answers ?? {};
  const flat = flatten(answers);
  const needRows = needRowsFor(answers);
  const keys = questionnaireKeys(o.questionnaire, needRows);
  const structure: TemplateStructure = {
    marker: TEMPLATE_MARKER,
    cycleId: o.cycle.id,
    cycleCode: o.cycle.code,
    frameworkVersion: o.cycle.framework_version,
    stateIso3: o.report?.stateIso3 ?? null,
    reportId: o.report?.id ?? null,
    lockVersion: o.report?.lockVersion ?? null,
    lang: o.lang,
    keysHash: keysHash(keys),
  };
  const structureJson = JSON.stringify(structure);
  const signature = sign(await templateSecret(db), structureJson);
  const text = await questionnaireText(db, o.questionnaire, t);

  const para = (s: string, opts: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {}) =>
    new Paragraph({
      bidirectional: rtl,
      spacing: { after: 80 },
      children: [new TextRun({ text: s, bold: opts.bold, size: opts.size, color: opts.color, italics: opts.italics, rightToLeft: rtl })],
    });
  const heading = (s: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ heading: level, bidirectional: rtl, children: [new TextRun({ text: s, rightToLeft: rtl })] });
  const placeholder = t('reporting.docx.placeholder');
  const choose = t('reporting.docx.choose');
  /** One question: its label (and help), then its answer box. */
  const question = (key: string, label: string, help?: string): FileChild[] => [
    new Paragraph({
      bidirectional: rtl,
      spacing: { before: 160, after: 40 },
      keepNext: true,
      children: [new TextRun({ text: label, bold: true, rightToLeft: rtl })],
    }),
    ...(help ? [para(help, { size: 18, color: '4B5563' })] : []),
    textControl({ tag: key, alias: label, value: flat[key] ?? '', placeholder, rtl }),
  ];
  const choice = (key: string, label: string, choices: Choice[]) =>
    choiceControl({ tag: key, alias: label, label, choices, value: flat[key] ?? '', placeholder: choose, rtl });
  const labelled = (values: readonly string[], prefix: string): Choice[] => values.map((v) => ({ value: v, text: t(`${prefix}.${v}`) }));

  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: rtl, children: [new TextRun({ text: o.cycle.title, rightToLeft: rtl })] }),
    para(`${o.cycle.code} · ${t('reporting.docx.dates', { opens: o.cycle.opens_on, due: o.cycle.due_on, closes: o.cycle.closes_on })}`),
    ...(o.report
      ? [para(t('reporting.docx.state', { state: o.report.stateName }), { bold: true }), para(t('reporting.lockVersion', { version: o.report.lockVersion }))]
      : []),
    para(t('reporting.noQuestionMandatory')),
    para(t('reporting.docx.howto'), { color: '9A5B00' }),
    heading(t('reporting.general'), HeadingLevel.HEADING_1),
    ...GENERAL_FIELDS.flatMap((f) => question(`general.${f}`, t(`reporting.general.${f}`))),
  ];
  for (const p of o.questionnaire.pillars) {
    children.push(heading(text.pillars.get(p.id) ?? p.title, HeadingLevel.HEADING_1));
    for (const e of p.elements) {
      const et = text.elements.get(e.id) ?? { title: e.title, description: e.description, citation: e.source };
      children.push(heading(et.title, HeadingLevel.HEADING_2));
      if (et.description) children.push(para(et.description, { italics: true, color: '374151' }));
      if (et.citation) children.push(para(et.citation, { size: 18, color: '6B7280' }));
      children.push(choice(`elements.${e.id}.status`, t('reporting.field.status'), labelled(STATUSES, 'reporting.st')));
      for (const f of ELEMENT_TEXT_FIELDS) children.push(...question(`elements.${e.id}.${f}`, t(`reporting.field.${f}`)));
      children.push(...question(`elements.${e.id}.links`, t('reporting.field.links'), t('reporting.docx.linksHelp')));
    }
  }
  children.push(heading(t('reporting.needs'), HeadingLevel.HEADING_1), para(t('reporting.needs.help')));
  const elementChoices = o.questionnaire.pillars.flatMap((p) => p.elements.map((e) => ({ value: e.id, text: text.elements.get(e.id)?.title ?? e.title })));
  for (let i = 0; i < needRows; i++) {
    children.push(
      heading(t('reporting.docx.need', { n: i + 1 }), HeadingLevel.HEADING_3),
      choice(`capacityNeeds.${i}.element`, t('reporting.need.element'), elementChoices),
      choice(`capacityNeeds.${i}.kind`, t('reporting.need.kind'), labelled(NEED_KINDS, 'reporting.kind')),
      choice(`capacityNeeds.${i}.priority`, t('reporting.need.priority'), labelled(PRIORITIES, 'reporting.prio')),
      ...question(`capacityNeeds.${i}.description`, t('reporting.need.description')),
    );
  }
  children.push(
    new Paragraph({
      alignment: AlignmentType.END,
      children: [new TextRun({ text: `${TEMPLATE_MARKER} · ${structure.keysHash.slice(0, 12)}`, size: 12, color: '9CA3AF' })],
    }),
  );

  const doc = new Document({
    creator: 'Accord',
    title: o.cycle.title,
    description: `${TEMPLATE_MARKER} ${o.cycle.code}`,
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
