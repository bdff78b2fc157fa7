import { str } from '../../server/forms.tsx';
import { Hono } from 'hono';
import { can } from '../../accounts/policy.ts';
import type { Translate } from '../../i18n/index.ts';
import { processName } from '../../i18n/processName.ts';
import { errorsFor } from '../../reporting/fieldErrors.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { AppError, NotFound } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { addElementMappings } from '../commands/addElementMappings.ts';
import { createFrameworkVersion } from '../commands/createFrameworkVersion.ts';
import { localize } from '../localize.ts';
import { listVersions, mappingsOfVersion, RELATIONS, versionById, versionContent, versionUsage } from '../queries.ts';

type Form = { values: Record<string, string>; errors: Record<string, string> };
const empty: Form = { values: {}, errors: {} };

/** A labelled input whose error sits beside it and is announced with it. */
function Field({
  name,
  label,
  form,
  type = 'text',
  hint,
  ...attrs
}: {
  name: string;
  label: string;
  form: Form;
  type?: string;
  hint?: string;
  [k: string]: unknown;
}) {
  const e = form.errors[name];
  return (
    <div>
      <label for={`f-${name}`}>{label}</label>
      {hint ? (
        <p class="muted" id={`hint-${name}`}>
          {hint}
        </p>
      ) : null}
      <input
        dir="auto"
        id={`f-${name}`}
        name={name}
        type={type}
        value={form.values[name] ?? ''}
        aria-invalid={e ? 'true' : undefined}
        aria-describedby={[e ? `err-${name}` : '', hint ? `hint-${name}` : ''].filter(Boolean).join(' ') || undefined}
        {...attrs}
      />
      {e ? (
        <p class="field-error" id={`err-${name}`}>
          {e}
        </p>
      ) : null}
    </div>
  );
}

function Select({ name, label, form, options }: { name: string; label: string; form: Form; options: Array<{ value: string; label: string }> }) {
  const e = form.errors[name];
  return (
    <div>
      <label for={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} aria-invalid={e ? 'true' : undefined} aria-describedby={e ? `err-${name}` : undefined}>
        {options.map((o) => (
          <option value={o.value} selected={form.values[name] === o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {e ? (
        <p class="field-error" id={`err-${name}`}>
          {e}
        </p>
      ) : null}
    </div>
  );
}

const vTitle = (v: { title: string; translations: unknown }, c: Ctx) => localize({ title: v.title, translations: v.translations }, c.get('lang')).title;

async function renderIndex(c: Ctx, form: Form = empty, status = 200) {
  const t = c.get('t');
  const versions = await listVersions(c.get('db'));
  const choices = [{ value: '', label: t('framework.field.none') }, ...versions.map((v) => ({ value: v.id, label: vTitle(v, c) }))];
  return page(
    c,
    t('framework.versions.title'),
    <>
      <p>
        <a href="/framework">{t('core.framework.title')}</a>
      </p>
      <h1>{t('framework.versions.title')}</h1>
      <p class="lede">{t('framework.versions.lede')}</p>
      <ul class="cards">
        {versions.map((v) => (
          <li class="card" id={`version-${v.id}`}>
            <h2>
              <a href={`/framework/versions/${encodeURIComponent(v.id)}`}>{vTitle(v, c)}</a>
              {v.is_current ? (
                <>
                  {' '}
                  <span class="tag">{t('framework.versions.current')}</span>
                </>
              ) : null}
            </h2>
            <p>
              <code>{v.id}</code> · {t('framework.versions.elements', { n: v.elements })}
            </p>
            {v.predecessor ? <p>{t('framework.versions.follows', { id: v.predecessor })}</p> : null}
            {v.source ? <p class="muted">{v.source}</p> : null}
            <p>
              {v.processes.length
                ? t('framework.versions.processes', {
                    list: new Intl.ListFormat(c.get('lang'), { type: 'conjunction' }).format(v.processes.map((p) => processName(t, p))),
                  })
                : t('framework.versions.noProcess')}
            </p>
          </li>
        ))}
      </ul>
      {can(c.get('actor'), 'framework.manage') ? (
        <form method="post" action="/framework/versions" class="stack" aria-labelledby="new-version">
          <h2 id="new-version">{t('framework.versions.new')}</h2>
          <Csrf c={c} />
          {form.errors._ ? (
            <p class="field-error" role="alert">
              {form.errors._}
            </p>
          ) : null}
          <Field name="id" label={t('framework.field.id')} hint={t('framework.field.idHint')} form={form} required maxlength={60} />
          <Field name="title" label={t('framework.field.title')} form={form} required maxlength={200} />
          <Select name="predecessor" label={t('framework.field.predecessor')} form={form} options={choices} />
          <Select name="copyFrom" label={t('framework.field.copyFrom')} form={form} options={choices} />
          <div>
            <input type="checkbox" id="f-mapUnchanged" name="mapUnchanged" value="1" checked={form.values.mapUnchanged === '1'} />
            <label for="f-mapUnchanged">{t('framework.field.mapUnchanged')}</label>
          </div>
          <Field name="source" label={t('framework.field.source')} form={form} maxlength={300} />
          <button type="submit">{t('framework.versions.create')}</button>
        </form>
      ) : null}
    </>,
    { status },
  );
}

async function renderVersion(c: Ctx, id: string, form: Form = empty, status = 200) {
  const t = c.get('t');
  const db = c.get('db');
  const lang = c.get('lang');
  const v = await versionById(db, id);
  if (!v) throw NotFound('That framework version', 'framework.version_not_found');
  const [content, mappings, usage] = await Promise.all([versionContent(db, id), mappingsOfVersion(db, id), versionUsage(db, id)]);
  const incoming = mappings.filter((m) => m.to_version === id);
  const outgoing = mappings.filter((m) => m.from_version === id);
  const own = content.flatMap((p) => p.elements.map((e) => ({ value: e.id, label: `${e.id} — ${localize(e, lang).title}` })));
  const fromOptions = v.predecessor
    ? (await versionContent(db, v.predecessor)).flatMap((p) => p.elements.map((e) => ({ value: e.id, label: `${e.id} — ${localize(e, lang).title}` })))
    : [];
  const row = (m: (typeof mappings)[number], t: Translate) => (
    <tr>
      <td>
        <a href={`/framework/versions/${encodeURIComponent(m.from_version)}/elements/${encodeURIComponent(m.from_element)}`}>
          <code>{m.from_element}</code>
        </a>{' '}
        <span class="muted">{m.from_version}</span>
      </td>
      <td>{t(`framework.relation.${m.relation}`)}</td>
      <td>
        <a href={`/framework/versions/${encodeURIComponent(m.to_version)}/elements/${encodeURIComponent(m.to_element)}`}>
          <code>{m.to_element}</code>
        </a>{' '}
        <span class="muted">{m.to_version}</span>
      </td>
      <td>{m.note}</td>
    </tr>
  );
  const table = (rows: typeof mappings, caption: string) =>
    rows.length ? (
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('framework.field.fromElement')}</th>
            <th scope="col">{t('framework.field.relation')}</th>
            <th scope="col">{t('framework.field.toElement')}</th>
            <th scope="col">{t('framework.field.note')}</th>
          </tr>
        </thead>
        <tbody>{rows.map((m) => row(m, t))}</tbody>
      </table>
    ) : null;
  return page(
    c,
    vTitle(v, c),
    <>
      <p>
        <a href="/framework">{t('core.framework.title')}</a> › <a href="/framework/versions">{t('framework.versions.title')}</a>
      </p>
      <h1>{vTitle(v, c)}</h1>
      <p>
        <code>{v.id}</code>
        {v.predecessor ? <> · {t('framework.versions.follows', { id: v.predecessor })}</> : null}
        {v.source ? <> · {v.source}</> : null}
      </p>
      <p class={usage.inUse ? 'notice' : 'muted'}>{usage.inUse ? t('framework.version.inUse') : t('framework.version.unused')}</p>
      <ul class="cards">
        {content
          .map((p) => localize(p, lang))
          .map((p) => (
            <li class="card">
              <h2>{p.title}</h2>
              <p class="muted">{p.description}</p>
              <ul>
                {p.elements
                  .map((e) => localize(e, lang))
                  .map((e) => (
                    <li>
                      <a href={`/framework/versions/${encodeURIComponent(id)}/elements/${encodeURIComponent(e.id)}`}>{e.title}</a> <code>{e.id}</code>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
      </ul>
      <h2 id="mappings">{t('framework.version.mappings')}</h2>
      {table(incoming, t('framework.version.incoming'))}
      {table(outgoing, t('framework.version.outgoing'))}
      {!incoming.length && !outgoing.length ? <p class="muted">{t('framework.version.noMappings')}</p> : null}
      {can(c.get('actor'), 'framework.manage') && v.predecessor ? (
        <form method="post" action={`/framework/versions/${encodeURIComponent(id)}/mappings`} class="stack" aria-labelledby="add-mapping">
          <h3 id="add-mapping">{t('framework.version.addMapping', { from: v.predecessor })}</h3>
          <Csrf c={c} />
          {form.errors._ ? (
            <p class="field-error" role="alert">
              {form.errors._}
            </p>
          ) : null}
          <Select name="fromElement" label={t('framework.field.fromElement')} form={form} options={fromOptions} />
          <Select
            name="relation"
            label={t('framework.field.relation')}
            form={form}
            options={RELATIONS.map((r) => ({ value: r, label: t(`framework.relation.${r}`) }))}
          />
          <Select name="toElement" label={t('framework.field.toElement')} form={form} options={own} />
          <Field name="note" label={t('framework.field.note')} form={form} maxlength={1000} />
          <button type="submit">{t('framework.version.addMappingButton')}</button>
        </form>
      ) : null}
    </>,
    { status, wide: true },
  );
}

/** Form fields of a mapping error: `mappings.0.toElement` is shown beside `toElement`. */
const flat = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, m]) => [k.replace(/^mappings\.0\./, ''), m]));

export const versionRoutes = new Hono<AppEnv>()
  .get('/framework/versions', (c) => renderIndex(c))
  .post('/framework/versions', async (c) => {
    const f = await readForm(c);
    const values = Object.fromEntries(['id', 'title', 'predecessor', 'copyFrom', 'mapUnchanged', 'source'].map((k) => [k, str(f[k]).trim()]));
    try {
      const v = await createFrameworkVersion(c.get('db'), c.get('actor'), {
        id: values.id!,
        title: values.title!,
        predecessor: values.predecessor || undefined,
        copyFrom: values.copyFrom || undefined,
        mapUnchanged: values.mapUnchanged === '1',
        source: values.source,
      });
      return c.redirect(`/framework/versions/${encodeURIComponent(v.id)}`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || !err.fields || (err.status !== 400 && err.status !== 409)) throw err;
      return renderIndex(c, { values, errors: errorsFor(c.get('t'), err) }, err.status);
    }
  })
  .get('/framework/versions/:version', (c) => renderVersion(c, c.req.param('version')))
  .post('/framework/versions/:version/mappings', async (c) => {
    const id = c.req.param('version');
    const f = await readForm(c);
    const values = Object.fromEntries(['fromElement', 'toElement', 'relation', 'note'].map((k) => [k, str(f[k]).trim()]));
    try {
      await addElementMappings(c.get('db'), c.get('actor'), id, {
        mappings: [{ fromElement: values.fromElement!, toElement: values.toElement!, relation: values.relation as 'same', note: values.note }],
      });
      return c.redirect(`/framework/versions/${encodeURIComponent(id)}#mappings`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || !err.fields || (err.status !== 400 && err.status !== 409)) throw err;
      return renderVersion(c, id, { values, errors: flat(errorsFor(c.get('t'), err)) }, err.status);
    }
  });
