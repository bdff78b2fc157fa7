import { flatten, type Answers } from './answers.ts';
import type { Db } from '../db/engine.ts';
import { AppError, NotFound } from '../foundation/errors.ts';
import type { FieldChange } from './diff.ts';

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
  const b = flatten(before);
  const a = flatten(after);
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

/** A pending upload of this report that may still be confirmed or cancelled. */
export async function pendingImport(db: Db, reportId: number, importId: number) {
  const imp =
    Number.isSafeInteger(importId) && importId > 0
      ? await db.selectFrom('national_report_imports').selectAll().where('id', '=', importId).where('report_id', '=', reportId).executeTakeFirst()
      : undefined;
  if (!imp) throw NotFound('That upload', 'import.not_found');
  if (imp.confirmed_at) throw new AppError('import.already_confirmed', 409, 'This upload was already saved to the draft.');
  if (imp.cancelled_at)
    throw new AppError('import.cancelled', 409, 'This upload was cancelled; nothing from it was saved. Upload the file again if you want to use it.');
  if (Date.now() - new Date(imp.created_at).getTime() > IMPORT_TTL_MS)
    throw new AppError(
      'import.expired',
      410,
      'This upload waited more than a day for confirmation and was discarded; nothing from it was saved. Upload the file again.',
    );
  return imp;
}
