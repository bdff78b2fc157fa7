import { AKN_NS, aknId, el, xml, type XmlElement } from '../exports/akn.ts';
import { translator, type Lang } from '../i18n/index.ts';
import type { Analysis } from './compile.ts';
import { elementNamer, pct, roadmapLines } from './pages/components.tsx';

/**
 * The compiled analysis as an Akoma Ntoso `doc` (AKN 3.0): chapters with numbered paragraphs, the
 * figures as tables, quotes attributed to their State by TLC reference. It carries exactly what the
 * reader of the export may see (the analysis was compiled for that reader).
 */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

export function analysisAkn(a: Analysis, lang: Lang, now = new Date()): string {
  const t = translator(lang);
  const name = elementNamer(a, lang);
  const date = now.toISOString().slice(0, 10);
  const work = `/akn/un/doc/analysis/${date}/${aknId(a.cycle.code)}`;
  let para = 0;
  const states = new Map<string, string>();
  const p = (children: (string | XmlElement)[]) => el('p', {}, children);
  const paragraph = (children: (string | XmlElement)[]) => {
    para++;
    return el('paragraph', { eId: `para_${para}` }, [el('num', {}, [`${para}.`]), el('content', {}, [p(children)])]);
  };
  const quote = (q: { state: string; stateName: string; text: string } | null) => {
    if (!q) return [];
    states.set(q.state, q.stateName);
    return [' ', el('quotedText', { by: `#${aknId(q.state)}` }, [q.text])];
  };
  const table = (head: string[], rows: string[][]) =>
    el('paragraph', { eId: `para_${++para}` }, [
      el('num', {}, [`${para}.`]),
      el('content', {}, [
        el('table', {}, [
          el(
            'tr',
            {},
            head.map((h) => el('th', {}, [p([h])])),
          ),
          ...rows.map((r) =>
            el(
              'tr',
              {},
              r.map((x) => el('td', {}, [p([x])])),
            ),
          ),
        ]),
      ]),
    ]);
  const chapter = (i: number, heading: string, body: XmlElement[]) =>
    el('chapter', { eId: `chp_${i + 1}` }, [
      el('num', {}, [`${ROMAN[i]}.`]),
      el('heading', {}, [heading]),
      ...(body.length ? body : [paragraph([t('analysis.none')])]),
    ]);
  const c = a.completeness;
  const chapters = [
    chapter(0, t('analysis.completeness'), [
      paragraph([
        t('analysis.docx.completeness', {
          submitted: c.overall.submitted,
          expected: c.overall.expected,
          rate: pct(c.overall.expected ? c.overall.submitted / c.overall.expected : null, t.lang),
          onTime: c.overall.onTime,
        }),
      ]),
      table(
        [t('analysis.item'), t('analysis.expected'), t('analysis.submitted'), t('analysis.onTime')],
        c.byRegion.map((r) => [t(`core.group.${r.id}`), String(r.expected), String(r.submitted), String(r.onTime)]),
      ),
    ]),
    chapter(1, t('analysis.implementation'), [
      table(
        [t('analysis.element'), ...Object.keys(a.elements[0]?.statuses ?? {}).map((s) => t(`analysis.st.${s}`))],
        a.elements.map((e) => [name(e.id), ...Object.values(e.statuses).map(String)]),
      ),
    ]),
    chapter(
      2,
      t('analysis.progress'),
      a.previous
        ? [
            paragraph([
              t('analysis.docx.progress', {
                previous: a.previous.title,
                up: a.progress.overall.up,
                down: a.progress.overall.down,
                unchanged: a.progress.overall.unchanged,
              }),
            ]),
          ]
        : [],
    ),
    chapter(3, t('analysis.challenges'), [
      ...a.crossCutting.map((x) =>
        paragraph([
          `${t('analysis.crossCutting')}: ${x.label ?? '—'} — ${t('analysis.crossCutting.states', { n: x.states, share: pct(x.share, t.lang) })}`,
          ...quote(x.quote),
        ]),
      ),
      ...a.elements.flatMap((e) =>
        e.challenges.clusters
          .slice(0, 3)
          .map((k) =>
            paragraph([
              `${name(e.id)}: ${k.label ? `${k.label} — ` : ''}${t('analysis.challenges.cluster', { n: k.count, share: pct(k.share, t.lang) })}`,
              ...quote(k.quote),
            ]),
          ),
      ),
    ]),
    chapter(
      4,
      t('analysis.goodPractices'),
      a.elements.filter((e) => e.goodPractices.quotes.length).map((e) => paragraph([`${name(e.id)}:`, ...quote(e.goodPractices.quotes[0]!)])),
    ),
    chapter(
      5,
      t('analysis.regional'),
      a.regional.flatMap((g) =>
        g.common
          .slice(0, 8)
          .map((x) =>
            paragraph([
              `${t(`core.group.${g.id}`)} — ${name(x.element)}: ${x.kind === 'status' ? t('analysis.regional.status', { n: x.n, of: x.of, status: t(`analysis.st.${x.status}`) }) : t('analysis.regional.challenge', { n: x.n, of: x.of })}`,
              ...(x.kind === 'challenge' ? quote(x.quote) : []),
            ]),
          ),
      ),
    ),
    chapter(6, t('analysis.capacityBuilding'), [
      paragraph([t('analysis.needs.total', { n: a.needs.total })]),
      table(
        [t('analysis.element'), t('analysis.needs')],
        a.needs.byElement.map((n) => [name(n.element), String(n.total)]),
      ),
    ]),
    chapter(
      7,
      t('analysis.roadmap'),
      roadmapLines(a, t).map((line) => paragraph([line])),
    ),
  ];
  const frbr = (kind: 'FRBRWork' | 'FRBRExpression' | 'FRBRManifestation', uri: string) =>
    el(kind, {}, [
      el('FRBRthis', { value: uri }),
      el('FRBRuri', { value: uri }),
      el('FRBRdate', { date, name: 'compiled' }),
      el('FRBRauthor', { href: '#secretariat' }),
      ...(kind === 'FRBRWork' ? [el('FRBRcountry', { value: 'un' })] : []),
      ...(kind === 'FRBRExpression' ? [el('FRBRlanguage', { language: lang })] : []),
    ]);
  const doc = el('akomaNtoso', { xmlns: AKN_NS }, [
    el('doc', { name: 'analysis' }, [
      el('meta', {}, [
        el('identification', { source: '#accord' }, [
          frbr('FRBRWork', work),
          frbr('FRBRExpression', `${work}/${lang}`),
          frbr('FRBRManifestation', `${work}/${lang}.xml`),
        ]),
        el('references', { source: '#accord' }, [
          el('TLCOrganization', { eId: 'accord', href: '/ontology/organization/accord', showAs: 'Accord' }),
          el('TLCRole', { eId: 'secretariat', href: '/ontology/role/secretariat', showAs: 'Secretariat' }),
          ...[...states].map(([iso3, name]) => el('TLCPerson', { eId: aknId(iso3), href: `/ontology/state/${iso3.toLowerCase()}`, showAs: name })),
        ]),
        ...(a.synthetic ? [el('notes', { source: '#accord' }, [el('note', { eId: 'note_synthetic' }, [p([t('analysis.docx.synthetic')])])])] : []),
      ]),
      el('preface', {}, [
        el('p', { class: 'title' }, [el('docTitle', {}, [t('analysis.cycleTitle', { title: a.cycle.title })])]),
        p([`${a.cycle.code} · ${t('analysis.confidentiality', { n: a.minAggregate })}`]),
      ]),
      el('mainBody', {}, chapters),
    ]),
  ]);
  return xml(doc);
}
