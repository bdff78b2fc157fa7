import type { Child } from 'hono/jsx';
import { percent } from '../i18n/format.ts';
import type { Lang, Translate } from '../i18n/index.ts';
import type { Quote } from './challenges.ts';
import type { Analysis, Rate } from './compile.ts';
import type { RoadmapEntry } from './roadmap.ts';

/** Small pieces of the analysis page shared with the State profile and element page sections. */
/** A share as a whole percentage, written the way `lang` writes one ("42%", "42 %"). */
export const pct = (x: number | null, lang: Lang = 'en') => (x === null || !Number.isFinite(x) ? '—' : percent(x, lang));

export const Synthetic = ({ on, t }: { on: boolean; t: Translate }) => (on ? <span class="tag badge-synthetic">{t('analysis.synthetic')}</span> : null);

export const Withheld = ({ on, t }: { on: boolean; t: Translate }) => (on ? <span class="tag" title={t('analysis.withheldHelp')}>{t('analysis.withheld')}</span> : null);

export function QuoteBlock({ q, t }: { q: Quote; t: Translate }) {
  return (
    <blockquote>
      <p>{q.text}</p>
      <footer>— <a href={`/states/${q.state}`}>{q.stateName}</a> <Synthetic on={q.demo} t={t} /></footer>
    </blockquote>
  );
}

export function RateRow({ label, r, t }: { label: Child; r: Rate; t: Translate }) {
  return (
    <tr>
      <th scope="row">{label}</th><td>{r.expected}</td><td>{r.submitted} <Withheld on={r.suppressed} t={t} /></td>
      <td>{pct(r.expected ? r.submitted / r.expected : null, t.lang)}</td><td>{r.onTime}</td><td>{pct(r.expected ? r.onTime / r.expected : null, t.lang)}</td>
    </tr>
  );
}

export function RateTable({ caption, rows, t }: { caption: string; rows: Array<{ label: Child; r: Rate }>; t: Translate }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead><tr><th scope="col">{t('analysis.item')}</th><th scope="col">{t('analysis.expected')}</th><th scope="col">{t('analysis.submitted')}</th><th scope="col">{t('analysis.reportingRate')}</th><th scope="col">{t('analysis.onTime')}</th><th scope="col">{t('analysis.onTimeRate')}</th></tr></thead>
      <tbody>{rows.map((x) => <RateRow label={x.label} r={x.r} t={t} />)}</tbody>
    </table>
  );
}

export function roadmapText(e: RoadmapEntry, t: Translate): string {
  if (e.reason === 'lowest-implementation') return t('analysis.roadmap.lowest', { share: pct(e.evidence.share, t.lang), implemented: e.evidence.implemented, reporting: e.evidence.reporting });
  if (e.reason === 'common-challenge') return t('analysis.roadmap.challenge', { states: e.evidence.states, of: e.evidence.of });
  return t('analysis.roadmap.divergent', { values: Object.entries(e.evidence.values).map(([v, n]) => `${t(`analysis.stance.${v}`)} ${n}`).join(', '), states: e.evidence.states });
}

export function Roadmap({ a, t }: { a: Analysis; t: Translate }) {
  if (!a.roadmap.length) return <p class="muted">{t('analysis.none')}</p>;
  return (
    <ol class="roadmap">
      {a.roadmap.map((e) => (
        <li>
          <strong>{'element' in e ? <a href={`/framework/elements/${e.element}`}><code>{e.element}</code></a> : <a href={`/positions?question=${e.question}`}><code>{e.question}</code></a>}</strong>
          {' '}<span class="tag">{t(`analysis.reason.${e.reason}`)}</span> — {roadmapText(e, t)}
          {e.reason === 'common-challenge' && e.evidence.quote ? <QuoteBlock q={e.evidence.quote} t={t} /> : null}
          {e.reason === 'divergent-stances' ? (
            <>
              <p class="muted">{e.evidence.text}</p>
              <ul>{e.evidence.quotes.map((q) => <li><span class="tag">{t(`analysis.stance.${q.value}`)}</span> <a href={`/states/${q.speaker}`}>{q.speaker}</a>: “{q.evidence}” (<a href={q.href}>{t('analysis.statement')}</a>)</li>)}</ul>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
