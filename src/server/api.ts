import type { z } from 'zod';
import { AppError, fromZod } from '../foundation/errors.ts';
import type { Ctx } from './context.ts';

/**
 * Reads a JSON body and validates it against a zod schema: wrong content type → 415, malformed JSON
 * → 400 `request.malformed_json`, invalid fields → 400 with one message per field.
 */
export async function readJson<S extends z.ZodType>(c: Ctx, schema: S, code = 'request.invalid'): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new AppError('request.unsupported_media_type', 415, 'Send the body as JSON with Content-Type: application/json.');
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new AppError('request.malformed_json', 400, 'The body is not valid JSON. Check quotes, commas and brackets.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw fromZod(parsed.error, code);
  return parsed.data;
}

/** Reads an HTML form (urlencoded or multipart) as a plain object of strings (and Files). */
export async function readForm(c: Ctx): Promise<Record<string, string | File | (string | File)[]>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) {
    throw new AppError('request.unsupported_media_type', 415, 'Send the form as application/x-www-form-urlencoded or multipart/form-data.');
  }
  return (await c.req.parseBody({ all: true })) as Record<string, string | File | (string | File)[]>;
}

/** Whether the client wants JSON rather than a page (API paths always do). */
export const wantsJson = (c: Ctx) => c.req.path.startsWith('/api/') || (c.req.header('accept') ?? '').includes('application/json');
