import { FormError, renderMessages, type FieldMessages } from '../reporting/fieldErrors.ts';
import { translator } from '../i18n/index.ts';
import { fieldMessageOfIssue } from '../foundation/errors.ts';

const en = translator('en');

/**
 * A 400 (or 404/409) whose fields carry catalogue keys, so the Secretariat's forms show each problem
 * beside its field in the reader's language; the API gets the same messages in English.
 */
export function thematicFormError(code: string, messages: FieldMessages, status = 400) {
  const fields = renderMessages(en, messages);
  return new FormError(code, status, `Some fields are not valid — ${Object.entries(fields).slice(0, 5).map(([k, v]) => `${k}: ${v}`).join('; ')}`, messages, fields);
}

/** zod issues as keys: a schema message that is a thematicGroups.err.* key as it is, any other by the issue's code. */
export function fromIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code?: string }>, code: string) {
  const out: FieldMessages = {};
  for (const i of issues) {
    const path = i.path.map(String).join('.') || '_';
    out[path] ??= i.message.startsWith('thematicGroups.err.') ? { key: i.message } : fieldMessageOfIssue(i);
  }
  return thematicFormError(code, out);
}
