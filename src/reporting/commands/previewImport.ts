import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { AppError } from '../../foundation/errors.ts';
import { answersSchema, issueFields, normalise, type Answers } from '../answers.ts';
import { getCycle } from '../cycles.ts';
import { diffAnswers } from '../diff.ts';
import { emptiedBy, IMPORT_TTL_MS, type ImportFormat, type ImportPreview } from '../importReport.ts';
import { csvToFlat, flatToAnswers, jsonToAnswers, parseDocx } from '../importParse.ts';
import { loadQuestionnaire } from '../questionnaire.ts';
import { getReportFor, reportResource } from '../reports.ts';
import { templateSecret } from '../template.ts';

/**
 * Reads an upload and shows what it would change, field by field, with validation errors per field.
 * Nothing is saved to the report: a valid upload is kept as a pending import the delegate confirms.
 * An upload is the whole questionnaire: a field it leaves empty empties that field in the draft.
 */
export async function previewImport(db: Db, actor: Actor, reportId: number, format: ImportFormat, bytes: Uint8Array): Promise<ImportPreview> {
  const r = await getReportFor(db, actor, reportId);
  requireAccess(actor, 'report.write', reportResource(r));
  const cycle = await getCycle(db, r.cycle_id);
  const q = await loadQuestionnaire(db, cycle.framework_version);
  const errors: Record<string, string> = {};
  let raw: unknown;
  if (format === 'docx') {
    const { structure, flat } = parseDocx(bytes, await templateSecret(db));
    if (structure.cycleId !== cycle.id)
      throw new AppError(
        'import.docx_wrong_cycle',
        422,
        `This questionnaire belongs to cycle ${structure.cycleCode}, not ${cycle.code}. Download the questionnaire of this cycle.`,
      );
    if (structure.stateIso3 && structure.stateIso3 !== r.state_iso3)
      throw new AppError('import.docx_wrong_state', 422, `This questionnaire was prepared for ${structure.stateIso3}, not ${r.state_iso3}.`);
    const { answers, unknown } = flatToAnswers(flat);
    for (const k of unknown) errors[k] = 'Not a field of this questionnaire.';
    raw = answers;
  } else if (format === 'json') {
    raw = jsonToAnswers(new TextDecoder('utf-8').decode(bytes));
  } else {
    const { answers, unknown } = flatToAnswers(csvToFlat(bytes));
    for (const k of unknown) errors[k] = 'Not a field of this questionnaire.';
    raw = answers;
  }
  const parsed = answersSchema(q.elementIds).safeParse(raw ?? {});
  if (!parsed.success) for (const [k, v] of Object.entries(issueFields(parsed.error.issues as never))) errors[k] ??= v;
  const incoming: Answers = parsed.success ? normalise(parsed.data as Answers) : normalise(lenient(raw));
  let changes: ImportPreview['changes'] = [];
  try {
    changes = diffAnswers(r.draft_answers as Answers, incoming, q.elementIds).map((c) => (errors[c.field] ? { ...c, error: errors[c.field] } : c));
  } catch {
    /* an upload too malformed to compare still gets its per-field errors */
  }
  const valid = Object.keys(errors).length === 0;
  const blanking = emptiedBy(r.draft_answers as Answers, incoming);
  let importId: number | null = null;
  if (valid) {
    importId = await db.transaction().execute(async (trx) => {
      // Uploads left unconfirmed past their time are dropped; they were never part of the report.
      await trx
        .deleteFrom('national_report_imports')
        .where('report_id', '=', r.id)
        .where('confirmed_at', 'is', null)
        .where('created_at', '<', new Date(Date.now() - IMPORT_TTL_MS))
        .execute();
      const row = await trx
        .insertInto('national_report_imports')
        .values({
          report_id: r.id,
          format,
          answers: JSON.stringify(incoming),
          base_lock_version: r.lock_version,
          created_by: actor.kind === 'user' ? actor.id : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: 'report.import_previewed',
        itemType: 'national_report',
        itemId: r.id,
        after: { importId: row.id, format, changes: changes.length, emptied: blanking.emptied.length },
      });
      return row.id;
    });
  }
  return { importId, format, baseLockVersion: r.lock_version, changes, errors, valid, ...blanking };
}

/** Shows invalid uploads as well as possible (strings only), so the preview can point at each field. */
function lenient(raw: unknown): Answers {
  try {
    return JSON.parse(JSON.stringify(raw ?? {}, (_k, v) => (typeof v === 'string' ? v.slice(0, 2000) : v))) as Answers;
  } catch {
    return {};
  }
}
