import { Hono } from 'hono';
import type { AppEnv } from '../server/context.ts';
import { elementPageSections, stateProfileSections } from '../server/sections.ts';
import { api } from './api.ts';
import { elementTitle, pillarTitle } from './components.tsx';
import { meetingPages } from './pagesMeetings.tsx';
import { positionPages } from './pagesPositions.tsx';
import { reviewPages } from './pagesReview.tsx';
import { speakersOn, subjectsOf } from './queries.ts';
import { speakerName } from './speakers.ts';

/** This capability's pages and JSON API. */
export const routes = new Hono<AppEnv>()
  .route('/', meetingPages)
  .route('/', reviewPages)
  .route('/', positionPages)
  .route('/', api);

// "Everything State X said on element Y": one click from the State's profile …
stateProfileSections.register({
  order: 20,
  async render(c, iso3) {
    const t = c.get('t');
    const rows = await subjectsOf(c.get('db'), c.get('actor'), iso3.toUpperCase());
    if (rows.length === 0) return null;
    const link = (k: 'pillar' | 'element', id: string) => `/search?speaker=${encodeURIComponent(iso3.toUpperCase())}&${k}=${encodeURIComponent(id)}`;
    return (
      <section class="card" id="statements">
        <h2>{t('records.profile.title')}</h2>
        <ul>{rows.filter((r) => r.pillar_id).map((r) => <li><a href={link('pillar', r.pillar_id!)}>{pillarTitle(r.pillar_id!)}</a> <span class="muted">{t('records.meeting.statements', { n: Number(r.n) })}</span></li>)}</ul>
        <ul>{rows.filter((r) => r.element_id).map((r) => <li><a class="tag" href={link('element', r.element_id!)} data-element={r.element_id!}>{elementTitle(r.element_id!)}</a> <span class="muted">{t('records.meeting.statements', { n: Number(r.n) })}</span></li>)}</ul>
      </section>
    );
  },
});

// … and from the element's page.
elementPageSections.register({
  order: 20,
  async render(c, elementId) {
    const t = c.get('t');
    const rows = await speakersOn(c.get('db'), c.get('actor'), elementId);
    if (rows.length === 0) return null;
    return (
      <section class="card" id="statements">
        <h2>{t('records.element.title')}</h2>
        <ul>{rows.map((r) => <li><a href={`/search?speaker=${encodeURIComponent(r.speaker_id)}&element=${encodeURIComponent(elementId)}`}>{speakerName(r.speaker_id, t.lang)}</a> <span class="muted">{t('records.meeting.statements', { n: Number(r.n) })}</span></li>)}</ul>
      </section>
    );
  },
});
