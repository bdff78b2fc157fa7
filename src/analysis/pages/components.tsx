import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { stateName } from '../../participants/names.ts';
import { ELEMENTS } from '../../framework/catalogue/elements.ts';
import { titleById } from '../../framework/localize.ts';
import { formatDate, percent } from '../../i18n/format.ts';
import type { Lang, Translate } from '../../i18n/index.ts';
import type { Quote } from '../challenges.ts';
import type { Analysis, Rate } from '../compile.ts';
import type { QuestionPositions } from '../queries/recordPositions.ts';
import type { Agreement } from '../roadmap.ts';

/** Small pieces of the analysis page shared with the State profile and element page sections. */
/** A share as a whole percentage, written the way `lang` writes one ("42%", "42 %"). */
export const pct = (x: number | null, lang: Lang = 'en') => (x === null || !Number.isFinite(x) ? '—' : percent(x, lang));

const CATALOGUE_TITLES = new Map(ELEMENTS.map((e) => [e.id, e.title]));

/**
 * Names elements by id in the reader's language: the analysis carries ids and English titles, and
 * charts, tables, the regional roll-up, State profiles and the DOCX show the title, never the id.
 */
export function elementNamer(a: Pick<Analysis, 'elements'>, lang: Lang): (id: string) => string {
  const english = new Map(a.elements.map((e) => [e.id, e.title]));
  return (id) => titleById(id, english.get(id) ?? CATALOGUE_TITLES.get(id) ?? id, lang);
}

export const Synthetic = ({ on, t }: { on: boolean; t: Translate }) => (on ? <span class="tag badge-synthetic">{t('analysis.synthetic')}</span> : null);

/** Whether a cycle's figures are final (closed), public before closing (enough reports) or provisional. */
export const CycleStatus = ({ a, t }: { a: Pick<Analysis, 'cycle'>; t: Translate }) => (
  <span class={`tag cycle-${a.cycle.publication.status}`}>
    {t(`analysis.publication.${a.cycle.publication.status}`, { date: formatDate(a.cycle.closesOn, t.lang), n: a.cycle.publication.threshold })}
  </span>
);

export const Withheld = ({ on, t }: { on: boolean; t: Translate }) =>
  on ? (
    <span class="tag" title={t('analysis.withheldHelp')}>
      {t('analysis.withheld')}
    </span>
  ) : null;

export function QuoteBlock({ q, t }: { q: Quote; t: Translate }) {
  return (
    <blockquote>
      <p dir="auto">{q.text}</p>
      <footer>
        — <a href={`/states/${q.state}`}>{stateName(q.state, t.lang) ?? q.stateName}</a> <Synthetic on={q.demo} t={t} />
      </footer>
    </blockquote>
  );
}

export function RateRow({ label, r, t }: { label: Child; r: Rate; t: Translate }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{r.expected}</td>
      <td>
        {r.submitted} <Withheld on={r.suppressed} t={t} />
      </td>
      <td>{pct(r.expected ? r.submitted / r.expected : null, t.lang)}</td>
      <td>{r.onTime}</td>
      <td>{pct(r.expected ? r.onTime / r.expected : null, t.lang)}</td>
    </tr>
  );
}

export function RateTable({ caption, rows, t }: { caption: string; rows: Array<{ label: Child; r: Rate }>; t: Translate }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('analysis.item')}</th>
          <th scope="col">{t('analysis.expected')}</th>
          <th scope="col">{t('analysis.submitted')}</th>
          <th scope="col">{t('analysis.reportingRate')}</th>
          <th scope="col">{t('analysis.onTime')}</th>
          <th scope="col">{t('analysis.onTimeRate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((x) => (
          <RateRow label={x.label} r={x.r} t={t} />
        ))}
      </tbody>
    </table>
  );
}

/** A stance question in the reader's language (the catalogue's English where no translation exists). */
export const questionText = (q: QuestionPositions, lang: Lang) => (lang !== 'en' && q.translations[lang]?.title) || q.text;

const stanceValues = (q: QuestionPositions, t: Translate) =>
  Object.entries(q.values)
    .map(([v, n]) => `${t(`analysis.stance.${v}`)} ${n}`)
    .join(', ');

/** "What would need to be agreed", from its key and parameters, in the reader's language. */
export function agreementText(g: Agreement, a: Pick<Analysis, 'roadmap'>, t: Translate): string {
  if (g.key === 'question') {
    const q = [...a.roadmap.elements.flatMap((e) => e.positions), ...a.roadmap.questions].find((x) => x.question === g.params.question);
    return t('analysis.agree.question', { question: q ? questionText(q, t.lang) : String(g.params.question) });
  }
  if (g.key === 'support') return t('analysis.agree.support', { lack: String(g.params.lack) || '—', states: g.params.states! });
  if (g.key === 'needs')
    return t('analysis.agree.needs', {
      total: g.params.total!,
      kinds: String(g.params.kinds)
        .split(',')
        .map((k) => t(`analysis.kind.${k}`))
        .join(', '),
    });
  return t('analysis.agree.implementation', { share: pct(Number(g.params.share), t.lang), implemented: g.params.implemented!, reporting: g.params.reporting! });
}

/** The roadmap as plain lines (DOCX, Akoma Ntoso): one line per element, its lacks, positions and agreements. */
export function roadmapLines(a: Analysis, t: Translate): string[] {
  const name = elementNamer(a, t.lang);
  return [
    ...a.roadmap.elements.map((e) =>
      [
        `${name(e.element)} — ${e.reasons.map((r) => t(`analysis.reason.${r}`)).join(', ')}.`,
        ...e.lacks.map((l) => `${t('analysis.roadmap.lacks')}: ${l.label ?? '—'} (${t('analysis.roadmap.challenge', { states: l.states, of: l.of })}).`),
        ...(e.needs
          ? [
              `${t('analysis.roadmap.needs', {
                n: e.needs.total,
                kinds: Object.keys(e.needs.kinds)
                  .map((k) => t(`analysis.kind.${k}`))
                  .join(', '),
              })}.`,
            ]
          : []),
        ...e.positions.map(
          (q) =>
            `${t('analysis.roadmap.positions')}: ${questionText(q, t.lang)} (${t('analysis.roadmap.divergent', { values: stanceValues(q, t), states: q.states })}).`,
        ),
        ...e.agree.map((g) => `${t('analysis.roadmap.agree')}: ${agreementText(g, a, t)}`),
      ].join(' '),
    ),
    ...a.roadmap.questions.map((q) => `${questionText(q, t.lang)} — ${t('analysis.roadmap.divergent', { values: stanceValues(q, t), states: q.states })}`),
  ];
}

function Evidence({ hrefs, t }: { hrefs: string[]; t: Translate }) {
  return (
    <span class="evidence">
      {' '}
      ({t('analysis.roadmap.evidence')}:{' '}
      {hrefs.map((h, i) => (
        <>
          {i ? ', ' : ''}
          <a href={h}>{i + 1}</a>
        </>
      ))}
      )
    </span>
  );
}

function Positions({ q, t }: { q: QuestionPositions; t: Translate }) {
  return (
    <li>
      <a href={`/positions?question=${q.question}`}>{questionText(q, t.lang)}</a> —{' '}
      {t('analysis.roadmap.divergent', { values: stanceValues(q, t), states: q.states })}
      <ul>
        {q.quotes.map((x) => (
          <li>
            <span class="tag">{t(`analysis.stance.${x.value}`)}</span> <a href={`/states/${x.speaker}`}>{x.speaker}</a>: <q dir="auto">{x.evidence}</q> (
            <a href={x.href}>{t('analysis.statement')}</a>)
          </li>
        ))}
      </ul>
    </li>
  );
}

export function Roadmap({ a, t }: { a: Analysis; t: Translate }) {
  if (!a.roadmap.elements.length && !a.roadmap.questions.length) return <p class="muted">{t('analysis.none')}</p>;
  const name = elementNamer(a, t.lang);
  return (
    <>
      <p class="muted">{t('analysis.roadmap.method')}</p>
      <ol class="roadmap">
        {a.roadmap.elements.map((e) => (
          <li id={`roadmap-${e.element}`} class="card">
            <h3>
              <a href={`/framework/elements/${e.element}`}>{name(e.element)}</a>{' '}
              {e.reasons.map((r) => (
                <span class="tag">{t(`analysis.reason.${r}`)}</span>
              ))}
            </h3>
            {e.implementation ? (
              <p>
                {t('analysis.roadmap.lowest', {
                  share: pct(e.implementation.share, t.lang),
                  implemented: e.implementation.implemented,
                  reporting: e.implementation.reporting,
                })}{' '}
                <Withheld on={e.implementation.suppressed} t={t} />
              </p>
            ) : null}
            <h4>{t('analysis.roadmap.lacks')}</h4>
            {e.lacks.length || e.needs ? (
              <ul>
                {e.lacks.map((l) => (
                  <li>
                    {l.label ? <strong dir="auto">{l.label}</strong> : null} — {t('analysis.roadmap.challenge', { states: l.states, of: l.of })}
                    <Evidence hrefs={[`/analysis/cycles/${a.cycle.id}#challenges-${e.element}`]} t={t} />
                    {l.quote ? <QuoteBlock q={l.quote} t={t} /> : null}
                  </li>
                ))}
                {e.needs ? (
                  <li>
                    {t('analysis.roadmap.needs', {
                      n: e.needs.total,
                      kinds: Object.keys(e.needs.kinds)
                        .map((k) => t(`analysis.kind.${k}`))
                        .join(', '),
                    })}{' '}
                    <Withheld on={e.needs.suppressed} t={t} />
                    <Evidence hrefs={['/analysis/matches', '/analysis/offers']} t={t} />
                  </li>
                ) : null}
              </ul>
            ) : (
              <p class="muted">{t('analysis.none')}</p>
            )}
            <h4>{t('analysis.roadmap.positions')}</h4>
            {e.positions.length ? (
              <ul>
                {e.positions.map((q) => (
                  <Positions q={q} t={t} />
                ))}
              </ul>
            ) : (
              <p class="muted">{t('analysis.roadmap.noDivergence')}</p>
            )}
            {e.discussed ? <p class="muted">{t('analysis.roadmap.discussed', { statements: e.discussed.statements, states: e.discussed.states })}</p> : null}
            <h4>{t('analysis.roadmap.agree')}</h4>
            <ul>
              {e.agree.map((g) => (
                <li>
                  {agreementText(g, a, t)}
                  <Evidence hrefs={g.evidence} t={t} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {a.roadmap.questions.length ? (
        <>
          <h3>{t('analysis.roadmap.otherQuestions')}</h3>
          <ul>
            {a.roadmap.questions.map((q) => (
              <Positions q={q} t={t} />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** The most common challenges across elements (compile.ts crossCutting). */
export function CrossCutting({ a, t }: { a: Analysis; t: Translate }) {
  if (!a.crossCutting.length) return <p class="muted">{t('analysis.none')}</p>;
  const name = elementNamer(a, t.lang);
  return (
    <ol class="cross-cutting">
      {a.crossCutting.map((x) => (
        <li>
          {x.label ? <strong dir="auto">{x.label}</strong> : null} — {t('analysis.crossCutting.states', { n: x.states, share: pct(x.share, t.lang) })}{' '}
          <Withheld on={x.suppressed} t={t} />
          <p class="muted">
            {t('analysis.crossCutting.elements')}:{' '}
            {x.elements.slice(0, 6).map((el, i) => (
              <>
                {i ? ', ' : ''}
                <a href={`/analysis/cycles/${a.cycle.id}#challenges-${el.id}`}>{name(el.id)}</a> ({el.states})
              </>
            ))}
            {x.elements.length > 6 ? ` +${x.elements.length - 6}` : ''}
          </p>
          {x.quote ? <QuoteBlock q={x.quote} t={t} /> : null}
        </li>
      ))}
    </ol>
  );
}

/** Element names by id in the reader's language (the catalogue's wording). */
export const nameElement = (lang: Lang) => elementNamer({ elements: [] }, lang);

/** Negative reasons read as such: their own colour and mark, and words that say they count against. */
export const CbStyle = () => (
  <style>
    {raw(`
.reasons { list-style: none; padding: 0; margin: .25rem 0; }
.reasons li { display: flex; gap: .5rem; align-items: baseline; }
.reasons .pts { font-variant-numeric: tabular-nums; min-width: 3.5rem; text-align: end; font-weight: 600; }
.reasons .for .pts { color: var(--ok); }
.reasons .against { color: var(--bad); }
.reasons .against .pts { color: var(--bad); }
.reasons .neutral .pts { color: inherit; opacity: .7; }
.offer-form .choices details { margin: .25rem 0; }
.offer-form .choices label, .offer-form fieldset label { display: block; font-weight: normal; }
.offer-form select[multiple] { min-width: 18rem; }
.take-up-inline { display: inline; }
.take-up-inline button { font-size: .85rem; padding: .1rem .5rem; }
ol.timeline { list-style: none; padding-inline-start: 0; border-inline-start: 3px solid var(--line); }
ol.timeline li { position: relative; padding: .25rem 0 .75rem 0; padding-inline-start: 1.25rem; }
ol.timeline li::before { content: ''; position: absolute; inset-inline-start: -.55rem; top: .5rem; width: .8rem; height: .8rem; border-radius: 50%; background: var(--accent); }
ol.timeline li.st-closed::before { background: var(--bad); }
ol.timeline li.st-delivered::before { background: var(--ok); }
`)}
  </style>
);
