import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { fromZod, ValidationError } from '../../foundation/errors.ts';
import { getReportFor, reportResource } from '../reports.ts';

export const ReportSettings = z.object({
  /** Who may read the submitted revisions; applies to every revision, past and future. */
  visibility: z.enum(['public', 'states', 'secretariat'], { message: 'Use public, states or secretariat.' }).optional(),
  /** The language the State writes in (each revision keeps the language it was written in). */
  language: z.enum(LANGUAGES, { message: 'Use ar, zh, en, fr, ru or es.' }).optional(),
});

/** The State chooses the report's visibility and language. */
export async function updateReportSettings(db: Db, actor: Actor, reportId: number, input: z.input<typeof ReportSettings>) {
  const pre = await getReportFor(db, actor, reportId);
  requireAccess(actor, 'report.write', reportResource(pre));
  const parsed = ReportSettings.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'report.invalid');
  if (!parsed.data.visibility && !parsed.data.language)
    throw ValidationError('Nothing to change: send visibility or language.', { visibility: 'Choose a visibility.' }, 'report.invalid');
  return db.transaction().execute(async (trx) => {
    const r = await getReportFor(trx, actor, reportId, { forUpdate: true });
    const set = {
      ...(parsed.data.visibility ? { visibility: parsed.data.visibility } : {}),
      ...(parsed.data.language ? { language: parsed.data.language } : {}),
    };
    await trx.updateTable('national_reports').set(set).where('id', '=', r.id).execute();
    await recordAudit(trx, actor, {
      action: 'report.settings_changed',
      itemType: 'national_report',
      itemId: r.id,
      before: { visibility: r.visibility, language: r.language },
      after: set,
    });
    return { id: r.id, visibility: parsed.data.visibility ?? r.visibility, language: parsed.data.language ?? r.language };
  });
}
