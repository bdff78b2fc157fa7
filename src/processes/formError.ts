import { FormError, renderMessages, type FieldMessages } from '../reporting/fieldErrors.ts';
import { translator } from '../i18n/index.ts';

/**
 * Field problems of the processes' forms and API as catalogue keys (`processes.err.*`), so a form
 * shows each beside its field in the reader's language while the API keeps the English text.
 */
const en = translator('en');

export function processFormError(code: string, messages: FieldMessages, status = 400) {
  const fields = renderMessages(en, messages);
  return new FormError(code, status, `Some fields are not valid — ${Object.entries(fields).slice(0, 5).map(([k, v]) => `${k}: ${v}`).join('; ')}`, messages, fields);
}

interface Issue { path: PropertyKey[]; message: string; code?: string; maximum?: unknown; minimum?: unknown; origin?: string }

/** One key per field path, the first issue's: a schema message that is a `processes.err.*` key is used as it is. */
export function messagesOf(issues: readonly Issue[]): FieldMessages {
  const out: FieldMessages = {};
  for (const i of issues) {
    const path = i.path.map(String).join('.') || '_';
    if (out[path]) continue;
    if (i.message.startsWith('processes.err.')) {
      out[path] = { key: i.message, params: i.maximum !== undefined ? { max: Number(i.maximum) } : i.minimum !== undefined ? { min: Number(i.minimum) } : undefined };
    } else if (i.code === 'too_big') out[path] = { key: 'processes.err.tooLong', params: { max: Number(i.maximum) } };
    else if (i.code === 'too_small') out[path] = { key: 'processes.err.required' };
    else if (i.code === 'invalid_value') out[path] = { key: 'processes.err.choice' };
    else out[path] = { key: 'processes.err.invalid' };
  }
  return out;
}

/** A slug from a title: lower-case ASCII words joined by hyphens, at most 60 characters. */
export function slugOf(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}
