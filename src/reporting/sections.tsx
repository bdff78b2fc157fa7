import { LANGUAGE_NAMES } from '../i18n/index.ts';
import { elementPageSections, stateProfileSections } from '../server/sections.ts';
import { getCycle, latestCycleId } from './cycles.ts';
import { elementStatusDistribution, reportsOfState } from './queries.ts';
import { STATUSES } from './answers.ts';

/** The State profile lists the State's reports the viewer may see; the element page shows status counts. */
export function registerSections() {
  stateProfileSections.register({
    order: 40,
    async render(c, iso3) {
      const t = c.get('t');
      const rows = await reportsOfState(c.get('db'), c.get('actor'), iso3);
      return (
        <section id="national-reports">
          <h2>{t('reporting.section.state')}</h2>
          {rows.length ? (
            <ul>{rows.map((r) => <li><a href={`/reports/${r.id}`}>{r.cycle_title}</a> — {t(`reporting.status.${r.status}`)}{r.current_revision ? ` · R${r.current_revision}` : ''} · {t(`reporting.vis.${r.visibility}`)} · <span lang={r.language}>{LANGUAGE_NAMES[r.language]}</span>{r.demo ? <> <span class="tag badge-synthetic">{t('reporting.demo')}</span></> : null}</li>)}</ul>
          ) : <p class="muted">{t('reporting.section.none')}</p>}
        </section>
      );
    },
  });
  elementPageSections.register({
    order: 40,
    async render(c, elementId) {
      const t = c.get('t'); const db = c.get('db');
      const cycleId = await latestCycleId(db);
      if (!cycleId) return null;
      const cycle = await getCycle(db, cycleId);
      const dist = await elementStatusDistribution(db, c.get('actor'), cycleId, elementId);
      const total = dist.reduce((s, d) => s + d.n, 0);
      const order = [...STATUSES, 'unanswered'];
      return (
        <section id="reported-implementation">
          <h2>{t('reporting.section.element', { cycle: cycle.title })}</h2>
          {total ? (
            <table class="element-status">
              <caption>{t('reporting.section.count', { n: total })}</caption>
              <tbody>{order.map((s) => { const n = dist.find((d) => d.status === s)?.n ?? 0; return n ? <tr><th scope="row">{s === 'unanswered' ? t('reporting.unanswered') : t(`reporting.st.${s}`)}</th><td>{n}</td><td><meter min={0} max={total} value={n}>{n}</meter></td></tr> : null; })}</tbody>
            </table>
          ) : <p class="muted">{t('reporting.section.none')}</p>}
        </section>
      );
    },
  });
}
