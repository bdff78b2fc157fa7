import { Hono } from 'hono';
import { titleById } from '../../framework/localize.ts';
import { NotFound } from '../../foundation/errors.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { Field, str } from '../../server/forms.tsx';
import { Csrf, page } from '../../server/layout.tsx';
import { checkDuplication, proposalText } from '../duplication.ts';
import { Highlight } from './highlight.tsx';

/** The duplication check: a proposal's text against every mechanism's mandate, the closest first. */
async function DuplicationPage({ c, text, result }: { c: Ctx; text: string; result?: Awaited<ReturnType<typeof checkDuplication>> }) {
  const t = c.get('t');
  return (
    <>
      <p>
        <a href="/mechanisms">{t('registry.title')}</a>
      </p>
      <h1>{t('registry.dup.title')}</h1>
      <p class="lede">{t('registry.dup.lede')}</p>
      <form method="post" action="/mechanisms/duplication" class="stack">
        <Csrf c={c} />
        <Field id="text" label={t('registry.dup.text')}>
          <textarea dir="auto" id="text" name="text" rows={8} required>
            {text}
          </textarea>
        </Field>
        <div>
          <button type="submit">{t('registry.dup.run')}</button>
        </div>
      </form>
      {result ? (
        <section id="dup-results">
          <h2>{t('registry.dup.results', { n: result.matches.length, total: result.mechanismsChecked })}</h2>
          <p>
            {t('registry.dup.proposalElements')}:{' '}
            {result.proposalElements.length ? (
              result.proposalElements.map((e) => (
                <span class="tag" title={e.terms.join(', ')}>
                  {titleById(e.id, e.title, t.lang)}
                </span>
              ))
            ) : (
              <span class="muted">{t('registry.none')}</span>
            )}
          </p>
          <ol>
            {result.matches.map((m) => (
              <li class="card">
                <h3>
                  <a href={`/mechanisms/${m.slug}`}>{m.name}</a> <span class="muted">({m.parentOrganisation})</span>
                </h3>
                <p>{t('registry.dup.score', { score: m.score.toFixed(2), text: m.textSimilarity.toFixed(2), elements: Math.round(m.elementOverlap * 100) })}</p>
                {m.sharedElements.length ? (
                  <p>
                    {t('registry.dup.shared')}:{' '}
                    {m.sharedElements.map((e) => (
                      <a class="tag" href={`/framework/elements/${e.id}`}>
                        {titleById(e.id, e.title, t.lang)}
                      </a>
                    ))}
                  </p>
                ) : null}
                {m.passages.length ? (
                  <blockquote>
                    {m.passages.map((p) => (
                      <p>
                        <Highlight text={p.marked} />
                      </p>
                    ))}
                  </blockquote>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

export const duplicationRoutes = new Hono<AppEnv>()
  .get('/mechanisms/duplication', async (c) => {
    const id = Number(c.req.query('proposal'));
    if (Number.isInteger(id) && id > 0) {
      const text = await proposalText(c.get('db'), id);
      if (!text) throw NotFound('That proposal', 'proposal.not_found');
      return page(c, c.get('t')('registry.dup.title'), await DuplicationPage({ c, text, result: await checkDuplication(c.get('db'), text) }));
    }
    return page(c, c.get('t')('registry.dup.title'), await DuplicationPage({ c, text: '' }));
  })
  .post('/mechanisms/duplication', async (c) => {
    const text = str((await readForm(c)).text);
    return page(c, c.get('t')('registry.dup.title'), await DuplicationPage({ c, text, result: await checkDuplication(c.get('db'), text) }));
  });
