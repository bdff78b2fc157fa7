import type { Child } from 'hono/jsx';
import type { Translate } from '../i18n/index.ts';
import { AppError } from '../foundation/errors.ts';
import { localizeError } from './errorMessages.ts';

/**
 * What every capability's HTML forms share: a labelled field with its error, the errors of a failed
 * command in the reader's language, and form values read as strings.
 */

/** A labelled form field with its error message; values are echoed back so nothing typed is lost. */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: Child }) {
  return (
    <div>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="muted" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Field errors of a validation error in the reader's language, or null when the error is something else (rethrow it). */
export function formErrors(err: unknown, t?: Translate): { message: string; fields: Record<string, string> } | null {
  if (err instanceof AppError && err.status >= 400 && err.status < 500 && err.status !== 401 && err.status !== 403) {
    if (!t) return { message: err.message, fields: err.fields ?? {} };
    const l = localizeError(err, t);
    return { message: l.message, fields: l.fields ?? {} };
  }
  return null;
}

/** A form value as a trimmed string ('' when absent or a file). */
export const str = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');
/** Every string value of a repeated form field (checkboxes). */
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v : v == null ? [] : [v]).filter((x): x is string => typeof x === 'string' && x !== '');

/** A failed form's message above it, announced when the page comes back (nothing when the form has not failed). */
export function FormAlert({ errors }: { errors?: { message: string } | null }) {
  return errors ? (
    <div class="alert error" role="alert">
      {errors.message}
    </div>
  ) : null;
}

/**
 * The text inputs of a form that comes back with what was typed: each one's value kept, marked
 * invalid and described by its error when it has one. `input('email', 'email')` for a field named and
 * identified `email`.
 */
export const inputsOf =
  (values: Record<string, string>, errors: Record<string, string>) =>
  (name: string, type = 'text', required = true, autocomplete?: string) => (
    <input
      dir="auto"
      id={name}
      name={name}
      type={type}
      value={values[name] ?? ''}
      required={required}
      autocomplete={autocomplete}
      aria-invalid={errors[name] ? 'true' : undefined}
      aria-describedby={errors[name] ? `${name}-error` : undefined}
    />
  );
