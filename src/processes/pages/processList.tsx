import { processName } from '../../i18n/processName.ts';
import type { Ctx } from '../../server/context.ts';
import { page } from '../../server/layout.tsx';
import { listProcesses } from '../queries.ts';
import { Span, versionTitle } from './parts.tsx';

/** Every process, with its dates, its framework version and what it holds. */
export async function renderIndex(c: Ctx) {
  const t = c.get('t');
  const processes = await listProcesses(c.get('db'));
  return page(
    c,
    t('processes.title'),
    <>
      <h1>{t('processes.title')}</h1>
      <p class="lede">{t('processes.lede')}</p>
      <ul class="cards">
        {processes.map((p) => (
          <li class="card" id={`process-${p.slug}`}>
            <h2>
              <a href={`/processes/${p.slug}`}>{processName(t, p)}</a>
            </h2>
            <p>
              <Span from={p.starts_on} to={p.ends_on} lang={t.lang} t={t} />
            </p>
            <p>
              {t('core.labelColon', { label: t('processes.framework') })}
              {p.framework_version ? (
                <a href={`/framework/versions/${encodeURIComponent(p.framework_version)}`}>{versionTitle(c, p)}</a>
              ) : (
                <span class="muted">{t('processes.framework.none')}</span>
              )}
            </p>
            <p class="muted">{t('processes.counts', { bodies: p.bodies, cycles: p.cycles, sessions: p.sessions, meetings: p.meetings })}</p>
          </li>
        ))}
      </ul>
    </>,
  );
}
