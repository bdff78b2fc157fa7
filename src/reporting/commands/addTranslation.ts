import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { AppError, fromZod, NotFound, ValidationError } from '../../foundation/errors.ts';
import { flatten, type Answers } from '../answers.ts';
import { getCycle } from '../cycles.ts';
import { loadQuestionnaire } from '../questionnaire.ts';
import { getReportFor, reportResource, validateAnswers } from '../reports.ts';

export const NewTranslation = z.object({
  language: z.enum(LANGUAGES, { message: 'Use ar, zh, en, fr, ru or es.' }),
  method: z.enum(['human', 'machine'], { message: 'Say whether a person (human) or a machine translated it.' }),
  translator: z.string().trim().max(200).optional(),
  answers: z.unknown(),
});

/**
 * Stores a translation of one revision beside the original. It never replaces the original; codes
 * (statuses, kinds, priorities, elements, links) must match it, only the text is translated.
 */
export async function addTranslation(db: Db, actor: Actor, reportId: number, revision: number, input: z.input<typeof NewTranslation>) {
  const r = await getReportFor(db, actor, reportId);
  requireAccess(actor, 'report.translate', reportResource(r));
  const parsed = NewTranslation.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'translation.invalid');
  const rev = await db
    .selectFrom('national_report_revisions')
    .select(['answers', 'language'])
    .where('report_id', '=', r.id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  if (!rev) throw NotFound('That revision', 'report.revision_not_found');
  if (rev.language === parsed.data.language)
    throw new AppError('translation.same_language', 400, `Revision ${revision} is written in ${rev.language}; a translation must be into another language.`);
  const q = await loadQuestionnaire(db, (await getCycle(db, r.cycle_id)).framework_version);
  const answers = validateAnswers(parsed.data.answers, q.elementIds, 'translation.invalid');
  const original = flatten(rev.answers as Answers);
  const translated = flatten(answers);
  const fields: Record<string, string> = {};
  for (const k of new Set([...Object.keys(original), ...Object.keys(translated)])) {
    const coded = /\.(status|element|kind|priority|links)$/.test(k);
    if (coded && original[k] !== translated[k]) fields[k] = `Must stay as in the original (${original[k] ?? 'empty'}).`;
    if (!coded && !!original[k] !== !!translated[k]) fields[k] = original[k] ? 'The original answers this; translate it.' : 'The original leaves this empty.';
  }
  if (Object.keys(fields).length) throw ValidationError('The translation does not match the original field for field.', fields, 'translation.invalid');
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('national_report_translations')
      .values({
        report_id: r.id,
        revision,
        language: parsed.data.language,
        method: parsed.data.method,
        answers: JSON.stringify(answers),
        translator: parsed.data.translator ?? '',
        created_by: actor.kind === 'user' ? actor.id : null,
      })
      .returning(['id', 'language', 'method', 'created_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'report.translation_added', itemType: 'national_report', itemId: r.id, after: { revision, ...row } });
    return row;
  });
}
