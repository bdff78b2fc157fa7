import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Translate } from '../i18n/index.ts';
import { bodyName, bodyTheme } from '../i18n/processName.ts';
import { stateName } from '../participants/names.ts';
import { speakerLabel } from '../records/speakers.ts';
import { quoteOf, type DtgSummary, type SpeakerGroup } from './summary.ts';

/**
 * A DTG meeting's summary as a Word document in the reader's language (right to left in Arabic):
 * the facilitators, then per guiding question each speaker with the sentence that answers it and a
 * link to the statement; then the statements that answer no question. Quoted sentences stay as the
 * record wrote them.
 */
export async function summaryDocx(t: Translate, s: DtgSummary, baseUrl: string): Promise<Uint8Array<ArrayBuffer>> {
  const rtl = t.lang === 'ar';
  const para = (text: string, o: { bold?: boolean; italics?: boolean } = {}) =>
    new Paragraph({ bidirectional: rtl, spacing: { after: 80 }, children: [new TextRun({ text, bold: o.bold, italics: o.italics, rightToLeft: rtl })] });
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ heading: level, bidirectional: rtl, children: [new TextRun({ text, rightToLeft: rtl })] });
  const m = s.meeting;
  const speakers = (groups: SpeakerGroup[]) =>
    groups.flatMap((g) => [
      para(speakerLabel(g.statement, t.lang), { bold: true }),
      ...g.cited.map(
        (c) =>
          new Paragraph({
            bidirectional: rtl,
            spacing: { after: 80 },
            indent: { start: 360 },
            children: [
              new TextRun({ text: `“${quoteOf(c)}” `, italics: true }),
              new ExternalHyperlink({
                link: `${baseUrl}${c.href}`,
                children: [
                  new TextRun({
                    text: t('thematicGroups.summary.readStatement', { paragraph: c.statement.first_paragraph }),
                    style: 'Hyperlink',
                    rightToLeft: rtl,
                  }),
                ],
              }),
            ],
          }),
      ),
    ]);
  const group = m.body_slug && m.body_title ? bodyName(t, { slug: m.body_slug, title: m.body_title }) : m.session_title;
  const theme = m.body_slug ? bodyTheme(t, { slug: m.body_slug, theme: m.body_theme }) : m.body_theme;
  const title = `${group} — ${t('thematicGroups.meeting.number', { n: m.number })}`;
  const doc = new Document({
    creator: 'Accord',
    title,
    sections: [
      {
        children: [
          heading(title, HeadingLevel.HEADING_1),
          ...(theme ? [para(theme, { italics: true })] : []),
          heading(t('thematicGroups.facilitators.title'), HeadingLevel.HEADING_2),
          ...(s.facilitators.length
            ? s.facilitators.map((f) => para([f.name, f.state_iso3 ? stateName(f.state_iso3, t.lang) : '', f.affiliation].filter(Boolean).join(' — ')))
            : [para(t('thematicGroups.facilitators.none'))]),
          ...s.questions.flatMap(({ question: q, speakers: groups }) => [
            heading(t('thematicGroups.question.numbered', { n: q.number }), HeadingLevel.HEADING_2),
            para(q.text, { italics: true }),
            ...(groups.length ? speakers(groups) : [para(t('thematicGroups.summary.noAnswer'))]),
          ]),
          ...(s.unmatched.length ? [heading(t('thematicGroups.summary.unmatched'), HeadingLevel.HEADING_2), ...speakers(s.unmatched)] : []),
          para(t('thematicGroups.summary.rule')),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc)) as Uint8Array<ArrayBuffer>;
}
