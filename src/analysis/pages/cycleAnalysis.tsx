/** The compiled analysis of one cycle as a page: its filters, the Secretariat's settings, and the report's chapters. */
import { formatDate } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/index.ts';
import { dirOf } from '../../i18n/languages.ts';
import type { Ctx } from '../../server/context.ts';
import { Csrf } from '../../server/layout.tsx';
import { can } from '../../accounts/policy.ts';
import { ChartFigure, chartSeries, seriesSvg } from './charts.tsx';
import { STATUS_ORDER, type Analysis } from '../compile.ts';
import { offersByElement } from '../queries/offers.ts';
import { CrossCutting, CycleStatus, elementNamer, pct, QuoteBlock, Roadmap, RateTable, Synthetic, Withheld } from './components.tsx';
import { organisationName } from '../../participants/names.ts';

function Filters({ c, a }: { c: Ctx; a: Analysis }) {
  const t = c.get('t');
  return (
    <form method="get" class="filters" action={`/analysis/cycles/${a.cycle.id}`}>
      <div>
        <label for="region">{t('analysis.filter.region')}</label>
        <select id="region" name="region">
          <option value="">{t('analysis.filter.all')}</option>
          {a.regions.map((r) => (
            <option value={r.id} selected={a.filter.region === r.id}>
              {t(`core.group.${r.id}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="org">{t('analysis.filter.organisation')}</label>
        <select id="org" name="org">
          <option value="">{t('analysis.filter.all')}</option>
          {a.organisations.map((o) => (
            <option value={o.id} selected={a.filter.organisation === o.id}>
              {organisationName(o.id, t.lang) ?? o.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="baseline">{t('analysis.baseline')}</label>
        <select id="baseline" name="baseline">
          <option value="">{t('analysis.baseline.default', { series: a.cycle.series })}</option>
          {a.baselines.map((b) => (
            <option value={String(b.id)} selected={!!a.previous?.chosen && a.previous.id === b.id}>
              {t('analysis.baseline.option', { title: b.title, series: b.series })}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit">{t('analysis.filter.apply')}</button>
      </div>
    </form>
  );
}

/** The Secretariat's settings of the cycle: its series and how many reports make its figures public. */
function SettingsForm({ c, a }: { c: Ctx; a: Analysis }) {
  const t = c.get('t');
  if (!can(c.get('actor'), 'cycle.manage')) return null;
  return (
    <details id="settings" class="card">
      <summary>{t('analysis.settings')}</summary>
      <form method="post" action={`/analysis/cycles/${a.cycle.id}/settings`}>
        <Csrf c={c} />
        <label for="series">{t('analysis.settings.series')}</label>
        <input dir="auto" id="series" name="series" value={a.cycle.series} maxlength={40} aria-describedby="series-help" />
        <p id="series-help" class="muted">
          {t('analysis.settings.seriesHelp')}
        </p>
        <label for="minReports">{t('analysis.settings.minReports')}</label>
        <input
          dir="auto"
          id="minReports"
          name="minReports"
          inputmode="numeric"
          value={a.cycle.publication.minReports != null ? String(a.cycle.publication.minReports) : ''}
          aria-describedby="minReports-help"
        />
        <p id="minReports-help" class="muted">
          {t('analysis.settings.minReportsHelp', { n: a.cycle.publication.threshold })}
        </p>
        <button type="submit">{t('analysis.settings.save')}</button>
      </form>
    </details>
  );
}

function ElementTable({ a, t }: { a: Analysis; t: Translate }) {
  const name = elementNamer(a, t.lang);
  return (
    <table>
      <caption>{t('analysis.elements.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('analysis.element')}</th>
          <th scope="col">{t('analysis.reporting')}</th>
          {[...STATUS_ORDER, 'not-applicable'].map((s) => (
            <th scope="col">{t(`analysis.st.${s}`)}</th>
          ))}
          <th scope="col">{t('analysis.implementedShare')}</th>
        </tr>
      </thead>
      <tbody>
        {a.elements.map((e) => (
          <tr>
            <th scope="row">
              <a href={`/framework/elements/${e.id}`}>{name(e.id)}</a> <Withheld on={e.suppressed} t={t} />
            </th>
            <td>{e.reporting}</td>
            {[...STATUS_ORDER, 'not-applicable'].map((s) => (
              <td>{e.statuses[s] ?? 0}</td>
            ))}
            <td>{pct(e.implementedShare, t.lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export async function analysisBody(c: Ctx, a: Analysis) {
  const t = c.get('t');
  const series = chartSeries(a, t, await offersByElement(c.get('db')));
  const svgs = await Promise.all(series.map((s) => seriesSvg(s, { rtl: dirOf(t.lang) === 'rtl' })));
  const qs = new URLSearchParams({
    ...(a.filter.region ? { region: a.filter.region } : {}),
    ...(a.filter.organisation ? { org: a.filter.organisation } : {}),
    ...(a.previous?.chosen ? { baseline: String(a.previous.id) } : {}),
  }).toString();
  const suffix = qs ? `?${qs}` : '';
  const name = elementNamer(a, t.lang);
  return (
    <>
      <p>
        <a href="/analysis">{t('analysis.title')}</a>
      </p>
      <h1>
        {t('analysis.cycleTitle', { title: a.cycle.title })} <Synthetic on={a.synthetic} t={t} />
      </h1>
      <dl class="facts">
        <dt>{t('analysis.cycle')}</dt>
        <dd>
          <code>{a.cycle.code}</code> · {t('analysis.series', { series: a.cycle.series })} · {t('analysis.due', { date: a.cycle.dueOn })} ·{' '}
          <CycleStatus a={a} t={t} />
        </dd>
        <dt>{t('analysis.previous')}</dt>
        <dd>
          {a.previous ? (
            <>
              <a href={`/analysis/cycles/${a.previous.id}`} dir="auto">
                {a.previous.title}
              </a>{' '}
              <span class="muted">
                ({a.previous.chosen ? t('analysis.baseline.chosen') : t('analysis.baseline.sameSeries', { series: a.previous.series })})
              </span>
            </>
          ) : (
            t('analysis.none')
          )}
        </dd>
        <dt>{t('analysis.scope')}</dt>
        <dd>
          {a.filter.region
            ? t(`core.group.${a.filter.region}`)
            : a.filter.organisation
              ? organisationName(a.filter.organisation, t.lang)
              : t('analysis.filter.all')}
        </dd>
      </dl>
      {a.cycle.publication.status === 'provisional' ? (
        <p class="alert warn" role="status">
          {t('analysis.provisional', { n: a.cycle.publication.threshold, date: formatDate(a.cycle.closesOn, t.lang) })}
        </p>
      ) : null}
      <p class="muted">{t('analysis.confidentiality', { n: a.minAggregate })}</p>
      <Filters c={c} a={a} />
      <SettingsForm c={c} a={a} />
      <p>
        <a href={`/api/v1/analysis/cycles/${a.cycle.id}/export.docx${suffix}`} download>
          {t('analysis.download.docx')}
        </a>{' '}
        · <a href={`/api/v1/analysis/cycles/${a.cycle.id}/export.akn.xml${suffix}`}>{t('analysis.download.akn')}</a> ·{' '}
        <a href={`/api/v1/analysis/cycles/${a.cycle.id}${suffix}`}>{t('analysis.download.json')}</a> ·{' '}
        <a href="/analysis/offers">{t('analysis.offers.title')}</a> · <a href="/analysis/matches">{t('analysis.matches.title')}</a>
      </p>

      <h2 id="completeness">1. {t('analysis.completeness')}</h2>
      <ChartFigure s={series[0]!} svg={svgs[0]!} t={t} />
      <RateTable
        caption={t('analysis.completeness.byRegion')}
        t={t}
        rows={[
          { label: <strong>{t('analysis.overall')}</strong>, r: a.completeness.overall },
          ...a.completeness.byRegion.map((r) => ({ label: t(`core.group.${r.id}`), r })),
        ]}
      />
      <details>
        <summary>{t('analysis.completeness.byOrganisation')}</summary>
        <RateTable caption={t('analysis.completeness.byOrganisation')} t={t} rows={a.completeness.byOrganisation.map((r) => ({ label: r.name, r }))} />
      </details>

      <h2 id="implementation">2. {t('analysis.implementation')}</h2>
      <ChartFigure s={series[1]!} svg={svgs[1]!} t={t} />
      <details>
        <summary>{t('analysis.elements.caption')}</summary>
        <ElementTable a={a} t={t} />
      </details>

      <h2 id="progress">3. {t('analysis.progress')}</h2>
      {a.previous ? (
        <>
          <ChartFigure s={series[2]!} svg={svgs[2]!} t={t} />
          <details>
            <summary>{t('analysis.progress.byState', { n: a.progress.byState.length })}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('analysis.state')}</th>
                  <th scope="col">{t('analysis.up')}</th>
                  <th scope="col">{t('analysis.down')}</th>
                  <th scope="col">{t('analysis.unchanged')}</th>
                </tr>
              </thead>
              <tbody>
                {a.progress.byState.map((s) => (
                  <tr>
                    <th scope="row">
                      <a href={`/states/${s.state}`}>{s.name}</a> <Synthetic on={s.demo} t={t} />
                    </th>
                    <td>{s.up}</td>
                    <td>{s.down}</td>
                    <td>{s.unchanged}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p class="muted">{t('analysis.progress.none')}</p>
      )}

      <h2 id="challenges">4. {t('analysis.challenges')}</h2>
      <p class="muted">{t('analysis.challenges.method')}</p>
      <h3 id="cross-cutting">{t('analysis.crossCutting')}</h3>
      <CrossCutting a={a} t={t} />
      <h3>{t('analysis.challenges.byElement')}</h3>
      {[...a.elements]
        .filter((e) => e.challenges.clusters.length)
        .sort((x, y) => y.challenges.clusters[0]!.count - x.challenges.clusters[0]!.count)
        .map((e, i) => (
          <details class="card" open={i < 3} id={`challenges-${e.id}`}>
            <summary>
              {name(e.id)} · {t('analysis.challenges.answered', { n: e.challenges.answered })} <Withheld on={e.challenges.suppressed} t={t} />
            </summary>
            <ol>
              {e.challenges.clusters.slice(0, 3).map((k) => (
                <li>
                  {k.label ? <strong dir="auto">{k.label}</strong> : null}{' '}
                  <span class="muted">{t('analysis.challenges.cluster', { n: k.count, share: pct(k.share, t.lang) })}</span>
                  {k.quote ? <QuoteBlock q={k.quote} t={t} /> : <p class="muted">{t('analysis.noQuote')}</p>}
                  {k.more.length ? (
                    <details>
                      <summary>{t('analysis.moreQuotes', { n: k.more.length })}</summary>
                      {k.more.map((q) => (
                        <QuoteBlock q={q} t={t} />
                      ))}
                    </details>
                  ) : null}
                </li>
              ))}
            </ol>
            <p>
              <a href={`/framework/elements/${e.id}`}>{t('analysis.openElement')}</a>
            </p>
          </details>
        ))}

      <h2 id="good-practices">5. {t('analysis.goodPractices')}</h2>
      <ul>
        {a.elements
          .filter((e) => e.goodPractices.quotes.length)
          .map((e) => (
            <li>
              <details>
                <summary>
                  {name(e.id)} — {t('analysis.goodPractices.count', { n: e.goodPractices.count })}
                </summary>
                {e.goodPractices.quotes.slice(0, 3).map((q) => (
                  <QuoteBlock q={q} t={t} />
                ))}
              </details>
            </li>
          ))}
      </ul>

      <h2 id="regional">6. {t('analysis.regional')}</h2>
      {a.regional.map((g) => (
        <section>
          <h3>{t(`core.group.${g.id}`)}</h3>
          {g.common.length ? (
            <ul>
              {g.common.slice(0, 5).map((x) => (
                <li>
                  <a href={`/framework/elements/${x.element}`}>{name(x.element)}</a>:{' '}
                  {x.kind === 'status' ? (
                    t('analysis.regional.status', { n: x.n, of: x.of, status: t(`analysis.st.${x.status}`) })
                  ) : (
                    <>
                      {t('analysis.regional.challenge', { n: x.n, of: x.of })}
                      {x.quote ? <QuoteBlock q={x.quote} t={t} /> : null}
                    </>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t('analysis.none')}</p>
          )}
        </section>
      ))}

      <h2 id="capacity-building">7. {t('analysis.capacityBuilding')}</h2>
      <ChartFigure s={series[3]!} svg={svgs[3]!} t={t} />
      <p>
        {t('analysis.needs.total', { n: a.needs.total })} <Withheld on={a.needs.suppressed} t={t} />
      </p>

      <h2 id="roadmap">8. {t('analysis.roadmap')}</h2>
      <Roadmap a={a} t={t} />
    </>
  );
}
