import type { z } from 'zod';

/**
 * Errors with a stable code (`report.cycle_closed`), an HTTP status and a message that says what to do.
 * Throw them anywhere; the error middleware renders them for the API and for pages alike.
 * The English `message` is the API's (clients and logs read it); the reader's language comes from
 * the catalogue (`localizeError` in src/server/errorMessages.ts): an explicit `key`, else the
 * message written for the code (`core.err.<code>`), else one for its kind or status.
 */
export type MessageParams = Record<string, string | number>;
export interface FieldMessage {
  key: string;
  params?: MessageParams;
}

export class AppError extends Error {
  constructor(
    /** Stable, dotted, machine-readable: clients branch on it, so never rename one. */
    readonly code: string,
    readonly status: number,
    message: string,
    /** Per-field problems for forms and uploads: field path → message (English). */
    readonly fields?: Record<string, string>,
    /** The message as catalogue data, for the reader's language. */
    readonly l10n?: { key?: string; params?: MessageParams; fields?: Record<string, FieldMessage> },
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const ValidationError = (message: string, fields?: Record<string, string>, code = 'request.invalid', l10n?: AppError['l10n']) =>
  new AppError(code, 400, message, fields, l10n);
export const NotFound = (what = 'That page', code = 'not_found') => new AppError(code, 404, `${what} does not exist, or you may not see it.`);
export const Unauthenticated = () => new AppError('auth.required', 401, 'Sign in to do this.');
export const Forbidden = (message = 'Your role does not allow this.', code = 'auth.forbidden') => new AppError(code, 403, message);
export const Conflict = (code: string, message: string, fields?: Record<string, string>) => new AppError(code, 409, message, fields);
export const TooLarge = (limitBytes: number) =>
  new AppError('request.too_large', 413, `The request is larger than the limit of ${Math.round(limitBytes / 1e6)} MB. Send a smaller file.`, undefined, {
    key: 'core.err.request.too_large',
    params: { mb: Math.round(limitBytes / 1e6) },
  });

interface ZodIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  input?: unknown;
}

/**
 * A zod issue as a catalogue message, by the issue's code: required, too short / long (characters,
 * items, numbers), a format (email, URL), a choice. A schema's own wording stays the English one.
 */
export function fieldMessageOfIssue(issue: ZodIssue): FieldMessage {
  const n = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : String(v));
  const kind =
    issue.origin === 'array' || issue.origin === 'set'
      ? 'items'
      : issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint' || issue.origin === 'date'
        ? 'number'
        : 'text';
  switch (issue.code) {
    case 'invalid_type':
      return { key: issue.input === undefined || /received undefined|required/i.test(issue.message) ? 'core.err.zod.required' : 'core.err.zod.invalid' };
    case 'too_small':
      if (kind === 'text' && Number(issue.minimum) === 1) return { key: 'core.err.zod.required' };
      return { key: `core.err.zod.too_small.${kind}`, params: { min: n(issue.minimum) } };
    case 'too_big':
      return { key: `core.err.zod.too_big.${kind}`, params: { max: n(issue.maximum) } };
    case 'invalid_format':
      return { key: issue.format === 'email' ? 'core.err.zod.email' : issue.format === 'url' ? 'core.err.zod.url' : 'core.err.zod.format' };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'core.err.zod.choice' };
    default:
      return { key: 'core.err.zod.invalid' };
  }
}

/** Turns zod issues into a ValidationError with one message per field. */
export function fromZod(error: { issues: Array<ZodIssue> }, code = 'request.invalid') {
  const fields: Record<string, string> = {};
  const keyed: Record<string, FieldMessage> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (path in fields) continue;
    fields[path] = issue.message;
    keyed[path] = fieldMessageOfIssue(issue);
  }
  const summary = Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
  return ValidationError(`Some fields are not valid — ${summary}`, fields, code, {
    key: 'core.err.request.invalid',
    params: { n: Object.keys(fields).length },
    fields: keyed,
  });
}

/**
 * A command's input, validated: the parsed value, or a ValidationError with one message per field
 * (`fromZod`). The one preamble every command shares after its access check.
 * @example const v = parseInput(NewMeeting, input, 'meeting.invalid');
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, code = 'request.invalid'): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, code);
  return parsed.data;
}
