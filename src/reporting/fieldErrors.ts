import type { Translate } from '../i18n/index.ts';
import type { AppError } from '../foundation/errors.ts';
import { formError, FormError, renderMessages, type FieldMessages } from '../foundation/formError.ts';
import { fieldOfIssue } from './answers.ts';

/**
 * The reporting form's field errors: zod issues map to keys — a schema message that is itself a
 * `reporting.err.*` key is used as it is, anything else by the issue's code — and answer paths fold
 * to the form's fields. The FormError itself is the foundation's (src/foundation/formError.ts).
 */
export { FormError, renderMessages, type FieldMessages };
export type { FieldMessage } from '../foundation/errors.ts';
import type { FieldMessage } from '../foundation/errors.ts';

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
  maximum?: unknown;
  minimum?: unknown;
  origin?: string;
}

const count = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v).toLocaleString('en') : String(v));

/** The key for one zod issue. */
export function messageOfIssue(i: Issue): FieldMessage {
  if (i.message.startsWith('reporting.err.'))
    return { key: i.message, params: i.maximum !== undefined ? { max: count(i.maximum) } : i.minimum !== undefined ? { min: count(i.minimum) } : undefined };
  const last = String(i.path[i.path.length - 1] ?? '');
  switch (i.code) {
    case 'too_big':
      return { key: i.origin === 'array' ? 'reporting.err.tooMany' : 'reporting.err.tooLong', params: { max: count(i.maximum) } };
    case 'too_small':
      return { key: i.origin === 'array' ? 'reporting.err.tooFew' : 'reporting.err.tooShort', params: { min: count(i.minimum) } };
    case 'invalid_value':
      return { key: 'reporting.err.choice' };
    case 'invalid_type':
      return { key: 'reporting.err.invalid' };
    case 'custom':
      return {
        key: i.path.map(String).includes('links') ? 'reporting.err.link' : last === 'element' ? 'reporting.err.unknownElement' : 'reporting.err.invalid',
      };
    default:
      return { key: 'reporting.err.invalid' };
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
      for (const k of i.keys)
        out[fieldOfIssue([...i.path, k])] ??= {
          key: i.path[0] === 'elements' && i.path.length === 1 ? 'reporting.err.unknownElement' : 'reporting.err.unknownField',
        };
    } else out[fieldOfIssue(i.path)] ??= messageOfIssue(i);
  }
  return out;
}

/** A 400 FormError from zod issues: English summary and fields for the API, keys for the forms. */
export const formErrorOf = (issues: readonly Issue[], code: string) => formError(code, messagesOfIssues(issues));

/** The messages of an error for a form, in the reader's language (a plain AppError's English fields as they are). */
export function errorsFor(t: Translate, err: AppError): Record<string, string> {
  if (err instanceof FormError) return renderMessages(t, err.messages);
  return err.fields ?? {};
}
