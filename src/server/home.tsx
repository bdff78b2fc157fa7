import { Hono } from 'hono';
import type { AppEnv } from './context.ts';
import { page } from './layout.tsx';

const SECTIONS = ['framework', 'states', 'meetings', 'reporting', 'analysis', 'drafts', 'stakeholders', 'mechanisms', 'contacts'];

export const homeRoutes = new Hono<AppEnv>().get('/', (c) => {
  const t = c.get('t');
  return page(
    c,
    t('core.home.title'),
    <>
      <h1>{t('core.home.title')}</h1>
      <p class="lede">{t('core.home.lede')}</p>
      <ul class="cards">
        {SECTIONS.map((s) => (
          <li class="card">
            <h2>
              <a href={`/${s}`}>{t(`core.nav.${s}`)}</a>
            </h2>
            <p>{t(`core.home.${s}`)}</p>
          </li>
        ))}
      </ul>
    </>,
  );
});
