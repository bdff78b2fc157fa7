import type { Ctx } from '../../server/context.ts';
import { Csrf } from '../../server/layout.tsx';

/** The thematic groups' forms: the facilitator and guiding-question forms of a meeting's page. */

export type Form = { values: Record<string, string>; errors: Record<string, string> };
export const empty: Form = { values: {}, errors: {} };
/** A form value, trimmed ('' when absent). */
export const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** A labelled control whose error sits beside it and is announced with it. */
export function Field({
  name,
  label,
  form,
  hint,
  children,
}: {
  name: string;
  label: string;
  form: Form;
  hint?: string;
  children: (a: Record<string, unknown>) => unknown;
}) {
  const e = form.errors[name];
  const describedBy = [e ? `err-${name}` : '', hint ? `hint-${name}` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label for={`f-${name}`}>{label}</label>
      {hint ? (
        <p class="muted" id={`hint-${name}`}>
          {hint}
        </p>
      ) : null}
      {children({ id: `f-${name}`, name, 'aria-invalid': e ? 'true' : undefined, 'aria-describedby': describedBy }) as never}
      {e ? (
        <p class="field-error" id={`err-${name}`}>
          {e}
        </p>
      ) : null}
    </div>
  );
}

/** A failed form's error that belongs to no field, announced above it. */
export function FormProblem({ form }: { form: Form }) {
  return form.errors._ ? (
    <p class="field-error" role="alert">
      {form.errors._}
    </p>
  ) : null;
}

/** The Secretariat's button that takes a facilitator or a question off a meeting, named for the reader of a screen. */
export function RemoveButton({ c, action, label }: { c: Ctx; action: string; label: string }) {
  return (
    <form method="post" action={action} class="inline">
      <Csrf c={c} />{' '}
      <button type="submit" class="secondary" aria-label={label}>
        {c.get('t')('thematicGroups.remove')}
      </button>
    </form>
  );
}
