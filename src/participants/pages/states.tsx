import { Hono } from 'hono';
import type { AppEnv } from '../../server/context.ts';
import { NotFound } from '../../foundation/errors.ts';
import { page } from '../../server/layout.tsx';
import { stateProfileSections } from '../../server/sections.ts';
import { listOrganisations, listRegionalGroups, listStates, stateProfile } from '../queries.ts';
import { processChoices, statesInProcess } from '../../processes/queries.ts';
import { processName } from '../../i18n/processName.ts';
import { organisationName, stateName } from '../names.ts';
import type { Lang } from '../../i18n/index.ts';
import { compareRoutes } from './compare.tsx';

/** States under their names in the reader's language, in that language's alphabetical order. */
function byName<S extends { iso3: string; official_name: string }>(states: S[], lang: Lang): Array<S & { name: string }> {
  const collator = new Intl.Collator(lang);
  return states.map((s) => ({ ...s, name: stateName(s.iso3, lang) ?? s.official_name })).sort((a, b) => collator.compare(a.name, b.name));
}

export const pages = new Hono<AppEnv>()
  // Before /states/:iso3, which would otherwise take "compare" for a State code.
  .route('/', compareRoutes)
  .get('/states', async (c) => {
    const t = c.get('t');
    const f = {
      group: c.req.query('group') || undefined,
      organisation: c.req.query('organisation') || undefined,
      q: c.req.query('q') || undefined,
      process: c.req.query('process') || undefined,
    };
    const db = c.get('db');
    // ?process=<slug>: the States that took the floor in that process (src/processes/queries.ts).
    const [listed, groups, orgs, processes, inProcess] = await Promise.all([
      listStates(db, f),
      listRegionalGroups(db),
      listOrganisations(db, 'regional-organisation'),
      processChoices(db),
      f.process ? statesInProcess(db, c.get('actor'), f.process) : null,
    ]);
    const states = inProcess ? listed.filter((s) => inProcess.has(s.iso3)) : listed;
    return page(
      c,
      t('core.states.title'),
      <>
        <h1>{t('core.states.title')}</h1>
        <p>
          <a href="/states/compare">{t('participants.compare.title')}</a>
        </p>
        <form method="get" class="filters" role="search" aria-label={t('core.states.filter')}>
          <div>
            <label for="f-q">{t('core.states.name')}</label>
            <input dir="auto" id="f-q" name="q" type="search" value={f.q ?? ''} />
          </div>
          <div>
            <label for="f-group">{t('core.states.group')}</label>
            <select id="f-group" name="group">
              <option value="">{t('core.all')}</option>
              {groups.map((g) => (
                <option value={g.id} selected={g.id === f.group}>
                  {t(`core.group.${g.id}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="f-org">{t('core.states.organisation')}</label>
            <select id="f-org" name="organisation">
              <option value="">{t('core.all')}</option>
              {orgs.map((o) => (
                <option value={o.id} selected={o.id === f.organisation}>
                  {organisationName(o.id, t.lang) ?? o.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="f-process">{t('processes.filter.label')}</label>
            <select id="f-process" name="process">
              <option value="">{t('processes.filter.all')}</option>
              {processes.map((p) => (
                <option value={p.slug} selected={p.slug === f.process}>
                  {processName(t, p)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit">{t('core.filter')}</button>
          </div>
        </form>
        <table>
          <caption>{t('core.states.count', { n: states.length })}</caption>
          <thead>
            <tr>
              <th>{t('core.states.name')}</th>
              <th>ISO</th>
              <th>M49</th>
              <th>{t('core.states.group')}</th>
              <th>{t('core.states.organisations')}</th>
            </tr>
          </thead>
          <tbody>
            {byName(states, t.lang).map((s) => (
              <tr>
                <td>
                  <a href={`/states/${s.iso3}`}>{s.name}</a>
                  {s.observer ? <span class="tag">{t('core.states.observer')}</span> : null}
                </td>
                <td>
                  <code>{s.iso3}</code>
                </td>
                <td>{s.m49}</td>
                <td>
                  {s.regional_group ? t(`core.group.${s.regional_group}`) : '—'}
                  {s.observer_in_group ? ` (${t('core.states.observerInGroup')})` : ''}
                  {s.also_caucuses.length
                    ? ` + ${new Intl.ListFormat(t.lang, { type: 'conjunction' }).format(s.also_caucuses.map((g: string) => t(`core.group.${g}`)))}`
                    : ''}
                </td>
                <td>
                  {s.organisations.map((o: string) => (
                    <span class="tag">{o.toUpperCase()}</span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
      { wide: true },
    );
  })
  .get('/states/:iso3', async (c) => {
    const t = c.get('t');
    const s = await stateProfile(c.get('db'), c.req.param('iso3'));
    if (!s) throw NotFound('That State', 'state.not_found');
    const sections = await stateProfileSections.renderAll(c, s.iso3);
    const name = stateName(s.iso3, t.lang) ?? s.official_name;
    return page(
      c,
      name,
      <>
        <p>
          <a href="/states">{t('core.states.title')}</a> · <a href={`/states/compare?first=${s.iso3}`}>{t('participants.compare.with')}</a>
        </p>
        <h1>{name}</h1>
        <dl class="facts">
          <dt>ISO 3166-1</dt>
          <dd>
            <code>{s.iso3}</code>
          </dd>
          <dt>M49</dt>
          <dd>{s.m49}</dd>
          <dt>{t('core.states.group')}</dt>
          <dd>
            {s.regional_group ? t(`core.group.${s.regional_group}`) : t('core.states.noGroup')}
            {s.observer_in_group ? ` (${t('core.states.observerInGroup')})` : ''}
          </dd>
          <dt>{t('core.states.otherNames')}</dt>
          <dd>{[...(name === s.official_name ? [] : [s.official_name]), ...s.names, ...s.adjectives].join(', ') || '—'}</dd>
          <dt>{t('core.states.organisations')}</dt>
          <dd>{new Intl.ListFormat(t.lang, { type: 'conjunction' }).format(s.organisations.map((o) => organisationName(o.id, t.lang) ?? o.name)) || '—'}</dd>
        </dl>
        {sections}
      </>,
    );
  });
