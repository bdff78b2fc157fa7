import { Hono } from 'hono';
import { titleById } from '../../framework/localize.ts';
import { formatDate } from '../../i18n/format.ts';
import { can, requireAccess } from '../../accounts/policy.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { NotFound } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import type { Section } from '../../server/sections.ts';
import { checkDuplication, proposalText } from '../duplication.ts';
import { Field, formErrors, str, strs } from '../../server/forms.tsx';
import { Highlight } from './highlight.tsx';
import { loadTagCatalogue } from '../../framework/tagCatalogue.ts';
import { listMechanisms, mechanismBySlug } from '../queries.ts';
import { MECHANISM_KINDS, saveMechanism } from '../commands/saveMechanism.ts';

type FormErrors = { message: string; fields: Record<string, string> };

async function MechanismForm({
  c,
  values = {},
  chosen = [],
  errors,
  slug,
}: {
  c: Ctx;
  values?: Record<string, string>;
  chosen?: string[];
  errors?: FormErrors;
  slug?: string;
}) {
  const t = c.get('t');
  const f = errors?.fields ?? {};
  const cat = await loadTagCatalogue(c.get('db'));
  const text = (n: string, required = true) => <input dir="auto" id={n} name={n} type="text" value={values[n] ?? ''} required={required} />;
  return (
    <>
      <h1>{slug ? t('registry.mechanism.edit') : t('registry.mechanism.new')}</h1>
      {errors ? (
        <div class="alert error" role="alert">
          {errors.message}
        </div>
      ) : null}
      <form method="post" action={slug ? `/mechanisms/${slug}` : '/mechanisms'} class="stack">
        <Csrf c={c} />
        {slug ? (
          <input type="hidden" name="slug" value={slug} />
        ) : (
          <Field id="slug" label={t('registry.field.slug')} error={f.slug}>
            {text('slug')}
          </Field>
        )}
        <Field id="name" label={t('registry.field.name')} error={f.name}>
          {text('name')}
        </Field>
        <Field id="parentOrganisation" label={t('registry.field.parent')} error={f.parentOrganisation}>
          {text('parentOrganisation')}
        </Field>
        <Field id="kind" label={t('registry.field.kind')} error={f.kind}>
          <select id="kind" name="kind">
            {MECHANISM_KINDS.map((k) => (
              <option value={k} selected={values.kind === k}>
                {t(`registry.kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="mandateText" label={t('registry.field.mandate')} error={f.mandateText}>
          <textarea dir="auto" id="mandateText" name="mandateText" required>
            {values.mandateText ?? ''}
          </textarea>
        </Field>
        <Field id="mandateSource" label={t('registry.field.source')} error={f.mandateSource}>
          {text('mandateSource')}
        </Field>
        <Field id="membership" label={t('registry.field.membership')} error={f.membership}>
          {text('membership', false)}
        </Field>
        <Field id="meetingFrequency" label={t('registry.field.frequency')} error={f.meetingFrequency}>
          {text('meetingFrequency', false)}
        </Field>
        <Field id="website" label={t('registry.field.website')} error={f.website}>
          <input id="website" name="website" type="url" value={values.website ?? ''} />
        </Field>
        <fieldset>
          <legend>{t('registry.field.elements')}</legend>
          {cat.pillars.map((p) => (
            <details open={cat.elements.some((e) => e.pillarId === p.id && chosen.includes(e.id))}>
              <summary>{titleById(p.id, p.title, t.lang)}</summary>
              {cat.elements
                .filter((e) => e.pillarId === p.id)
                .map((e) => (
                  <label style="font-weight:normal">
                    <input type="checkbox" name="elementIds" value={e.id} checked={chosen.includes(e.id)} /> {titleById(e.id, e.title, t.lang)}
                  </label>
                ))}
            </details>
          ))}
        </fieldset>
        <Field id="note" label={t('registry.field.note')} error={f.note}>
          {text('note', false)}
        </Field>
        <div>
          <button type="submit">{t('registry.save')}</button>
        </div>
      </form>
    </>
  );
}

const fromForm = (v: Record<string, string>, elementIds: string[]) => ({
  slug: v.slug!,
  name: v.name!,
  parentOrganisation: v.parentOrganisation!,
  kind: v.kind as never,
  mandateText: v.mandateText!,
  mandateSource: v.mandateSource!,
  membership: v.membership,
  meetingFrequency: v.meetingFrequency,
  website: v.website,
  note: v.note,
  elementIds,
});

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

export const elementPageSection: Section = {
  order: 70,
  render: async (c, elementId) => {
    const mechs = (await listMechanisms(c.get('db'))).filter((m) => m.element_ids.includes(elementId));
    if (!mechs.length) return null;
    return (
      <section id="mechanisms">
        <h2>{c.get('t')('registry.title')}</h2>
        <ul>
          {mechs.map((m) => (
            <li>
              <a href={`/mechanisms/${m.slug}`}>{m.name}</a> <span class="muted">({m.parent_organisation})</span>
            </li>
          ))}
        </ul>
      </section>
    );
  },
};

export const mechanismRoutes = new Hono<AppEnv>()
  .get('/mechanisms', async (c) => {
    const t = c.get('t');
    const [mechs, cat] = await Promise.all([listMechanisms(c.get('db')), loadTagCatalogue(c.get('db'))]);
    return page(
      c,
      t('registry.title'),
      <>
        <h1>{t('registry.title')}</h1>
        <p class="lede">{t('registry.lede')}</p>
        <p>
          <a class="button" href="/mechanisms/duplication">
            {t('registry.dup.title')}
          </a>
          {can(c.get('actor'), 'mechanisms.manage') ? (
            <>
              {' '}
              <a class="button secondary" href="/mechanisms/new">
                {t('registry.mechanism.new')}
              </a>
            </>
          ) : null}
        </p>
        {mechs.some((m) => m.demo) ? <p class="tag badge-synthetic">{t('registry.demoNotice')}</p> : null}
        <table id="matrix">
          <caption>{t('registry.matrix')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registry.field.name')}</th>
              <th scope="col">{t('registry.field.kind')}</th>
              {cat.pillars.map((p) => (
                <th scope="col" class={`pillar-${p.id}`}>
                  {titleById(p.id, p.title, t.lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {mechs.map((m) => (
              <tr>
                <th scope="row">
                  <a href={`/mechanisms/${m.slug}`}>{m.name}</a>
                  <br />
                  <span class="muted">{m.parent_organisation}</span>
                  {m.demo ? (
                    <>
                      {' '}
                      <span class="tag badge-synthetic">{t('registry.demo')}</span>
                    </>
                  ) : null}
                </th>
                <td>{t(`registry.kind.${m.kind}`)}</td>
                {cat.pillars.map((p) => {
                  const n = cat.elements.filter((e) => e.pillarId === p.id && m.element_ids.includes(e.id)).length;
                  const covered = n > 0 || m.pillar_ids.includes(p.id);
                  return (
                    <td class={covered ? `covered pillar-${p.id}` : undefined} style={covered ? 'border-inline-start:5px solid' : undefined}>
                      {covered ? <span title={t('registry.elementsCovered', { n })}>● {n || ''}</span> : <span class="visually-hidden">—</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </>,
      { wide: true },
    );
  })
  .get('/mechanisms/new', async (c) => {
    requireAccess(c.get('actor'), 'mechanisms.manage');
    return page(c, c.get('t')('registry.mechanism.new'), await MechanismForm({ c }));
  })
  .post('/mechanisms', async (c) => {
    const form = await readForm(c);
    const v = Object.fromEntries(Object.entries(form).map(([k, x]) => [k, str(x)]));
    const chosen = strs(form.elementIds);
    requireAccess(c.get('actor'), 'mechanisms.manage');
    try {
      const m = await saveMechanism(c.get('db'), c.get('actor'), fromForm(v, chosen), { expectNew: true });
      return c.redirect(`/mechanisms/${m.slug}`, 303);
    } catch (err) {
      const errors = formErrors(err, c.get('t'));
      if (!errors) throw err;
      return page(c, c.get('t')('registry.mechanism.new'), await MechanismForm({ c, values: v, chosen, errors }), { status: 400 });
    }
  })
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
  })
  .get('/mechanisms/:slug', async (c) => {
    const t = c.get('t');
    const { current: m, revisions } = await mechanismBySlug(c.get('db'), c.req.param('slug'));
    const cat = await loadTagCatalogue(c.get('db'));
    return page(
      c,
      m.name,
      <>
        <p>
          <a href="/mechanisms">{t('registry.title')}</a>
        </p>
        <h1>{m.name}</h1>
        {m.demo ? <p class="tag badge-synthetic">{t('registry.demoNotice')}</p> : null}
        <dl class="facts">
          <dt>{t('registry.field.parent')}</dt>
          <dd>{m.parent_organisation}</dd>
          <dt>{t('registry.field.kind')}</dt>
          <dd>{t(`registry.kind.${m.kind}`)}</dd>
          <dt>{t('registry.field.source')}</dt>
          <dd>{m.mandate_source}</dd>
          <dt>{t('registry.field.membership')}</dt>
          <dd>{m.membership || '—'}</dd>
          <dt>{t('registry.field.frequency')}</dt>
          <dd>{m.meeting_frequency || '—'}</dd>
          <dt>{t('registry.field.website')}</dt>
          <dd>
            {m.website ? (
              <a href={m.website} rel="noopener">
                {m.website}
              </a>
            ) : (
              '—'
            )}
          </dd>
          <dt>{t('registry.field.elements')}</dt>
          <dd>
            {m.element_ids.map((id) => (
              <a class="tag" href={`/framework/elements/${id}`}>
                {cat.elements.find((e) => e.id === id)?.title ?? id}
              </a>
            ))}
          </dd>
        </dl>
        <h2>{t('registry.field.mandate')}</h2>
        <p>{m.mandate_text}</p>
        {can(c.get('actor'), 'mechanisms.manage') ? (
          <p>
            <a class="button secondary" href={`/mechanisms/${m.slug}/edit`}>
              {t('registry.mechanism.edit')}
            </a>
          </p>
        ) : null}
        <h2>{t('registry.revisions')}</h2>
        <ol reversed>
          {revisions.map((r) => (
            <li>
              {t('registry.revisionLine', { n: r.revision, at: formatDate(r.created_at, t.lang), by: r.created_by_label })}
              {r.note ? ` — ${r.note}` : ''}
            </li>
          ))}
        </ol>
      </>,
    );
  })
  .get('/mechanisms/:slug/edit', async (c) => {
    requireAccess(c.get('actor'), 'mechanisms.manage');
    const { current: m } = await mechanismBySlug(c.get('db'), c.req.param('slug'));
    const values = {
      name: m.name,
      parentOrganisation: m.parent_organisation,
      kind: m.kind,
      mandateText: m.mandate_text,
      mandateSource: m.mandate_source,
      membership: m.membership,
      meetingFrequency: m.meeting_frequency,
      website: m.website ?? '',
    };
    return page(c, m.name, await MechanismForm({ c, values, chosen: m.element_ids, slug: m.slug }));
  })
  .post('/mechanisms/:slug', async (c) => {
    requireAccess(c.get('actor'), 'mechanisms.manage');
    const slug = c.req.param('slug');
    await mechanismBySlug(c.get('db'), slug);
    const form = await readForm(c);
    const v: Record<string, string> = { ...Object.fromEntries(Object.entries(form).map(([k, x]) => [k, str(x)])), slug };
    const chosen = strs(form.elementIds);
    try {
      await saveMechanism(c.get('db'), c.get('actor'), fromForm(v, chosen));
      return c.redirect(`/mechanisms/${slug}`, 303);
    } catch (err) {
      const errors = formErrors(err, c.get('t'));
      if (!errors) throw err;
      return page(c, v.name ?? slug, await MechanismForm({ c, values: v, chosen, errors, slug }), { status: 400 });
    }
  });
