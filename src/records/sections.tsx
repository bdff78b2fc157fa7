import type { Section } from '../server/sections.ts';
import { elementTitle, pillarTitle } from './pages/components.tsx';
import { speakersOn, speakersOnUnder, subjectsOf } from './queries.ts';
import { localize, titleById } from '../framework/localize.ts';
import { mappedElements, versionById } from '../framework/queries.ts';
import { processName } from '../i18n/processName.ts';
import { speakerName } from './speakers.ts';

// "Everything State X said on element Y": one click from the State's profile …
export const stateProfileSection: Section = {
  order: 20,
  async render(c, iso3) {
    const t = c.get('t');
    const rows = await subjectsOf(c.get('db'), c.get('actor'), iso3.toUpperCase());
    if (rows.length === 0) return null;
    const link = (k: 'pillar' | 'element', id: string) => `/search?speaker=${encodeURIComponent(iso3.toUpperCase())}&${k}=${encodeURIComponent(id)}`;
    return (
      <section class="card" id="statements">
        <h2>{t('records.profile.title')}</h2>
        <ul>
          {rows
            .filter((r) => r.pillar_id)
            .map((r) => (
              <li>
                <a href={link('pillar', r.pillar_id!)}>{titleById(r.pillar_id!, pillarTitle(r.pillar_id!), t.lang)}</a>{' '}
                <span class="muted">{t('records.meeting.statements', { n: Number(r.n) })}</span>
              </li>
            ))}
        </ul>
        <ul>
          {rows
            .filter((r) => r.element_id)
            .map((r) => (
              <li>
                <a class="tag" href={link('element', r.element_id!)} data-element={r.element_id!}>
                  {titleById(r.element_id!, elementTitle(r.element_id!), t.lang)}
                </a>{' '}
                <span class="muted">{t('records.meeting.statements', { n: Number(r.n) })}</span>
              </li>
            ))}
        </ul>
      </section>
    );
  },
};

// … and from the element's page: statements tagged under the page's framework version, by process,
// then those tagged under other versions that the mapping links to this element (migrations/0007).
export const elementPageSection: Section = {
  order: 20,
  async render(c, elementId, scope) {
    const t = c.get('t');
    const db = c.get('db');
    const actor = c.get('actor');
    const lang = c.get('lang');
    if (!scope.version) {
      const rows = await speakersOn(db, actor, elementId);
      if (rows.length === 0) return null;
      return (
        <section class="card" id="statements">
          <h2>{t('records.element.title')}</h2>
          <ul>
            {rows.map((r) => (
              <li>
                <a href={`/search?speaker=${encodeURIComponent(r.speaker_id)}&element=${encodeURIComponent(elementId)}`}>{speakerName(r.speaker_id, t.lang)}</a>{' '}
                <span class="muted">{t('records.meeting.statements', { n: Number(r.n) })}</span>
              </li>
            ))}
          </ul>
        </section>
      );
    }
    const versionTitle = async (id: string) => {
      const v = await versionById(db, id);
      return v ? localize({ title: v.title, translations: v.translations }, lang).title : id;
    };
    type Row = Awaited<ReturnType<typeof speakersOnUnder>>[number];
    const byProcess = (rows: Row[]) => {
      const out = new Map<string, { title: string; rows: Row[] }>();
      for (const r of rows) {
        const k = r.process_slug ?? '';
        const g = out.get(k) ?? {
          title: r.process_slug && r.process_title ? processName(t, { slug: r.process_slug, title: r.process_title }) : t('framework.noProcess'),
          rows: [],
        };
        g.rows.push(r);
        out.set(k, g);
      }
      return [...out.values()];
    };
    const list = (rows: Row[], el: string) => (
      <ul>
        {rows.map((r) => (
          <li>
            <a href={`/search?speaker=${encodeURIComponent(r.speaker_id)}&element=${encodeURIComponent(el)}`}>{speakerName(r.speaker_id, t.lang)}</a>{' '}
            <span class="muted">{t('records.meeting.statements', { n: Number(r.n) })}</span>
          </li>
        ))}
      </ul>
    );
    const own = await speakersOnUnder(db, actor, elementId, scope.version);
    const ownTitle = await versionTitle(scope.version);
    const mapped = [];
    for (const m of await mappedElements(db, scope.version, elementId)) {
      const rows = await speakersOnUnder(db, actor, m.element, m.version);
      if (rows.length)
        mapped.push({
          m,
          rows,
          version: localize({ title: m.versionTitle, translations: m.versionTranslations }, lang).title,
          element: localize({ title: m.title, translations: m.translations }, lang).title,
        });
    }
    if (!own.length && !mapped.length) return null;
    return (
      <>
        {own.length ? (
          <section class="card" id="statements">
            <h2>{t('records.element.title')}</h2>
            {byProcess(own).map((g) => (
              <>
                <h3 class="process-label">{t('framework.under', { process: g.title, version: ownTitle })}</h3>
                {list(g.rows, elementId)}
              </>
            ))}
          </section>
        ) : null}
        {mapped.length ? (
          <section class="card" id="statements-mapped">
            <h2>{t('framework.mapped.statements')}</h2>
            <p class="muted">{t('framework.mapped.lede')}</p>
            {mapped.map(({ m, rows, version, element }) =>
              byProcess(rows).map((g) => (
                <>
                  <h3 class="process-label" data-version={m.version}>
                    {t('framework.under', { process: g.title, version })}
                  </h3>
                  <p class="muted">
                    {t(`framework.relation.${m.relation}`)} ·{' '}
                    <a href={`/framework/versions/${encodeURIComponent(m.version)}/elements/${encodeURIComponent(m.element)}`}>{element}</a>{' '}
                    <code>{m.element}</code>
                    {m.note ? (
                      <>
                        {' '}
                        — <span>{m.note}</span>
                      </>
                    ) : null}
                  </p>
                  {list(g.rows, m.element)}
                </>
              )),
            )}
          </section>
        ) : null}
      </>
    );
  },
};
