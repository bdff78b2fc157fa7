import { can } from '../accounts/policy.ts';
import type { Ctx } from '../server/context.ts';
import type { Section } from '../server/sections.ts';
import { readAnalysis } from './cache.ts';
import { cycleCatalogue, publishedCycle } from './cycleSeries.ts';
import { resolveCycleId } from './queries/analysisInput.ts';
import { matchesFor } from './queries/matches.ts';
import { NeedMatchesList } from './pages/matches.tsx';
import { CycleStatus, elementNamer, pct, QuoteBlock, Synthetic, Withheld } from './pages/components.tsx';

/**
 * The State profile shows the State's progress in the latest publishable cycle (closed, or with
 * enough reports: cycleSeries.ts) against the previous cycle of the same series, when the reader
 * may read both reports, and, for its own delegates and the Secretariat, its capacity-building
 * matches in the newest cycle; the element page shows the status distribution and the top
 * challenges of the latest publishable cycle, under the same aggregate rule as the analysis page.
 * Every figure names the cycle it comes from, so a new cycle with one report never replaces them.
 */
function options(c: Ctx) {
  const { minAggregate, minPublishedReports } = c.get('config');
  return { minAggregate, minPublished: minPublishedReports };
}

async function published(c: Ctx) {
  const o = options(c);
  return publishedCycle(await cycleCatalogue(c.get('db'), o));
}

async function newest(c: Ctx) {
  try {
    return await resolveCycleId(c.get('db'), 'latest');
  } catch {
    return null;
  }
}

export const stateProfileSection: Section = {
  order: 45,
  async render(c, iso3) {
    const t = c.get('t');
    const actor = c.get('actor');
    const db = c.get('db');
    const state = iso3.toUpperCase();
    const from = await published(c);
    const a = from ? await readAnalysis(db, actor, from.id, options(c)) : null;
    const mine = a?.progress.byState.find((s) => s.state === state);
    const own = can(actor, 'needs.matches', { ownerStateIso3: state });
    const matchCycle = own ? await newest(c) : null;
    const matches = matchCycle
      ? (await matchesFor(db, actor, matchCycle, { minAggregate: options(c).minAggregate })).own.filter((m) => m.need.state === state)
      : [];
    if (!mine && !matches.length) return null;
    const matchTitle = matchCycle ? ((await cycleCatalogue(db, options(c))).find((x) => x.id === matchCycle)?.title ?? '') : '';
    return (
      <section id="analysis-progress">
        <h2>
          {t('analysis.section.stateTitle')} <Synthetic on={!!mine?.demo} t={t} />
        </h2>
        {a && mine ? (
          <>
            <p class="muted">
              {t('analysis.section.from', { cycle: a.cycle.title })} <CycleStatus a={a} t={t} />
            </p>
            <p>
              {a.previous
                ? t('analysis.section.progress', { up: mine.up, down: mine.down, unchanged: mine.unchanged, previous: a.previous.title })
                : t('analysis.progress.none')}
            </p>
            {mine.changes.length ? (
              <ul>
                {mine.changes.slice(0, 12).map((x) => (
                  <li>
                    <a href={`/framework/elements/${x.element}`}>{elementNamer(a, t.lang)(x.element)}</a>: {t(`analysis.st.${x.from}`)} →{' '}
                    {t(`analysis.st.${x.to}`)}
                  </li>
                ))}
              </ul>
            ) : null}
            <p>
              <a href={`/analysis/cycles/${a.cycle.id}#progress`}>{t('analysis.section.open')}</a>
            </p>
          </>
        ) : null}
        {matches.length ? (
          <>
            <h3>{t('analysis.section.matches')}</h3>
            <p class="muted">{t('analysis.section.from', { cycle: matchTitle })}</p>
            <NeedMatchesList list={matches} t={t} />
          </>
        ) : null}
      </section>
    );
  },
};
export const elementPageSection: Section = {
  order: 45,
  async render(c, elementId) {
    const t = c.get('t');
    const from = await published(c);
    if (!from) return null;
    const a = await readAnalysis(c.get('db'), c.get('actor'), from.id, options(c));
    const e = a.elements.find((x) => x.id === elementId);
    if (!e || (!e.reporting && !e.challenges.clusters.length)) return null;
    return (
      <section id="analysis-element">
        <h2>
          {t('analysis.section.elementTitle')} <Synthetic on={a.synthetic} t={t} />
        </h2>
        <p class="muted">
          {t('analysis.section.from', { cycle: a.cycle.title })} <CycleStatus a={a} t={t} />
        </p>
        <p>
          {t('analysis.section.distribution', { n: e.reporting, share: pct(e.implementedShare, t.lang) })} <Withheld on={e.suppressed} t={t} />
        </p>
        <ul>
          {Object.entries(e.statuses).map(([s, n]) => (
            <li>
              {t(`analysis.st.${s}`)}: {n}
            </li>
          ))}
        </ul>
        {e.challenges.clusters.length ? (
          <>
            <h3>{t('analysis.challenges')}</h3>
            <ol>
              {e.challenges.clusters.slice(0, 3).map((k) => (
                <li>
                  {k.label ? <strong dir="auto">{k.label}</strong> : null} {t('analysis.challenges.cluster', { n: k.count, share: pct(k.share, t.lang) })}
                  {k.quote ? <QuoteBlock q={k.quote} t={t} /> : <p class="muted">{t('analysis.noQuote')}</p>}
                </li>
              ))}
            </ol>
          </>
        ) : null}
        <p>
          <a href={`/analysis/cycles/${a.cycle.id}#challenges-${e.id}`}>{t('analysis.section.open')}</a>
        </p>
      </section>
    );
  },
};
