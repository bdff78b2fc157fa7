import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { svgToPng, type Png } from '../exports/chartPng.ts';
import { dirOf } from '../i18n/languages.ts';
import { translator, type Lang } from '../i18n/index.ts';
import { organisationName } from '../participants/names.ts';
import { chartSeries, seriesSvg, type Series } from './pages/charts.tsx';
import type { Analysis } from './compile.ts';
import { elementNamer, roadmapLines, pct } from './pages/components.tsx';

/**
 * The compiled analysis as a DOCX in the style of a UN report: a symbol line, a title, roman-numbered
 * chapters, consecutively numbered paragraphs, tables, and the four charts. The charts are the
 * page's own SVG (charts.tsx, mirrored for Arabic) drawn to PNG with resvg (exports/chartPng.ts),
 * each with its summary as alt text for screen readers and its legend as text beside it. Every
 * label goes through the i18n catalogue and elements are named in the document's language, so the
 * same structure serves the other five languages (right-to-left for Arabic).
 */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
/** Width of a chart on the page in pixels (Word counts 96 a inch): the text width of A4 and Letter. */
const FIGURE_WIDTH = 600;

export async function analysisDocx(a: Analysis, lang: Lang, offersByElement = new Map<string, number>()): Promise<Buffer> {
  const t = translator(lang);
  const rtl = lang === 'ar';
  const run = (text: string, o: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}) => new TextRun({ text, rightToLeft: rtl, ...o });
  const para = (text: string, o: { bold?: boolean; italics?: boolean; color?: string } = {}) => new Paragraph({ bidirectional: rtl, children: [run(text, o)] });
  const numbered = (text: string) => new Paragraph({ bidirectional: rtl, numbering: { reference: 'paras', level: 0 }, children: [run(text)] });
  const chapter = (i: number, text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, bidirectional: rtl, children: [run(`${ROMAN[i]}. ${text}`)] });
  const sub = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, bidirectional: rtl, children: [run(text)] });
  const cell = (text: string, o: { header?: boolean; width?: number } = {}) =>
    new TableCell({
      width: o.width ? { size: o.width, type: WidthType.PERCENTAGE } : undefined,
      shading: o.header ? { type: ShadingType.CLEAR, fill: 'E8EDF3', color: 'auto' } : undefined,
      children: [new Paragraph({ bidirectional: rtl, children: [run(text, { bold: o.header, size: 18 })] })],
    });
  const table = (head: string[], rows: string[][]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: head.map((h) => cell(h, { header: true })) }),
        ...rows.map((r) => new TableRow({ children: r.map((x) => cell(x)) })),
      ],
    });
  const chart = (s: Series, png: Png): Paragraph[] => {
    const legend = new Paragraph({
      bidirectional: rtl,
      children: s.columns.flatMap((c, i) => [run('■ ', { color: s.colours[i]!.slice(1) }), run(`${c}   `, { size: 16 })]),
    });
    const image = new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: png.data,
          transformation: { width: FIGURE_WIDTH, height: Math.round((png.height / png.width) * FIGURE_WIDTH) },
          altText: { name: `chart-${s.id}`, title: s.caption, description: s.summary },
        }),
      ],
    });
    return [
      new Paragraph({ bidirectional: rtl, keepNext: true, children: [run(`${t('analysis.docx.figure')}: ${s.caption}`, { bold: true })] }),
      legend,
      image,
      para(s.summary, { italics: true, color: '555555' }),
    ];
  };
  const series = chartSeries(a, t, offersByElement);
  const name = elementNamer(a, lang);
  const pngs = await Promise.all(series.map(async (s) => svgToPng(await seriesSvg(s, { rtl: dirOf(lang) === 'rtl', legend: false }))));
  const c = a.completeness;
  const scope = a.filter.region
    ? t(`core.group.${a.filter.region}`)
    : a.filter.organisation
      ? (organisationName(a.filter.organisation, t.lang) ?? a.filter.organisation)
      : t('analysis.filter.all');
  const body: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.END, bidirectional: rtl, children: [run(`${a.cycle.code}/ANALYSIS`, { size: 18 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: rtl, children: [run(t('analysis.cycleTitle', { title: a.cycle.title }))] }),
    para(t('analysis.docx.subtitle')),
    ...(a.synthetic ? [para(t('analysis.docx.synthetic'), { bold: true, color: '9A5B00' })] : []),
    para(`${t('analysis.scope')}: ${scope}`),
    chapter(0, t('analysis.docx.introduction')),
    numbered(t('analysis.docx.intro1', { expected: c.overall.expected, title: a.cycle.title })),
    numbered(t('analysis.confidentiality', { n: a.minAggregate })),
    chapter(1, t('analysis.completeness')),
    numbered(
      t('analysis.docx.completeness', {
        submitted: c.overall.submitted,
        expected: c.overall.expected,
        rate: pct(c.overall.expected ? c.overall.submitted / c.overall.expected : null, t.lang),
        onTime: c.overall.onTime,
      }),
    ),
    table(
      [t('analysis.item'), t('analysis.expected'), t('analysis.submitted'), t('analysis.onTime')],
      [
        ...c.byRegion.map((r) => [
          t(`core.group.${r.id}`),
          String(r.expected),
          r.suppressed ? `${r.submitted} (${t('analysis.withheld')})` : String(r.submitted),
          String(r.onTime),
        ]),
        ...c.byOrganisation.map((r) => [
          r.name,
          String(r.expected),
          r.suppressed ? `${r.submitted} (${t('analysis.withheld')})` : String(r.submitted),
          String(r.onTime),
        ]),
      ],
    ),
    ...chart(series[0]!, pngs[0]!),
    chapter(2, t('analysis.implementation')),
    numbered(t('analysis.docx.implementation')),
    table(
      [
        t('analysis.element'),
        t('analysis.reporting'),
        ...['not-started', 'planned', 'in-progress', 'implemented', 'not-applicable'].map((s) => t(`analysis.st.${s}`)),
      ],
      a.elements.map((e) => [
        name(e.id),
        String(e.reporting),
        ...['not-started', 'planned', 'in-progress', 'implemented', 'not-applicable'].map((s) => String(e.statuses[s] ?? 0)),
      ]),
    ),
    ...chart(series[1]!, pngs[1]!),
    chapter(3, t('analysis.progress')),
    ...(a.previous
      ? [
          numbered(
            t('analysis.docx.progress', {
              previous: a.previous.title,
              up: a.progress.overall.up,
              down: a.progress.overall.down,
              unchanged: a.progress.overall.unchanged,
            }),
          ),
          ...chart(series[2]!, pngs[2]!),
        ]
      : [numbered(t('analysis.progress.none'))]),
    chapter(4, t('analysis.challenges')),
    numbered(t('analysis.challenges.method')),
  ];
  body.push(sub(t('analysis.crossCutting')));
  for (const x of a.crossCutting)
    body.push(
      numbered(
        `${x.label ?? '—'} — ${t('analysis.crossCutting.states', { n: x.states, share: pct(x.share, t.lang) })}; ${t('analysis.crossCutting.elements')}: ${x.elements
          .slice(0, 6)
          .map((e) => name(e.id))
          .join(', ')}`,
      ),
    );
  for (const e of a.elements.filter((x) => x.challenges.clusters.length)) {
    body.push(sub(name(e.id)));
    for (const k of e.challenges.clusters.slice(0, 3)) {
      body.push(
        numbered(
          `${k.label ? `${k.label} — ` : ''}${t('analysis.challenges.cluster', { n: k.count, share: pct(k.share, t.lang) })}${k.quote ? `: “${k.quote.text}” (${k.quote.stateName})` : ''}`,
        ),
      );
    }
  }
  body.push(chapter(5, t('analysis.goodPractices')));
  for (const e of a.elements.filter((x) => x.goodPractices.quotes.length))
    body.push(numbered(`${name(e.id)}: “${e.goodPractices.quotes[0]!.text}” (${e.goodPractices.quotes[0]!.stateName})`));
  body.push(chapter(6, t('analysis.regional')));
  for (const g of a.regional) {
    body.push(sub(t(`core.group.${g.id}`)));
    if (!g.common.length) body.push(para(t('analysis.none')));
    for (const x of g.common.slice(0, 8)) {
      body.push(
        numbered(
          `${name(x.element)}: ${x.kind === 'status' ? t('analysis.regional.status', { n: x.n, of: x.of, status: t(`analysis.st.${x.status}`) }) : t('analysis.regional.challenge', { n: x.n, of: x.of })}${x.kind === 'challenge' && x.quote ? ` “${x.quote.text}” (${x.quote.stateName})` : ''}`,
        ),
      );
    }
  }
  body.push(chapter(7, t('analysis.capacityBuilding')), numbered(t('analysis.needs.total', { n: a.needs.total })), ...chart(series[3]!, pngs[3]!));
  body.push(chapter(8, t('analysis.roadmap')));
  for (const line of roadmapLines(a, t)) body.push(numbered(line));

  const doc = new Document({
    creator: 'Accord',
    title: t('analysis.cycleTitle', { title: a.cycle.title }),
    description: `${a.cycle.code} compiled analysis`,
    numbering: {
      config: [
        {
          reference: 'paras',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 567 } } },
            },
          ],
        },
      ],
    },
    styles: { default: { document: { run: { font: 'Times New Roman', size: 20 } } } },
    sections: [{ properties: {}, children: body }],
  });
  return Packer.toBuffer(doc);
}
