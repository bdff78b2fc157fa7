import { elementPageSections, stateProfileSections } from '../server/sections.ts';
import { readAnalysis } from './cache.ts';
import { resolveCycleId } from './load.ts';
import { matchesFor } from './matching.ts';
import { NeedMatchesList } from './cbPages.tsx';
import { pct, QuoteBlock, Synthetic, Withheld } from './view.tsx';

/**
 * The State profile shows the State's progress since the previous cycle (when the reader may read
 * both reports) and, for its own delegates and the Secretariat, its capacity-building matches; the
 * element page shows the status distribution and the top challenge clusters, under the same
 * aggregate rule as the analysis page.
 */
async function latest(c: Parameters<Parameters<typeof stateProfileSections.register>[0]['render']>[0]) {
  try { return await resolveCycleId(c.get('db'), 'latest'); } catch { return null; }
}

export function registerSections() {
  stateProfileSections.register({
    order: 45,
    async render(c, iso3) {
      const t = c.get('t'); const actor = c.get('actor');
      const cycleId = await latest(c);
      if (!cycleId) return null;
      const a = await readAnalysis(c.get('db'), actor, cycleId, { minAggregate: c.get('config').minAggregate });
      const mine = a.progress.byState.find((s) => s.state === iso3.toUpperCase());
      const own = (actor.kind === 'user' && actor.role === 'delegate' && actor.stateIso3 === iso3.toUpperCase()) || (actor.kind === 'user' && actor.role === 'secretariat');
      const matches = own ? (await matchesFor(c.get('db'), actor, cycleId, { minAggregate: c.get('config').minAggregate })).own.filter((m) => m.need.state === iso3.toUpperCase()) : [];
      if (!mine && !matches.length) return null;
      return (
        <section id="analysis-progress">
          <h2>{t('analysis.section.state', { cycle: a.cycle.title })} <Synthetic on={!!mine?.demo} t={t} /></h2>
          {mine ? (
            <>
              <p>{t('analysis.section.progress', { up: mine.up, down: mine.down, unchanged: mine.unchanged, previous: a.previous?.title ?? '' })}</p>
              {mine.changes.length ? <ul>{mine.changes.slice(0, 12).map((x) => <li><code>{x.element}</code>: {t(`analysis.st.${x.from}`)} → {t(`analysis.st.${x.to}`)}</li>)}</ul> : null}
            </>
          ) : null}
          {matches.length ? <><h3>{t('analysis.section.matches')}</h3><NeedMatchesList list={matches} t={t} /></> : null}
          <p><a href={`/analysis/cycles/${a.cycle.id}`}>{t('analysis.section.open')}</a></p>
        </section>
      );
    },
  });
  elementPageSections.register({
    order: 45,
    async render(c, elementId) {
      const t = c.get('t');
      const cycleId = await latest(c);
      if (!cycleId) return null;
      const a = await readAnalysis(c.get('db'), c.get('actor'), cycleId, { minAggregate: c.get('config').minAggregate });
      const e = a.elements.find((x) => x.id === elementId);
      if (!e || (!e.reporting && !e.challenges.clusters.length)) return null;
      return (
        <section id="analysis-element">
          <h2>{t('analysis.section.element', { cycle: a.cycle.title })} <Synthetic on={a.synthetic} t={t} /></h2>
          <p>{t('analysis.section.distribution', { n: e.reporting, share: pct(e.implementedShare, t.lang) })} <Withheld on={e.suppressed} t={t} /></p>
          <ul>{Object.entries(e.statuses).map(([s, n]) => <li>{t(`analysis.st.${s}`)}: {n}</li>)}</ul>
          {e.challenges.clusters.length ? (
            <>
              <h3>{t('analysis.challenges')}</h3>
              <ol>{e.challenges.clusters.slice(0, 3).map((k) => <li>{t('analysis.challenges.cluster', { n: k.count, share: pct(k.share, t.lang) })}{k.quote ? <QuoteBlock q={k.quote} t={t} /> : <p class="muted">{t('analysis.noQuote')}</p>}</li>)}</ol>
            </>
          ) : null}
          <p><a href={`/analysis/cycles/${a.cycle.id}#challenges`}>{t('analysis.section.open')}</a></p>
        </section>
      );
    },
  });
}
