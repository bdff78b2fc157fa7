import { titleById } from '../../framework/localize.ts';
import { loadTagCatalogue } from '../../framework/tagCatalogue.ts';
import type { Ctx } from '../../server/context.ts';
import { Field, FormAlert, inputsOf } from '../../server/forms.tsx';
import { Csrf } from '../../server/layout.tsx';
import { MECHANISM_KINDS } from '../commands/saveMechanism.ts';
import { Choice, type FormErrors } from './parts.tsx';

/** The form of a new mechanism, or of a new revision of one (`slug`). */
export async function MechanismForm({
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
  const input = inputsOf(values, f);
  const text = (n: string, required = true) => input(n, 'text', required);
  return (
    <>
      <h1>{slug ? t('registry.mechanism.edit') : t('registry.mechanism.new')}</h1>
      <FormAlert errors={errors} />
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
          <Choice id="kind" options={MECHANISM_KINDS} selected={values.kind} label={(k) => t(`registry.kind.${k}`)} />
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

/** A mechanism's form values as the command's input. */
export const mechanismFromForm = (v: Record<string, string>, elementIds: string[]) => ({
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
