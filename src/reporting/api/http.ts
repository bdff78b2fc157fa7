import { z } from 'zod';
import { isLang, type Lang } from '../../i18n/index.ts';
import type { Ctx } from '../../server/context.ts';
import { StaleDraft } from '../reports.ts';

/** What the reporting API's routes share: path numbers, the stale-save answer, the export language and formats. */

export const num = (c: Ctx, name: string) => Number(c.req.param(name));

/** A stale save answers 409 with both versions, so the client can merge and nothing is lost. */
const stale = (c: Ctx, err: StaleDraft) => c.json({ error: { code: err.code, message: err.message }, yours: err.yours, current: err.current }, 409);
export async function orStale<T>(c: Ctx, fn: () => Promise<T>, ok: (v: T) => Response | Promise<Response>) {
  try {
    return await ok(await fn());
  } catch (err) {
    if (err instanceof StaleDraft) return stale(c, err);
    throw err;
  }
}

/** The language an export or questionnaire is asked in (`?lang=`), else the reader's. */
export const langOf = (c: Ctx): Lang => {
  const l = c.req.query('lang');
  return isLang(l) ? l : c.get('lang');
};

export const tag = 'reporting';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The query of an export: its language, the draft instead of a revision, or a revision by number. */
export const ExportQuery = z.object({
  lang: z.enum(['ar', 'zh', 'en', 'fr', 'ru', 'es']).optional(),
  source: z.enum(['draft']).optional(),
  revision: z.string().optional(),
});
