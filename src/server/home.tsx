import { Hono } from 'hono';
import type { AppEnv } from './context.ts';
import { page } from './layout.tsx';

// Message keys core.nav.<key> and core.home.<key>; the page is at /<path>.
const SECTIONS = [
  ...['framework', 'states', 'meetings', 'reporting', 'analysis', 'drafts', 'stakeholders', 'mechanisms'].map((key) => ({ key, path: key })),
  { key: 'pointsOfContact', path: 'points-of-contact' },
];

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
              <a href={`/${s.path}`}>{t(`core.nav.${s.key}`)}</a>
            </h2>
            <p>{t(`core.home.${s.key}`)}</p>
          </li>
        ))}
      </ul>
    </>,
  );
});
