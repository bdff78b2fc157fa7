/**
 * Errors with a stable code (`report.cycle_closed`), an HTTP status and a message that says what to do.
 * Throw them anywhere; the error middleware renders them for the API and for pages alike.
 */
export class AppError extends Error {
  constructor(
    /** Stable, dotted, machine-readable: clients branch on it, so never rename one. */
    readonly code: string,
    readonly status: number,
    message: string,
    /** Per-field problems for forms and uploads: field path → message. */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const ValidationError = (message: string, fields?: Record<string, string>, code = 'request.invalid') =>
  new AppError(code, 400, message, fields);
export const NotFound = (what = 'That page', code = 'not_found') =>
  new AppError(code, 404, `${what} does not exist, or you may not see it.`);
export const Unauthenticated = () =>
  new AppError('auth.required', 401, 'Sign in to do this.');
export const Forbidden = (message = 'Your role does not allow this.', code = 'auth.forbidden') =>
  new AppError(code, 403, message);
export const Conflict = (code: string, message: string, fields?: Record<string, string>) =>
  new AppError(code, 409, message, fields);
export const TooLarge = (limitBytes: number) =>
  new AppError('request.too_large', 413, `The request is larger than the limit of ${Math.round(limitBytes / 1e6)} MB. Send a smaller file.`);

/** Turns zod issues into a ValidationError with one message per field. */
export function fromZod(error: { issues: Array<{ path: PropertyKey[]; message: string }> }, code = 'request.invalid') {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.map(String).join('.') || '_'] ??= issue.message;
  const summary = Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('; ');
  return ValidationError(`Some fields are not valid — ${summary}`, fields, code);
}
