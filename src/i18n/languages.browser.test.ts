import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { browserSession } from '../server/browser.ts';
import { CATALOGUES, type Lang } from './index.ts';

/**
 * The main pages in French, Russian, Chinese and Arabic leave no English UI text behind: the
 * catalogue messages a page shows in English (its visible text holds them) must not be found on
 * the same page in another language, unless that language writes the message the same way.
 */
let s: Awaited<ReturnType<typeof browserSession>>;
before(async () => {
  s = await browserSession();
});
after(() => s.close());

const PAGES = [
  '/',
  '/framework',
  '/states',
  '/meetings',
  '/reporting',
  '/analysis',
  '/drafts',
  '/stakeholders',
  '/mechanisms',
  '/points-of-contact',
  '/account',
  '/admin/audit',
];
const LANGS: Lang[] = ['fr', 'ru', 'zh', 'ar'];

/** Messages that can be recognised as UI text: no arguments or markup, two words or more. */
const messages = Object.values(CATALOGUES)
  .flatMap((c) => Object.entries(c.en).map(([key, en]) => ({ key, en, c })))
  .filter(({ en }) => !/[{}<']/.test(en) && en.trim().split(/\s+/).length >= 2 && en.length >= 8);

// A string, not a function: the TypeScript loader would name the inner function with a helper the page lacks.
const TEXT_OF = `(() => {
  const walk = (n) => (n.nodeType === 1 && n.getAttribute('lang') === 'en') ? '' // the switcher names English in English
    : n.nodeType === 3 ? n.textContent : [...n.childNodes].map(walk).join(' ');
  return walk(document.body).replace(/\\s+/g, ' ');
})()`;
const textOf = (page: import('playwright-core').Page) => page.evaluate(TEXT_OF) as Promise<string>;

for (const lang of LANGS) {
  test(`no English UI text left on the main pages in ${lang}`, async () => {
    const en = await s.newPage('secretariat');
    const other = await s.newPage('secretariat');
    const left: string[] = [];
    for (const path of PAGES) {
      await en.goto(`${s.base}${path}?lang=en`);
      const english = await textOf(en);
      const used = messages.filter((m) => english.includes(m.en));
      assert.ok(path === '/' || used.length > 3, `${path}: the English page shows catalogue text (${used.length})`);
      await other.goto(`${s.base}${path}?lang=${lang}`);
      assert.equal(await other.getAttribute('html', 'lang'), lang);
      const text = await textOf(other);
      for (const m of used) {
        const own = (m.c[lang] as Record<string, string>)[m.key];
        if (own !== m.en && !own?.includes(m.en) && text.includes(m.en)) left.push(`${path}: ${m.key} "${m.en}"`);
      }
      if (lang === 'ar' || path === '/reporting' || path === '/points-of-contact')
        await s.screenshot(other, `languages-${lang}${path === '/' ? '-home' : path.replaceAll('/', '-')}`);
    }
    assert.deepEqual(left, [], `English left in ${lang}`);
    await en.context().close();
    await other.context().close();
  });
}
