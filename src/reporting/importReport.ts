import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../accounts/audit.ts';
import { requireAccess } from '../accounts/policy.ts';
import type { Db } from '../db/engine.ts';
import { AppError, NotFound } from '../foundation/errors.ts';
import { answersSchema, flatten, issueFields, normalise, type Answers } from './answers.ts';
import { getCycle } from './cycles.ts';
import { diffAnswers, type FieldChange } from './diff.ts';
import { csvToFlat, flatToAnswers, jsonToAnswers, parseDocx } from './importParse.ts';
import { loadQuestionnaire } from './questionnaire.ts';
import { getReportFor, reportResource } from './reports.ts';
import { saveDraft } from './commands/saveDraft.ts';
import { templateSecret } from './template.ts';

export type ImportFormat = 'docx' | 'json' | 'csv';

export interface ImportPreview {
  importId: number | null;
  format: ImportFormat;
  baseLockVersion: number;
  changes: (FieldChange & { error?: string })[];
  /** Per field: what is wrong; when any, nothing can be confirmed. */
  errors: Record<string, string>;
  valid: boolean;
  /** Answers the draft has now, and those of them the upload would empty. */
  existing: number;
  emptied: string[];
  /** The upload would empty more than half of the existing answers: confirming needs an explicit yes. */
  emptiesMost: boolean;
}

/** How long a previewed upload waits for its confirmation. */
export const IMPORT_TTL_MS = 24 * 60 * 60 * 1000;

/** Fields answered in `before` that `after` leaves empty, and how many `before` answers at all. */
export function emptiedBy(before: Answers, after: Answers): { existing: number; emptied: string[]; emptiesMost: boolean } {
  const b = flatten(before); const a = flatten(after);
  const existing = Object.keys(b).length;
  const emptied = Object.keys(b).filter((k) => !a[k]);
  return { existing, emptied, emptiesMost: existing > 0 && emptied.length * 2 > existing };
}

export function formatOf(name: string, type: string): ImportFormat | null {
  const n = name.toLowerCase();
  if (n.endsWith('.docx') || type.includes('wordprocessingml')) return 'docx';
  if (n.endsWith('.json') || type.includes('json')) return 'json';
  // Excel's "Unicode text" is tab-separated UTF-16 saved as .txt; it is read as CSV.
  if (n.endsWith('.csv') || n.endsWith('.tsv') || n.endsWith('.txt') || type.includes('csv') || type.includes('tab-separated')) return 'csv';
  return null;
}

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
    if (structure.cycleId !== cycle.id) throw new AppError('import.docx_wrong_cycle', 422, `This questionnaire belongs to cycle ${structure.cycleCode}, not ${cycle.code}. Download the questionnaire of this cycle.`);
    if (structure.stateIso3 && structure.stateIso3 !== r.state_iso3) throw new AppError('import.docx_wrong_state', 422, `This questionnaire was prepared for ${structure.stateIso3}, not ${r.state_iso3}.`);
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
  } catch { /* an upload too malformed to compare still gets its per-field errors */ }
  const valid = Object.keys(errors).length === 0;
  const blanking = emptiedBy(r.draft_answers as Answers, incoming);
  let importId: number | null = null;
  if (valid) {
    importId = await db.transaction().execute(async (trx) => {
      // Uploads left unconfirmed past their time are dropped; they were never part of the report.
      await trx.deleteFrom('national_report_imports').where('report_id', '=', r.id).where('confirmed_at', 'is', null)
        .where('created_at', '<', new Date(Date.now() - IMPORT_TTL_MS)).execute();
      const row = await trx.insertInto('national_report_imports').values({
        report_id: r.id, format, answers: JSON.stringify(incoming), base_lock_version: r.lock_version, created_by: actor.kind === 'user' ? actor.id : null,
      }).returning('id').executeTakeFirstOrThrow();
      await recordAudit(trx, actor, { action: 'report.import_previewed', itemType: 'national_report', itemId: r.id, after: { importId: row.id, format, changes: changes.length, emptied: blanking.emptied.length } });
      return row.id;
    });
  }
  return { importId, format, baseLockVersion: r.lock_version, changes, errors, valid, ...blanking };
}

/** Shows invalid uploads as well as possible (strings only), so the preview can point at each field. */
function lenient(raw: unknown): Answers {
  try { return JSON.parse(JSON.stringify(raw ?? {}, (_k, v) => (typeof v === 'string' ? v.slice(0, 2000) : v))) as Answers; } catch { return {}; }
}

/** A pending upload of this report that may still be confirmed or cancelled. */
export async function pendingImport(db: Db, reportId: number, importId: number) {
  const imp = Number.isSafeInteger(importId) && importId > 0
    ? await db.selectFrom('national_report_imports').selectAll().where('id', '=', importId).where('report_id', '=', reportId).executeTakeFirst()
    : undefined;
  if (!imp) throw NotFound('That upload', 'import.not_found');
  if (imp.confirmed_at) throw new AppError('import.already_confirmed', 409, 'This upload was already saved to the draft.');
  if (imp.cancelled_at) throw new AppError('import.cancelled', 409, 'This upload was cancelled; nothing from it was saved. Upload the file again if you want to use it.');
  if (Date.now() - new Date(imp.created_at).getTime() > IMPORT_TTL_MS) throw new AppError('import.expired', 410, 'This upload waited more than a day for confirmation and was discarded; nothing from it was saved. Upload the file again.');
  return imp;
}

/**
 * Applies a previewed upload as a draft save, with the lock version the preview was based on. An
 * upload that would empty more than half of the draft's answers needs `confirmEmptying`: the
 * confirmation page lists what would be emptied and sends it only from its Confirm button.
 */
export async function confirmImport(db: Db, actor: Actor, reportId: number, importId: number, opts: { confirmEmptying?: boolean } = {}) {
  const r = await getReportFor(db, actor, reportId);
  requireAccess(actor, 'report.write', reportResource(r));
  const imp = await pendingImport(db, r.id, importId);
  const blanking = emptiedBy(r.draft_answers as Answers, imp.answers);
  if (blanking.emptiesMost && !opts.confirmEmptying && r.lock_version === imp.base_lock_version) {
    throw new AppError('import.confirm_emptying', 409, `This upload would empty ${blanking.emptied.length} of the draft's ${blanking.existing} answers. Confirm that these answers should be emptied, or cancel the upload.`,
      Object.fromEntries(blanking.emptied.map((k) => [k, 'Would be emptied.'])));
  }
  const saved = await saveDraft(db, actor, r.id, { lockVersion: imp.base_lock_version, answers: imp.answers });
  await db.updateTable('national_report_imports').set({ confirmed_at: new Date() }).where('id', '=', imp.id).execute();
  return saved;
}
