import type { z } from 'zod';
import { translator, type Translate } from '../i18n/index.ts';
import { AppError, fieldMessageOfIssue, type FieldMessage } from './errors.ts';

/**
 * Field errors as data, for every capability's forms: a catalogue key and its parameters per form
 * field, so a form shows each problem beside its field in the reader's language while the API keeps
 * the English text rendered from the same keys (`fields`).
 */
export type FieldMessages = Record<string, FieldMessage>;

const en = translator('en');
export const renderMessages = (t: Translate, m: FieldMessages) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, t(v.key, v.params)]));

/** An AppError whose per-field problems carry keys; `fields` (the API's) is their English. */
export class FormError extends AppError {
  constructor(
    code: string,
    status: number,
    message: string,
    readonly messages: FieldMessages,
    englishFields?: Record<string, string>,
  ) {
    super(code, status, message, englishFields ?? renderMessages(en, messages));
  }
}

/** A FormError with the English summary every form error carries: "Some fields are not valid — a: …; b: …". */
export function formError(code: string, messages: FieldMessages, status = 400) {
  const fields = renderMessages(en, messages);
  return new FormError(
    code,
    status,
    `Some fields are not valid — ${Object.entries(fields)
      .slice(0, 5)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ')}`,
    messages,
    fields,
  );
}

export interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  maximum?: unknown;
  minimum?: unknown;
  origin?: string;
  format?: string;
  input?: unknown;
}

/**
 * One key per field path, the first issue's. A schema message that is a key of the capability's own
 * catalogue (`<namespace>.err.*`, written in the schema to say exactly what is wrong) is used as it
 * is, with the bound as `max`/`min`; any other issue gets the shared message for its kind
 * (`core.err.zod.*`: required, too long, a choice…).
 * @example fieldMessagesOf(parsed.error.issues, 'processes') // { title: { key: 'processes.err.required' } }
 */
export function fieldMessagesOf(issues: readonly Issue[], namespace: string): FieldMessages {
  const own = `${namespace}.err.`;
  const out: FieldMessages = {};
  for (const i of issues) {
    const path = i.path.map(String).join('.') || '_';
    if (out[path]) continue;
    out[path] = i.message.startsWith(own)
      ? { key: i.message, params: i.maximum !== undefined ? { max: Number(i.maximum) } : i.minimum !== undefined ? { min: Number(i.minimum) } : undefined }
      : fieldMessageOfIssue(i);
  }
  return out;
}

/**
 * A form command's input, validated: the parsed value, or a FormError whose fields carry the
 * capability's keys (`messages`, e.g. `(issues) => fieldMessagesOf(issues, 'processes')`). The
 * preamble the form commands share after their access check, as `parseInput` is for the others.
 * @example const v = parseForm(NewBody, input, 'processes.body_invalid', messagesOf);
 */
export function parseForm<S extends z.ZodType>(schema: S, input: unknown, code: string, messages: (issues: readonly Issue[]) => FieldMessages): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw formError(code, messages(parsed.error.issues));
  return parsed.data;
}
