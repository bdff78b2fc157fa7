import type { Child } from 'hono/jsx';
import type { Translate } from '../../i18n/index.ts';
import type { Ctx } from '../../server/context.ts';
import { Field } from '../../server/forms.tsx';
import { Csrf } from '../../server/layout.tsx';

/**
 * The processes' forms: several on one page, each named by a prefix, so a failed one comes back with
 * its typed values and errors while the others stay empty.
 */

/** Which form a re-rendered page shows its typed values and errors in. */
export type Form = { form: string; values: Record<string, string>; errors: Record<string, string> };
export const none: Form = { form: '', values: {}, errors: {} };

/** The id, the typed value and the error of one field of the form named by `prefix`. */
function fieldOf(form: Form, prefix: string, name: string) {
  const id = `${prefix}-${name.replace(/\./g, '-')}`;
  const mine = form.form === prefix;
  return { id, mine, value: mine ? form.values[name] : undefined, error: mine ? form.errors[name] : undefined };
}

/** An input with its label, hint and error (the shared Field); the other attributes go to the input. */
export function InputField({
  form,
  prefix,
  name,
  label,
  type = 'text',
  hint,
  ...attrs
}: {
  form: Form;
  prefix: string;
  name: string;
  label: string;
  type?: string;
  hint?: string;
  [k: string]: unknown;
}) {
  const { id, mine, value, error: e } = fieldOf(form, prefix, name);
  return (
    <Field id={id} label={label} hint={hint} error={e}>
      <input
        dir={type === 'text' ? 'auto' : undefined}
        id={id}
        name={name}
        type={type}
        value={mine ? (value ?? '') : ''}
        aria-invalid={e ? 'true' : undefined}
        aria-describedby={[e ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined}
        {...attrs}
      />
    </Field>
  );
}

/** A choice with its label and error; `fallback` is chosen until the form comes back with another. */
export function SelectField({
  form,
  prefix,
  name,
  label,
  options,
  fallback,
}: {
  form: Form;
  prefix: string;
  name: string;
  label: string;
  options: Array<{ value: string; label: string }>;
  fallback?: string;
}) {
  const { id, mine, value, error: e } = fieldOf(form, prefix, name);
  return (
    <Field id={id} label={label} error={e}>
      <select id={id} name={name} aria-invalid={e ? 'true' : undefined} aria-describedby={e ? `${id}-error` : undefined}>
        {options.map((o) => (
          <option value={o.value} selected={mine ? value === o.value : o.value === fallback}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The form's summary: a general message when a field is wrong, the error itself when no field carries it. */
export function Problems({ form, prefix, t }: { form: Form; prefix: string; t: Translate }) {
  if (form.form !== prefix || !Object.keys(form.errors).length) return null;
  return (
    <p class="field-error" role="alert">
      {form.errors._ ?? t('processes.form.fix')}
    </p>
  );
}

/**
 * One of the Secretariat's forms under "Manage" (a new cycle, body or session): its heading and button
 * (`processes.<prefix>.new`, `.create`), the CSRF token, its problems and its fields.
 */
export function ManageForm({
  c,
  action,
  form,
  prefix,
  children,
}: {
  c: Ctx;
  action: string;
  form: Form;
  prefix: 'cycle' | 'body' | 'session';
  children: Child;
}) {
  const t = c.get('t');
  const id = `new-${prefix}`;
  return (
    <form method="post" action={action} class="stack card" aria-labelledby={id}>
      <h3 id={id}>{t(`processes.${prefix}.new`)}</h3>
      <Csrf c={c} />
      <Problems form={form} prefix={prefix} t={t} />
      {children}
      <button type="submit">{t(`processes.${prefix}.create`)}</button>
    </form>
  );
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
/** The named values of a posted form, trimmed ('' when absent). */
export const pick = (f: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, str(f[k])]));
