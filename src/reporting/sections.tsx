import { LANGUAGE_NAMES } from '../i18n/index.ts';
import { localize } from '../framework/localize.ts';
import { mappedElements, versionById } from '../framework/queries.ts';
import type { Section } from '../server/sections.ts';
import { getCycle, latestCycleId } from './cycles.ts';
import { elementStatusDistribution, reportsOfState } from './queries.ts';
import { STATUSES } from './answers.ts';

/** The State profile lists the State's reports the viewer may see; the element page shows status counts. */
export const stateProfileSection: Section = {
  order: 40,
  async render(c, iso3) {
    const t = c.get('t');
    const rows = await reportsOfState(c.get('db'), c.get('actor'), iso3);
    return (
      <section id="national-reports">
        <h2>{t('reporting.section.state')}</h2>
        {rows.length ? (
          <ul>
            {rows.map((r) => (
              <li>
                <a href={`/reports/${r.id}`}>{r.cycle_title}</a> — {t(`reporting.status.${r.status}`)}
                {r.current_revision ? ` · R${r.current_revision}` : ''} · {t(`reporting.vis.${r.visibility}`)} ·{' '}
                <span lang={r.language}>{LANGUAGE_NAMES[r.language]}</span>
                {r.demo ? (
                  <>
                    {' '}
                    <span class="tag badge-synthetic">{t('reporting.demo')}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('reporting.section.none')}</p>
        )}
      </section>
    );
  },
};
export const elementPageSection: Section = {
  order: 40,
  async render(c, elementId, scope) {
    const t = c.get('t');
    const db = c.get('db');
    const lang = c.get('lang');
    // The page's own version first, then the versions the mapping links this element to (migrations/0007).
    const targets: Array<{ version?: string; element: string; mapped?: Awaited<ReturnType<typeof mappedElements>>[number] }> = [
      { version: scope.version, element: elementId },
    ];
    if (scope.version) for (const m of await mappedElements(db, scope.version, elementId)) targets.push({ version: m.version, element: m.element, mapped: m });
    const blocks = [];
    for (const target of targets) {
      const cycleId = await latestCycleId(db, target.version);
      if (!cycleId) continue;
      const cycle = await getCycle(db, cycleId);
      const dist = await elementStatusDistribution(db, c.get('actor'), cycleId, target.element);
      const total = dist.reduce((s, d) => s + d.n, 0);
      if (target.mapped && !total) continue;
      const v = await versionById(db, cycle.framework_version);
      const versionTitle = v ? localize({ title: v.title, translations: v.translations }, lang).title : cycle.framework_version;
      blocks.push({ target, cycle, dist, total, versionTitle });
    }
    if (!blocks.length) return null;
    const order = [...STATUSES, 'unanswered'];
    return (
      <>
        {blocks.map(({ target, cycle, dist, total, versionTitle }, i) => (
          <section id={i === 0 && !target.mapped ? 'reported-implementation' : `reported-implementation-${i}`} class={target.mapped ? 'mapped' : undefined}>
            <h2>{t('reporting.section.element', { cycle: cycle.title })}</h2>
            <p class="muted process-label" data-version={cycle.framework_version}>
              {t('framework.version.label', { version: versionTitle })}
              {target.mapped ? (
                <>
                  {' '}
                  · {t(`framework.relation.${target.mapped.relation}`)} · <code>{target.element}</code>
                </>
              ) : null}
            </p>
            {total ? (
              <table class="element-status">
                <caption>{t('reporting.section.count', { n: total })}</caption>
                <tbody>
                  {order.map((s) => {
                    const n = dist.find((d) => d.status === s)?.n ?? 0;
                    return n ? (
                      <tr>
                        <th scope="row">{s === 'unanswered' ? t('reporting.unanswered') : t(`reporting.st.${s}`)}</th>
                        <td>{n}</td>
                        <td>
                          <meter min={0} max={total} value={n}>
                            {n}
                          </meter>
                        </td>
                      </tr>
                    ) : null;
                  })}
                </tbody>
              </table>
            ) : (
              <p class="muted">{t('reporting.section.none')}</p>
            )}
          </section>
        ))}
      </>
    );
  },
};
