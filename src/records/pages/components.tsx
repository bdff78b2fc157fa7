import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { FRAMEWORK_2025 } from '../../framework/catalogue/index.ts';
import type { Translate } from '../../i18n/index.ts';
import type { Ctx } from '../../server/context.ts';
import { statementId, type StatementRow } from '../queries.ts';
import { speakerLabel, speakerName } from '../speakers.ts';

export const PILLARS = FRAMEWORK_2025.pillars;
export const ELEMENTS = FRAMEWORK_2025.elements;
export const pillarTitle = (id: string) => PILLARS.find((p) => p.id === id)?.title ?? id;
export const elementTitle = (id: string) => ELEMENTS.find((e) => e.id === id)?.title ?? id;

/** Speaker, with the State that delivered a group statement and a mark when a person set it. */
export function Speaker({
  c,
  s,
}: {
  c: Ctx;
  s: {
    speaker_id: string;
    delivered_by: string | null;
    speaker_source?: string;
    took_floor_again?: boolean;
    speaker_name?: string | null;
    speaker_affiliation?: string | null;
    joint_with?: string[];
  };
}) {
  const t = c.get('t');
  return (
    <span class="speaker">
      <strong>{speakerLabel(s, t.lang)}</strong>
      {s.joint_with?.length ? (
        <span class="muted"> {t('records.jointWith', { names: s.joint_with.map((j) => speakerName(j, t.lang)).join(', ') })}</span>
      ) : null}
      {s.delivered_by ? <span class="muted"> {t('records.deliveredBy', { state: speakerName(s.delivered_by, t.lang) })}</span> : null}
      {s.took_floor_again ? <span class="tag">{t('records.again')}</span> : null}
      {s.speaker_source === 'person' ? (
        <span class="tag" title={t('records.corrected')}>
          ✓ {t('records.corrected')}
        </span>
      ) : null}
    </span>
  );
}

/** Pillar and element tags, each with the explanation of why it was given. */
export function Tags({ c, s }: { c: Ctx; s: Pick<StatementRow, 'tags'> }) {
  const t = c.get('t');
  return (
    <p class="tags">
      {s.tags
        .filter((g) => g.pillar_id)
        .map((g) => (
          <span class={`tag pillar-${g.pillar_id}`} title={`${g.explanation} (${Math.round(g.confidence * 100)}%)`}>
            {pillarTitle(g.pillar_id!)}
            {g.source === 'person' ? ' ✓' : ''}
          </span>
        ))}
      {s.tags
        .filter((g) => g.element_id)
        .map((g) => (
          <a class="tag" href={`/framework/elements/${g.element_id}`} title={`${g.explanation} (${Math.round(g.confidence * 100)}%)`}>
            {g.element_id}
            {g.source === 'person' ? ' ✓' : ''}
          </a>
        ))}
      {s.tags.length === 0 ? <span class="muted">{t('records.noTags')}</span> : null}
    </p>
  );
}

export function Stances({ c, s }: { c: Ctx; s: Pick<StatementRow, 'stances'> }) {
  const t = c.get('t');
  if (s.stances.length === 0) return null;
  return (
    <ul class="stances">
      {s.stances.map((x) => (
        <li>
          <a href={`/positions?question=${x.question_id}`}>{x.question_id}</a>: <strong>{t(`records.stance.${x.value}`)}</strong>
          {x.source === 'person' ? ' ✓' : ''} — <q dir="auto">{x.evidence}</q>
        </li>
      ))}
    </ul>
  );
}

/**
 * Where a statement lies: its sentences ("5.2–5.4"), or its paragraphs for a statement stored
 * before sentences were numbered (it runs to the end of its last paragraph).
 */
export function statementPlace(t: Translate, s: Pick<StatementRow, 'first_paragraph' | 'last_paragraph' | 'first_sentence' | 'last_sentence'>): string {
  if (s.last_sentence == null) {
    return s.first_paragraph === s.last_paragraph
      ? t('records.paragraph', { n: s.first_paragraph })
      : t('records.paragraphs', { from: s.first_paragraph, to: s.last_paragraph });
  }
  const from = `${s.first_paragraph}.${s.first_sentence}`;
  const to = `${s.last_paragraph}.${s.last_sentence}`;
  return from === to ? t('records.sentence', { at: from }) : t('records.sentences', { from, to });
}

/** One statement as read: speaker, sentences, text, tags and stances. */
export function StatementView({ c, s, children }: { c: Ctx; s: StatementRow; children?: Child }) {
  const t = c.get('t');
  return (
    <article class="card statement" id={statementId(s)}>
      {/* Links made before several statements could share a paragraph point at the paragraph's first. */}
      {s.opens_paragraph ? <span id={`s-${s.document_id}-${s.first_paragraph}`} /> : null}
      <header>
        <Speaker c={c} s={s} /> <span class="muted">{statementPlace(t, s)}</span>
        {s.supports_proposal != null ? (
          <>
            {' '}
            <a class="tag" href={`/proposals#proposal-${s.supports_proposal}`}>
              {t('records.supportsProposal')}
            </a>
          </>
        ) : null}
      </header>
      {s.text.split('\n').map((p) => (
        <p>{p}</p>
      ))}
      <Tags c={c} s={s} />
      <Stances c={c} s={s} />
      {children}
    </article>
  );
}

/** The source text with its paragraph numbers, each paragraph addressable as #p<n>. */
export function SourceText({ text }: { text: string }) {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    <ol class="source">
      {lines.map((l, i) => (
        <li id={`p${i + 1}`} value={i + 1}>
          {l}
        </li>
      ))}
    </ol>
  );
}

/** A link that keeps the current filters and changes one. */
export function withParam(url: string, key: string, value: string | number | null): string {
  const u = new URL(url, 'http://x');
  if (value === null || value === '') u.searchParams.delete(key);
  else u.searchParams.set(key, String(value));
  return u.pathname + (u.search || '');
}

// The records pages' own layout: source and reading side by side, compact correction forms, result
// lists. Logical properties only, so Arabic mirrors without a second rule set. (A candidate for
// accord.css; kept here because that file belongs to the foundation.)
const CSS = `
.review { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 1.5rem; align-items: start; }
.review > section > h2 { margin-block-start: 0; }
.review > section:first-child { position: sticky; inset-block-start: 0; max-block-size: 100vh; overflow: auto; padding-inline-end: .5rem; }
ol.source { padding-inline-start: 2.2rem; margin: 0; }
ol.source li { margin-block-end: .45rem; }
ol.source li::marker { color: var(--muted); font-size: .85em; }
ol.source li:target { background: #fff7d6; }
article.statement { margin-block-end: .75rem; }
article.statement > p { margin-block: .35rem; }
details.corrections form { display: flex; flex-wrap: wrap; gap: .4rem .75rem; align-items: end; margin-block: .5rem; padding-block-start: .5rem; border-block-start: 1px dashed var(--line); }
details.corrections label { margin: 0; font-weight: 500; }
details.corrections input, details.corrections select { width: auto; max-inline-size: 100%; }
.filters label { margin: 0; }
.filters input:not([type=date]), .filters select { min-inline-size: 8rem; }
ol.results > li { margin-block-end: .9rem; }
ol.results mark { background: #fff1a8; padding-inline: .1rem; }
p.summary { max-inline-size: 60rem; }
td.nowrap { white-space: nowrap; }
@media (max-width: 60rem) {
  .review { grid-template-columns: 1fr; }
  .review > section:first-child { position: static; max-block-size: none; }
}`;
export const RecordsStyle = () => <style>{raw(CSS)}</style>;
