import { Hono } from 'hono';
import { can, requireAccess } from '../../accounts/policy.ts';
import { titleById } from '../../framework/localize.ts';
import { loadTagCatalogue } from '../../framework/tagCatalogue.ts';
import { formatDate } from '../../i18n/format.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv } from '../../server/context.ts';
import { formErrors, strs } from '../../server/forms.tsx';
import { page } from '../../server/layout.tsx';
import type { Section } from '../../server/sections.ts';
import { saveMechanism } from '../commands/saveMechanism.ts';
import { listMechanisms, mechanismBySlug } from '../queries.ts';
import { MechanismForm, mechanismFromForm } from './mechanismForm.tsx';
import { formStrings } from './parts.tsx';

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
    const v = formStrings(form);
    const chosen = strs(form.elementIds);
    requireAccess(c.get('actor'), 'mechanisms.manage');
    try {
      const m = await saveMechanism(c.get('db'), c.get('actor'), mechanismFromForm(v, chosen), { expectNew: true });
      return c.redirect(`/mechanisms/${m.slug}`, 303);
    } catch (err) {
      const errors = formErrors(err, c.get('t'));
      if (!errors) throw err;
      return page(c, c.get('t')('registry.mechanism.new'), await MechanismForm({ c, values: v, chosen, errors }), { status: 400 });
    }
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
    const v: Record<string, string> = { ...formStrings(form), slug };
    const chosen = strs(form.elementIds);
    try {
      await saveMechanism(c.get('db'), c.get('actor'), mechanismFromForm(v, chosen));
      return c.redirect(`/mechanisms/${slug}`, 303);
    } catch (err) {
      const errors = formErrors(err, c.get('t'));
      if (!errors) throw err;
      return page(c, v.name ?? slug, await MechanismForm({ c, values: v, chosen, errors, slug }), { status: 400 });
    }
  });
