import { translator, type Translate } from '../i18n/index.ts';
import { AppError } from '../foundation/errors.ts';
import { fieldOfIssue } from './answers.ts';

/**
 * Field errors as data: a catalogue key and its parameters per form field, so a form can show each
 * beside its field in the reader's language while the API keeps English text (rendered from the
 * same keys). zod issues map to keys: a schema message that is itself a `reporting.err.*` key is
 * used as it is, anything else by the issue's code.
 */
export interface FieldMessage { key: string; params?: Record<string, string | number> }
export type FieldMessages = Record<string, FieldMessage>;

const en = translator('en');
export const renderMessages = (t: Translate, m: FieldMessages) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, t(v.key, v.params)]));

/** An AppError whose per-field problems carry keys; `fields` (the API's) is their English. */
export class FormError extends AppError {
  constructor(code: string, status: number, message: string, readonly messages: FieldMessages, englishFields?: Record<string, string>) {
    super(code, status, message, englishFields ?? renderMessages(en, messages));
  }
}

interface Issue { path: PropertyKey[]; message: string; code?: string; keys?: string[]; maximum?: unknown; minimum?: unknown; origin?: string }

const count = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v).toLocaleString('en') : String(v));

/** The key for one zod issue. */
export function messageOfIssue(i: Issue): FieldMessage {
  if (i.message.startsWith('reporting.err.')) return { key: i.message, params: i.maximum !== undefined ? { max: count(i.maximum) } : i.minimum !== undefined ? { min: count(i.minimum) } : undefined };
  const last = String(i.path[i.path.length - 1] ?? '');
  switch (i.code) {
    case 'too_big': return { key: i.origin === 'array' ? 'reporting.err.tooMany' : 'reporting.err.tooLong', params: { max: count(i.maximum) } };
    case 'too_small': return { key: i.origin === 'array' ? 'reporting.err.tooFew' : 'reporting.err.tooShort', params: { min: count(i.minimum) } };
    case 'invalid_value': return { key: 'reporting.err.choice' };
    case 'invalid_type': return { key: 'reporting.err.invalid' };
    case 'custom': return { key: i.path.map(String).includes('links') ? 'reporting.err.link' : last === 'element' ? 'reporting.err.unknownElement' : 'reporting.err.invalid' };
    default: return { key: 'reporting.err.invalid' };
  }
}

/**
 * Per flat field, the first issue's key. Answer paths are folded the way `issueFields` folds them
 * (elements.norm-a.links.2 → elements.norm-a.links); an unknown key is named at its own path.
 */
export function messagesOfIssues(issues: readonly Issue[]): FieldMessages {
  const out: FieldMessages = {};
  for (const i of issues) {
    if (i.code === 'unrecognized_keys' && i.keys?.length) {
      for (const k of i.keys) out[fieldOfIssue([...i.path, k])] ??= { key: i.path[0] === 'elements' && i.path.length === 1 ? 'reporting.err.unknownElement' : 'reporting.err.unknownField' };
    } else out[fieldOfIssue(i.path)] ??= messageOfIssue(i);
  }
  return out;
}

/** A 400 FormError from zod issues: English summary and fields for the API, keys for the forms. */
export function formErrorOf(issues: readonly Issue[], code: string) {
  const messages = messagesOfIssues(issues);
  const fields = renderMessages(en, messages);
  return new FormError(code, 400, `Some fields are not valid — ${Object.entries(fields).slice(0, 5).map(([k, v]) => `${k}: ${v}`).join('; ')}`, messages, fields);
}

/** The messages of an error for a form, in the reader's language (a plain AppError's English fields as they are). */
export function errorsFor(t: Translate, err: AppError): Record<string, string> {
  if (err instanceof FormError) return renderMessages(t, err.messages);
  return err.fields ?? {};
}
