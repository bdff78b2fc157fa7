import { Hono } from 'hono';
import { formatDate } from '../../i18n/format.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { page } from '../../server/layout.tsx';
import { requireAccess } from '../../accounts/policy.ts';
import { readForm } from '../../server/api.ts';
import { setCycleSettings } from '../commands/setCycleSettings.ts';
import { listCycles } from '../../reporting/cycles.ts';
import { readAnalysis } from '../cache.ts';
import { baselineOf, resolveCycleId } from '../queries/analysisInput.ts';
import { Synthetic } from './components.tsx';
import { ORGANISATIONS } from '../../participants/organisations.ts';
import { regionalGroupById } from '../../participants/regionalGroups.ts';
import { ValidationError } from '../../foundation/errors.ts';
import { analysisBody } from './cycleAnalysis.tsx';

/**
 * Reads ?region=, ?org= and ?baseline= (the page's filters and the cycle progress is compared
 * with) and compiles the analysis for the reader. "latest" is the latest publishable cycle.
 */
export async function analysisFor(c: Ctx, id: string) {
  const db = c.get('db');
  const { minAggregate, minPublishedReports } = c.get('config');
  const rule = { minAggregate, minPublished: minPublishedReports };
  const cycleId = await resolveCycleId(db, id === 'latest' ? 'published' : id, rule);
  const region = c.req.query('region') || null;
  const organisation = c.req.query('org') || null;
  const baselineParam = c.req.query('baseline') || null;
  const baseline = baselineParam === null ? null : Number(baselineParam);
  if (baseline !== null && !(Number.isSafeInteger(baseline) && baseline > 0))
    throw ValidationError(
      'That baseline is not a cycle that opened before this one. Choose one from the list.',
      { baseline: 'unknown baseline cycle' },
      'analysis.unknown_baseline',
    );
  // Checked before compiling: each filter value is a compilation of its own (and a cache entry).
  if (region && !regionalGroupById(region))
    throw ValidationError(`No regional group "${region}". Choose one from the list.`, { region: 'unknown regional group' }, 'analysis.unknown_filter');
  if (organisation && !ORGANISATIONS.some((x) => x.id === organisation))
    throw ValidationError(`No regional organisation "${organisation}". Choose one from the list.`, { org: 'unknown organisation' }, 'analysis.unknown_filter');
  // The baseline is checked against the catalogue before compiling, like the filters.
  if (baseline !== null) await baselineOf(db, cycleId, baseline, rule);
  return readAnalysis(db, c.get('actor'), cycleId, { minAggregate, minPublished: minPublishedReports, region, organisation, baseline });
}

export const pages = new Hono<AppEnv>()
  .get('/analysis', async (c) => {
    const t = c.get('t');
    const cycles = await listCycles(c.get('db'));
    return page(
      c,
      t('analysis.title'),
      <>
        <h1>{t('analysis.title')}</h1>
        <p class="lede">{t('analysis.lede')}</p>
        {cycles.length ? (
          <ul class="cards">
            {cycles.map((cy) => (
              <li class="card">
                <h2>
                  <a href={`/analysis/cycles/${cy.id}`} dir="auto">
                    {cy.title}
                  </a>
                </h2>
                <p>
                  <code>{cy.code}</code> · {t('analysis.due', { date: formatDate(cy.due_on, t.lang) })} ·{' '}
                  {t('analysis.expectedN', { n: Number(cy.expected ?? 0) })} <Synthetic on={cy.demo} t={t} />
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('analysis.noCycles')}</p>
        )}
        <p>
          <a href="/analysis/offers">{t('analysis.offers.title')}</a> · <a href="/analysis/matches">{t('analysis.matches.title')}</a>
        </p>
      </>,
    );
  })
  .post('/analysis/cycles/:id/settings', async (c) => {
    requireAccess(c.get('actor'), 'cycle.manage');
    const db = c.get('db');
    const cycleId = await resolveCycleId(db, c.req.param('id'));
    const f = await readForm(c);
    const s = (k: string) => (typeof f[k] === 'string' ? (f[k] as string).trim() : '');
    await setCycleSettings(db, c.get('actor'), cycleId, { series: s('series'), minReports: s('minReports') });
    return c.redirect(`/analysis/cycles/${cycleId}#settings`, 303);
  })
  .get('/analysis/cycles/:id', async (c) => {
    const a = await analysisFor(c, c.req.param('id'));
    return page(c, c.get('t')('analysis.cycleTitle', { title: a.cycle.title }), await analysisBody(c, a), { wide: true });
  });
