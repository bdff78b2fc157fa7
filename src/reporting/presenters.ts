import { z } from 'zod';
import { iso, IsoDateTime } from '../foundation/present.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { ELEMENT_TEXT_FIELDS, NEED_KINDS, PRIORITIES, STATUSES, type Answers } from './answers.ts';
import type { FieldChange } from './diff.ts';
import type { ImportPreview } from './importReport.ts';
import type { getRevision, listReports, listRevisions, listTranslations, reportForActor } from './queries.ts';
import type { Completeness } from './questionnaire.ts';

/**
 * The reporting API's response shapes: camelCase, dates as ISO strings, never a table row. A draft's
 * answers leave only through the routes that check `report.write` first (the draft, a draft export);
 * everything here shows what the caller's visibility already allowed (`reportForActor`, `listReports`).
 * Cycles, their questionnaire, rules and monitor are in cyclePresenters.ts.
 */
const Lang = z.enum(LANGUAGES);
const Visibility = z.enum(['public', 'states', 'secretariat']);
const Status = z.enum(['draft', 'submitted', 'withdrawn']);

// ── answers (drafts, revisions, translations and imports share them) ──────────────────────────
const text = z.string();
export const AnswersSchema = z.object({
  general: z.object({ internationalLawViews: text.optional(), pointsOfContact: text.optional() }).optional(),
  elements: z
    .record(
      z.string(),
      z.object({
        status: z.enum(STATUSES).optional(),
        ...(Object.fromEntries(ELEMENT_TEXT_FIELDS.map((f) => [f, text.optional()])) as Record<
          (typeof ELEMENT_TEXT_FIELDS)[number],
          z.ZodOptional<z.ZodString>
        >),
        links: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  capacityNeeds: z.array(z.object({ element: z.string(), kind: z.enum(NEED_KINDS), priority: z.enum(PRIORITIES), description: text.optional() })).optional(),
});
const CompletenessSchema = z.array(z.object({ pillar: z.string(), answered: z.number().int(), total: z.number().int() }));
const presentCompleteness = (c: Completeness[]) => c.map((p) => ({ pillar: p.pillar, answered: p.answered, total: p.total }));

// ── reports ───────────────────────────────────────────────────────────────────────────────────
export const ReportListItemSchema = z.object({
  id: z.number().int(),
  cycleId: z.number().int(),
  cycle: z.string().describe('the cycle code'),
  state: z.string().describe('ISO alpha-3'),
  stateName: z.string(),
  status: Status,
  visibility: Visibility,
  language: Lang,
  currentRevision: z.number().int(),
  lastSubmittedAt: IsoDateTime.nullable(),
  demo: z.boolean(),
});
export const presentReportListItem = (r: Awaited<ReturnType<typeof listReports>>[number]) => ({
  id: r.id,
  cycleId: r.cycle_id,
  cycle: r.cycle_code,
  state: r.state_iso3,
  stateName: r.state_name,
  status: r.status,
  visibility: r.visibility,
  language: r.language,
  currentRevision: r.current_revision,
  lastSubmittedAt: iso(r.last_submitted_at),
  demo: r.demo,
});

export const ReportSchema = z.object({
  id: z.number().int(),
  cycle: z.object({ id: z.number().int(), code: z.string(), title: z.string() }),
  state: z.object({ iso3: z.string(), name: z.string() }),
  language: Lang,
  visibility: Visibility,
  status: Status,
  currentRevision: z.number().int(),
  firstSubmittedAt: IsoDateTime.nullable(),
  lastSubmittedAt: IsoDateTime.nullable(),
  withdrawnAt: IsoDateTime.nullable(),
  demo: z.boolean(),
});
export const presentReport = (r: Awaited<ReturnType<typeof reportForActor>>) => ({
  id: r.report.id,
  cycle: { id: r.cycle.id, code: r.cycle.code, title: r.cycle.title },
  state: { iso3: r.state.iso3, name: r.state.official_name },
  language: r.report.language,
  visibility: r.report.visibility,
  status: r.report.status,
  currentRevision: r.report.current_revision,
  firstSubmittedAt: iso(r.report.first_submitted_at),
  lastSubmittedAt: iso(r.report.last_submitted_at),
  withdrawnAt: iso(r.report.withdrawn_at),
  demo: r.report.demo,
});

export const RevisionSummarySchema = z.object({
  revision: z.number().int(),
  receipt: z.string(),
  checksum: z.string(),
  submittedAt: IsoDateTime,
  submittedBy: z.string(),
  onTime: z.boolean(),
  language: Lang,
});
export const RevisionSchema = RevisionSummarySchema.extend({ answers: AnswersSchema });
export const presentRevisionSummary = (r: Awaited<ReturnType<typeof listRevisions>>[number]) => ({
  revision: r.revision,
  receipt: r.receipt,
  checksum: r.checksum,
  submittedAt: iso(r.submitted_at),
  submittedBy: r.submitted_by_label,
  onTime: r.on_time,
  language: r.language,
});
export const presentRevision = (r: Awaited<ReturnType<typeof getRevision>>) => ({ ...presentRevisionSummary(r), answers: r.answers });

export const LatestRevisionSchema = z.object({
  revision: z.number().int(),
  receipt: z.string(),
  submittedAt: IsoDateTime,
  onTime: z.boolean(),
  checksum: z.string(),
  answers: AnswersSchema,
  completeness: CompletenessSchema,
});
export const presentLatest = (r: Awaited<ReturnType<typeof getRevision>>, c: Completeness[]) => ({
  revision: r.revision,
  receipt: r.receipt,
  submittedAt: iso(r.submitted_at),
  onTime: r.on_time,
  checksum: r.checksum,
  answers: r.answers,
  completeness: presentCompleteness(c),
});

export const SettingsSchema = z.object({ id: z.number().int(), visibility: Visibility, language: Lang });

export const DraftSchema = z.object({
  reportId: z.number().int(),
  lockVersion: z.number().int(),
  savedAt: IsoDateTime.nullable(),
  answers: AnswersSchema,
  completeness: CompletenessSchema,
});
export const presentDraft = (r: { id: number; lock_version: number; draft_saved_at: Date | null }, answers: Answers, c: Completeness[]) => ({
  reportId: r.id,
  lockVersion: r.lock_version,
  savedAt: iso(r.draft_saved_at),
  answers,
  completeness: presentCompleteness(c),
});
export const SavedSchema = z.object({ reportId: z.number().int(), lockVersion: z.number().int(), savedAt: IsoDateTime.nullable() });
export const presentSaved = (s: { id: number; lockVersion: number; savedAt: Date | null }) => ({
  reportId: s.id,
  lockVersion: s.lockVersion,
  savedAt: iso(s.savedAt),
});
export const SavedDraftSchema = SavedSchema.extend({
  warnings: z.array(z.object({ field: z.string(), severity: z.enum(['error', 'warning']), ruleId: z.number().int().nullable(), message: z.string() })),
});

export const ReceiptSchema = z.object({
  revision: z.number().int(),
  receipt: z.string(),
  checksum: z.string(),
  submittedAt: IsoDateTime,
  onTime: z.boolean(),
  receiptUrl: z.string(),
});
export const presentReceipt = (r: { reportId: number; revision: number; receipt: string; checksum: string; submitted_at: Date; on_time: boolean }) => ({
  revision: r.revision,
  receipt: r.receipt,
  checksum: r.checksum,
  submittedAt: iso(r.submitted_at),
  onTime: r.on_time,
  receiptUrl: `/reports/${r.reportId}/revisions/${r.revision}/receipt`,
});

export const WithdrawnSchema = z.object({ id: z.number().int(), status: z.literal('withdrawn'), withdrawnAt: IsoDateTime });
export const presentWithdrawn = (w: { id: number; withdrawnAt: Date }) => ({ id: w.id, status: 'withdrawn' as const, withdrawnAt: iso(w.withdrawnAt) });

export const DiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(z.object({ field: z.string(), kind: z.enum(['added', 'removed', 'changed']), before: z.string().nullable(), after: z.string().nullable() })),
});
export const presentChange = (c: FieldChange) => ({ field: c.field, kind: c.kind, before: c.before, after: c.after });

const Method = z.enum(['human', 'machine']);
export const TranslationSchema = z.object({
  id: z.number().int(),
  language: Lang,
  method: Method,
  translator: z.string(),
  createdAt: IsoDateTime,
  answers: AnswersSchema,
});
export const presentTranslation = (t: Awaited<ReturnType<typeof listTranslations>>[number]) => ({
  id: t.id,
  language: t.language,
  method: t.method,
  translator: t.translator,
  createdAt: iso(t.created_at),
  answers: t.answers as Answers,
});
export const AddedTranslationSchema = z.object({ id: z.number().int(), language: Lang, method: Method, createdAt: IsoDateTime });
export const presentAddedTranslation = (t: { id: number; language: string; method: 'human' | 'machine'; created_at: Date }) => ({
  id: t.id,
  language: t.language as z.infer<typeof Lang>,
  method: t.method,
  createdAt: iso(t.created_at),
});

export const ExportJsonSchema = z.object({
  report: ReportSchema,
  revision: z.number().int().nullable(),
  lockVersion: z.number().int().optional().describe('only for a draft'),
  answers: AnswersSchema,
});

export const PreviewSchema = z.object({
  importId: z.number().int().nullable(),
  format: z.enum(['docx', 'json', 'csv']),
  baseLockVersion: z.number().int(),
  changes: z.array(
    z.object({
      field: z.string(),
      kind: z.enum(['added', 'removed', 'changed']),
      before: z.string().nullable(),
      after: z.string().nullable(),
      error: z.string().optional(),
    }),
  ),
  errors: z.record(z.string(), z.string()),
  valid: z.boolean(),
  existing: z.number().int(),
  emptied: z.array(z.string()),
  emptiesMost: z.boolean(),
});
export const presentPreview = (p: ImportPreview) => ({
  importId: p.importId,
  format: p.format,
  baseLockVersion: p.baseLockVersion,
  changes: p.changes.map((c) => ({ ...presentChange(c), ...(c.error !== undefined ? { error: c.error } : {}) })),
  errors: { ...p.errors },
  valid: p.valid,
  existing: p.existing,
  emptied: [...p.emptied],
  emptiesMost: p.emptiesMost,
});
export const CancelledImportSchema = z.object({ reportId: z.number().int(), importId: z.number().int(), cancelledAt: IsoDateTime });
export const presentCancelledImport = (c: { reportId: number; importId: number; cancelledAt: Date }) => ({
  reportId: c.reportId,
  importId: c.importId,
  cancelledAt: iso(c.cancelledAt),
});
