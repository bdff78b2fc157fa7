import type { Child } from 'hono/jsx';
import { FRAMEWORK_2025 } from '../framework/catalogue/index.ts';
import type { Ctx } from '../server/context.ts';
import type { StatementRow } from './queries.ts';
import { speakerName } from './speakers.ts';

export const PILLARS = FRAMEWORK_2025.pillars;
export const ELEMENTS = FRAMEWORK_2025.elements;
export const pillarTitle = (id: string) => PILLARS.find((p) => p.id === id)?.title ?? id;
export const elementTitle = (id: string) => ELEMENTS.find((e) => e.id === id)?.title ?? id;

/** Speaker, with the State that delivered a group statement and a mark when a person set it. */
export function Speaker({ c, s }: { c: Ctx; s: { speaker_id: string; delivered_by: string | null; speaker_source?: string; took_floor_again?: boolean } }) {
  const t = c.get('t');
  return (
    <span class="speaker">
      <strong>{speakerName(s.speaker_id)}</strong>
      {s.delivered_by ? <span class="muted"> {t('records.deliveredBy', { state: speakerName(s.delivered_by) })}</span> : null}
      {s.took_floor_again ? <span class="tag">{t('records.again')}</span> : null}
      {s.speaker_source === 'person' ? <span class="tag" title={t('records.corrected')}>✓ {t('records.corrected')}</span> : null}
    </span>
  );
}

/** Pillar and element tags, each with the explanation of why it was given. */
export function Tags({ c, s }: { c: Ctx; s: Pick<StatementRow, 'tags'> }) {
  const t = c.get('t');
  return (
    <p class="tags">
      {s.tags.filter((g) => g.pillar_id).map((g) => <span class={`tag pillar-${g.pillar_id}`} title={`${g.explanation} (${Math.round(g.confidence * 100)}%)`}>{pillarTitle(g.pillar_id!)}{g.source === 'person' ? ' ✓' : ''}</span>)}
      {s.tags.filter((g) => g.element_id).map((g) => <a class="tag" href={`/framework/elements/${g.element_id}`} title={`${g.explanation} (${Math.round(g.confidence * 100)}%)`}>{g.element_id}{g.source === 'person' ? ' ✓' : ''}</a>)}
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
        <li><a href={`/positions?question=${x.question_id}`}>{x.question_id}</a>: <strong>{t(`records.stance.${x.value}`)}</strong>{x.source === 'person' ? ' ✓' : ''} — <q>{x.evidence}</q></li>
      ))}
    </ul>
  );
}

/** One statement as read: speaker, paragraphs, text, tags and stances. */
export function StatementView({ c, s, children }: { c: Ctx; s: StatementRow; children?: Child }) {
  const t = c.get('t');
  return (
    <article class="card statement" id={`s-${s.document_id}-${s.first_paragraph}`}>
      <header>
        <Speaker c={c} s={s} />{' '}
        <span class="muted">{t('records.paragraphs', { from: s.first_paragraph, to: s.last_paragraph })}</span>
      </header>
      {s.text.split('\n').map((p) => <p>{p}</p>)}
      <Tags c={c} s={s} />
      <Stances c={c} s={s} />
      {children}
    </article>
  );
}

/** The source text with its paragraph numbers, each paragraph addressable as #p<n>. */
export function SourceText({ text }: { text: string }) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return (
    <ol class="source">
      {lines.map((l, i) => <li id={`p${i + 1}`} value={i + 1}>{l}</li>)}
    </ol>
  );
}

/** A link that keeps the current filters and changes one. */
export function withParam(url: string, key: string, value: string | number | null): string {
  const u = new URL(url, 'http://x');
  if (value === null || value === '') u.searchParams.delete(key); else u.searchParams.set(key, String(value));
  return u.pathname + (u.search || '');
}
