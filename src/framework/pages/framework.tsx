import { Hono } from 'hono';
import type { Lang, Translate } from '../../i18n/index.ts';
import type { AppEnv } from '../../server/context.ts';
import { NotFound } from '../../foundation/errors.ts';
import { page } from '../../server/layout.tsx';
import { elementPageSections, type Section } from '../../server/sections.ts';
import { localize } from '../localize.ts';
import { elementById, frameworkOverview, mappedElements, versionById } from '../queries.ts';
import type { Ctx } from '../../server/context.ts';
import { versionRoutes } from './versions.tsx';

type Overview = Awaited<ReturnType<typeof frameworkOverview>>;

/**
 * The overview is the most-read page and depends only on the framework and the language, so its
 * HTML is rendered and encoded once per language and kept with the cached framework (a new framework
 * object, after any change, starts a new cache).
 */
const rendered = new WeakMap<Overview, Map<Lang, Uint8Array>>();
function overviewHtml(fw: Overview, lang: Lang, t: Translate): Uint8Array {
  let byLang = rendered.get(fw);
  if (!byLang) {
    byLang = new Map();
    rendered.set(fw, byLang);
  }
  let html = byLang.get(lang);
  if (html === undefined) {
    html = Buffer.from(
      String(
        <>
          <h1>{t('core.framework.title')}</h1>
          <p class="lede">{t('core.framework.lede')}</p>
          <p class="muted">
            {t('core.framework.version', { title: localize({ title: fw.version.title, translations: fw.version.translations }, lang).title })} ·{' '}
            <a href="/framework/versions">{t('framework.versions.title')}</a>
          </p>
          <ul class="cards">
            {fw.pillars
              .map((pillar) => localize(pillar, lang))
              .map((p) => (
                <li class={`card pillar-${p.id}`} id={`pillar-${p.id}`}>
                  <h2>{p.title}</h2>
                  <p class="muted">{p.description}</p>
                  <ul>
                    {p.elements
                      .map((e) => localize(e, lang))
                      .map((e) => (
                        <li>
                          <a href={`/framework/elements/${e.id}`}>{e.title}</a> <code>{e.id}</code>
                        </li>
                      ))}
                  </ul>
                </li>
              ))}
          </ul>
          <h2>{t('core.framework.questions')}</h2>
          <ul>
            {fw.questions.map((q) => (
              <li>
                <code>{q.id}</code> — {localize({ title: q.question, translations: q.translations }, lang).title}
              </li>
            ))}
          </ul>
        </>,
      ),
    );
    byLang.set(lang, html);
  }
  return html;
}

export const pages = new Hono<AppEnv>()
  .route('/', versionRoutes)
  .get('/framework', async (c) => {
    const t = c.get('t');
    const fw = await frameworkOverview(c.get('db'));
    return page(c, t('core.framework.title'), overviewHtml(fw, c.get('lang'), t), { wide: true });
  })
  .get('/framework/elements/:id', (c) => elementPage(c, c.req.param('id')))
  .get('/framework/versions/:version/elements/:id', (c) => elementPage(c, c.req.param('id'), c.req.param('version')));

/**
 * An element's page under one framework version (the current one at /framework/elements/:id):
 * the sections other capabilities register get the version, and show what was tagged under it and,
 * through the mapping, under the versions before and after it.
 */
async function elementPage(c: Ctx, id: string, versionId?: string) {
  const t = c.get('t');
  const db = c.get('db');
  const found = await elementById(db, id, versionId);
  if (!found && !versionId) {
    // An element only a newer version has (the Global Mechanism's own, gm-*): drafts and records link
    // here by id alone, so send the reader to it under the version that holds it rather than to a 404.
    const holder = await db.selectFrom('elements').select('framework_version').where('id', '=', id).orderBy('framework_version').executeTakeFirst();
    if (holder) return c.redirect(`/framework/versions/${encodeURIComponent(holder.framework_version)}/elements/${encodeURIComponent(id)}`, 302);
  }
  if (!found) throw NotFound('That element', 'element.not_found');
  const version = (await versionById(db, found.framework_version))!;
  const lang = c.get('lang');
  const e = { ...localize(found, lang), pillar_title: localize({ title: found.pillar_title, translations: found.pillar_translations }, lang).title };
  const versionTitle = localize({ title: version.title, translations: version.translations }, lang).title;
  const sections = await elementPageSections.renderAll(c, e.id, { version: version.id });
  return page(
    c,
    e.title,
    <>
      <p>
        <a href="/framework">{t('core.framework.title')}</a> › <a href={`/framework/versions/${encodeURIComponent(version.id)}`}>{versionTitle}</a> ›{' '}
        {e.pillar_title}
      </p>
      <h1>{e.title}</h1>
      <dl class="facts">
        <dt>{t('core.framework.id')}</dt>
        <dd>
          <code>{e.id}</code>
        </dd>
        <dt>{t('framework.version.term')}</dt>
        <dd>{versionTitle}</dd>
        <dt>{t('core.framework.pillar')}</dt>
        <dd>{e.pillar_title}</dd>
        <dt>{t('core.framework.source')}</dt>
        <dd>
          {e.source_symbol}, {t('core.framework.para')} {e.source_paragraph}
        </dd>
      </dl>
      <p>{e.description}</p>
      <h2>{t('core.framework.lexicon')}</h2>
      <p class="muted">{t('core.framework.lexiconHelp')}</p>
      <p>
        {e.lexicon.map((w) => (
          <span class="tag">{w}</span>
        ))}
      </p>
      {sections}
    </>,
  );
}

// The element's place in the other versions: what it became, or what it came from.
export const elementPageSection: Section = {
  order: 15,
  async render(c, elementId, scope) {
    if (!scope.version) return null;
    const t = c.get('t');
    const lang = c.get('lang');
    const rows = await mappedElements(c.get('db'), scope.version, elementId);
    if (!rows.length) return null;
    return (
      <section class="card" id="mapping">
        <h2>{t('framework.mapping.title')}</h2>
        <ul>
          {rows.map((m) => (
            <li>
              {t(m.direction === 'successor' ? 'framework.mapping.successor' : 'framework.mapping.predecessor', {
                version: localize({ title: m.versionTitle, translations: m.versionTranslations }, lang).title,
              })}
              :{' '}
              <a href={`/framework/versions/${encodeURIComponent(m.version)}/elements/${encodeURIComponent(m.element)}`}>
                {localize({ title: m.title, translations: m.translations }, lang).title}
              </a>{' '}
              <code>{m.element}</code> · {t(`framework.relation.${m.relation}`)}
              {m.note ? <> — {m.note}</> : null}
            </li>
          ))}
        </ul>
      </section>
    );
  },
};
