import { Hono } from 'hono';
import { can, requireAccess } from '../../accounts/policy.ts';
import { Field, formErrors, str, strs } from '../../server/forms.tsx';
import { Highlight } from '../../registry/pages/highlight.tsx';
import { loadTagCatalogue } from '../../framework/tagCatalogue.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { NotFound } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import type { Section } from '../../server/sections.ts';
import { contributionById, contributionBytes, listContributions } from '../queries.ts';
import { submitContribution } from '../commands/submitContribution.ts';

const idOf = (c: Ctx) => {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id) || id <= 0) throw NotFound('That contribution', 'contribution.not_found');
  return id;
};

/** Marked on every view: a contribution is stakeholder input, never a State's position. */
const StakeholderBadge = ({ c }: { c: Ctx }) => <span class="tag badge-stakeholder">{c.get('t')('stakeholders.input')}</span>;

async function ContributionForm({
  c,
  values = {},
  chosen = [],
  errors,
}: {
  c: Ctx;
  values?: Record<string, string>;
  chosen?: string[];
  errors?: { message: string; fields: Record<string, string> };
}) {
  const t = c.get('t');
  const f = errors?.fields ?? {};
  const catalogue = await loadTagCatalogue(c.get('db'));
  return (
    <>
      <h1>{t('stakeholders.contribute.title')}</h1>
      <p class="lede">{t('stakeholders.contribute.lede')}</p>
      {errors ? (
        <div class="alert error" role="alert">
          {errors.message}
        </div>
      ) : null}
      <form method="post" action="/stakeholders/contributions" enctype="multipart/form-data" class="stack">
        <Csrf c={c} />
        <Field id="session" label={t('stakeholders.field.session')} error={f.session}>
          <input dir="auto" id="session" name="session" type="text" required value={values.session ?? ''} />
        </Field>
        <Field id="process" label={t('stakeholders.field.process')} error={f.process}>
          <input dir="auto" id="process" name="process" type="text" value={values.process ?? ''} />
        </Field>
        <Field id="title" label={t('stakeholders.field.title')} error={f.title}>
          <input dir="auto" id="title" name="title" type="text" required value={values.title ?? ''} />
        </Field>
        <Field id="summary" label={t('stakeholders.field.summary')} error={f.summary}>
          <textarea dir="auto" id="summary" name="summary" required>
            {values.summary ?? ''}
          </textarea>
        </Field>
        <Field id="document" label={t('stakeholders.field.document')} error={f.document}>
          <input id="document" name="document" type="file" required />
        </Field>
        <fieldset>
          <legend>{t('stakeholders.field.elements')}</legend>
          <p class="muted">{t('stakeholders.field.elementsHint')}</p>
          {catalogue.pillars.map((p) => (
            <details>
              <summary>{p.title}</summary>
              {catalogue.elements
                .filter((e) => e.pillarId === p.id)
                .map((e) => (
                  <label style="font-weight:normal">
                    <input type="checkbox" name="elementIds" value={e.id} checked={chosen.includes(e.id)} /> {e.title}
                  </label>
                ))}
            </details>
          ))}
        </fieldset>
        <div>
          <button type="submit">{t('stakeholders.contribute.submit')}</button>
        </div>
      </form>
    </>
  );
}

export const elementPageSection: Section = {
  order: 75,
  render: async (c, elementId) => {
    const rows = await listContributions(c.get('db'), { element: elementId, limit: 10 });
    if (!rows.length) return null;
    return (
      <section id="contributions">
        <h2>{c.get('t')('stakeholders.contributions.title')}</h2>
        <ul>
          {rows.map((r) => (
            <li>
              <a href={`/stakeholders/contributions/${r.id}`}>{r.title}</a> — {r.organisation} <StakeholderBadge c={c} />
            </li>
          ))}
        </ul>
      </section>
    );
  },
};

export const contributionRoutes = new Hono<AppEnv>()
  .get('/stakeholders/contributions', async (c) => {
    const t = c.get('t');
    const q = c.req.query('q') ?? '';
    const rows = await listContributions(c.get('db'), { q, element: c.req.query('element') || undefined });
    return page(
      c,
      t('stakeholders.contributions.title'),
      <>
        <h1>{t('stakeholders.contributions.title')}</h1>
        <p class="lede">{t('stakeholders.contributions.lede')}</p>
        {can(c.get('actor'), 'contribution.submit') ? (
          <p>
            <a class="button" href="/stakeholders/contributions/new">
              {t('stakeholders.contribute.title')}
            </a>
          </p>
        ) : null}
        <form method="get" action="/stakeholders/contributions" class="filters" role="search">
          <div>
            <label for="q">{t('stakeholders.search')}</label>
            <input dir="auto" id="q" name="q" type="search" value={q} />
          </div>
          <div>
            <button type="submit">{t('stakeholders.search')}</button>
          </div>
        </form>
        {rows.length === 0 ? (
          <p class="muted">{t('stakeholders.contributions.none')}</p>
        ) : (
          <ul class="cards">
            {rows.map((r) => (
              <li class={`card ${r.pillar_ids[0] ? `pillar-${r.pillar_ids[0]}` : ''}`}>
                <h2>
                  <a href={`/stakeholders/contributions/${r.id}`}>{r.title}</a>
                </h2>
                <p>
                  <StakeholderBadge c={c} /> {r.organisation}
                </p>
                <p class="muted">
                  {r.session_label}
                  {r.process_name ? ` — ${r.process_name}` : ''}
                </p>
                <p>{r.snippet ? <Highlight text={r.snippet} /> : r.summary}</p>
                <p>
                  {r.element_ids.map((e) => (
                    <a class="tag" href={`/framework/elements/${e}`}>
                      {e}
                    </a>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        )}
      </>,
      { wide: true },
    );
  })
  .get('/stakeholders/contributions/new', async (c) => {
    requireAccess(c.get('actor'), 'contribution.submit');
    return page(c, c.get('t')('stakeholders.contribute.title'), await ContributionForm({ c }));
  })
  .post('/stakeholders/contributions', async (c) => {
    const form = await readForm(c);
    const values = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, str(v)]));
    const chosen = strs(form.elementIds);
    const file = Array.isArray(form.document) ? form.document[0] : form.document;
    try {
      const doc =
        file instanceof File && file.size > 0
          ? { filename: file.name, mediaType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }
          : { filename: '', bytes: new Uint8Array() };
      const r = await submitContribution(
        c.get('db'),
        c.get('actor'),
        { session: values.session!, process: values.process, title: values.title!, summary: values.summary!, elementIds: chosen },
        doc,
      );
      return c.redirect(`/stakeholders/contributions/${r.id}`, 303);
    } catch (err) {
      const errors = formErrors(err, c.get('t'));
      if (!errors) throw err;
      return page(c, c.get('t')('stakeholders.contribute.title'), await ContributionForm({ c, values, chosen, errors }), { status: 400 });
    }
  })
  .get('/stakeholders/contributions/:id', async (c) => {
    const t = c.get('t');
    const r = await contributionById(c.get('db'), idOf(c));
    if (!r) throw NotFound('That contribution', 'contribution.not_found');
    return page(
      c,
      r.title,
      <>
        <p>
          <a href="/stakeholders/contributions">{t('stakeholders.contributions.title')}</a>
        </p>
        <h1>{r.title}</h1>
        <div class="alert warn">
          <StakeholderBadge c={c} /> {t('stakeholders.input.notice', { organisation: r.organisation })}
        </div>
        <dl class="facts">
          <dt>{t('stakeholders.field.session')}</dt>
          <dd>
            {r.session_label}
            {r.process_name ? ` — ${r.process_name}` : ''}
          </dd>
          <dt>{t('stakeholders.field.document')}</dt>
          <dd>
            <a href={`/stakeholders/contributions/${r.id}/document`}>{r.filename}</a> <code title="SHA-256">{r.sha256.slice(0, 16)}…</code>
          </dd>
          <dt>{t('stakeholders.field.elements')}</dt>
          <dd>
            {r.element_ids.map((e) => (
              <a class="tag" href={`/framework/elements/${e}`}>
                {e}
              </a>
            ))}
            {r.suggested_element_ids.length ? (
              <span class="muted">
                {' '}
                ({t('stakeholders.suggested')}: {r.suggested_element_ids.join(', ')})
              </span>
            ) : null}
          </dd>
        </dl>
        <h2>{t('stakeholders.field.summary')}</h2>
        <p>{r.summary}</p>
        <details>
          <summary>{t('stakeholders.text')}</summary>
          <pre style="white-space:pre-wrap">{r.body_text}</pre>
        </details>
      </>,
    );
  })
  .get('/stakeholders/contributions/:id/document', async (c) => {
    const r = await contributionBytes(c.get('db'), idOf(c));
    if (!r) throw NotFound('That contribution', 'contribution.not_found');
    return c.body(Buffer.from(r.bytes) as unknown as ArrayBuffer, 200, {
      'content-type': r.media_type,
      'content-disposition': `attachment; filename="${r.filename.replace(/["\r\n\\]/g, '_')}"`,
      'x-content-type-options': 'nosniff',
      'x-sha256': r.sha256,
    });
  });
