import type { Kysely } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import { canSee } from '../accounts/policy.ts';
import type { Database } from '../schema.ts';
import { AppError, NotFound } from '../foundation/errors.ts';
import { FormError, messagesOfIssues } from './fieldErrors.ts';
import { answersSchema, issueFields, normalise, type Answers } from './answers.ts';

/** A report row (without the draft answers unless asked). */
export async function getReportRow(db: Kysely<Database>, id: number, opts: { forUpdate?: boolean } = {}) {
  if (!Number.isSafeInteger(id) || id <= 0) throw NotFound('That report', 'report.not_found');
  let q = db.selectFrom('national_reports').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r) throw NotFound('That report', 'report.not_found');
  return r;
}
export type ReportRow = Awaited<ReturnType<typeof getReportRow>>;

/** The owner resource of a report, for `can(actor, 'report.write', …)` and `canSee`. */
export const reportResource = (r: Pick<ReportRow, 'state_iso3' | 'visibility'>) => ({ ownerStateIso3: r.state_iso3, visibility: r.visibility });

/** Whether this actor is the report's own delegation (the only one who reads the working draft). */
export const isOwner = (actor: Actor, r: Pick<ReportRow, 'state_iso3'>) =>
  actor.kind === 'user' && actor.role === 'delegate' && actor.stateIso3 === r.state_iso3;

/** The same visibility rule as `visibleReports`, for one report already loaded. */
export function canSeeReport(actor: Actor, r: Pick<ReportRow, 'state_iso3' | 'visibility' | 'status'>) {
  if (actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'secretariat') || isOwner(actor, r)) return true;
  return r.status === 'submitted' && canSee(actor, { visibility: r.visibility });
}

/**
 * A report for a write command: one the actor may not even see answers 404 exactly like a missing
 * one, so a refusal never tells another delegation which report ids exist.
 */
export async function getReportFor(db: Kysely<Database>, actor: Actor, id: number, opts: { forUpdate?: boolean } = {}) {
  const r = await getReportRow(db, id, opts);
  if (!canSeeReport(actor, r)) throw NotFound('That report', 'report.not_found');
  return r;
}

/** A save based on an old lock_version. Carries both versions so the page/API can show them; nothing is lost. */
export class StaleDraft extends AppError {
  constructor(
    readonly yours: { lockVersion: number; answers: Answers },
    readonly current: { lockVersion: number; answers: Answers; savedAt: Date | null; savedBy: string | null },
  ) {
    super(
      'report.stale',
      409,
      `Someone else from your delegation saved this report (version ${current.lockVersion}) after you opened it (version ${yours.lockVersion}). Your text was not saved: compare both versions, merge, and save again.`,
    );
  }
}

/** Validates answers against the cycle's questionnaire, with one message per flat field. */
export function validateAnswers(input: unknown, elementIds: readonly string[], code = 'report.invalid'): Answers {
  const parsed = answersSchema(elementIds).safeParse(input ?? {});
  if (!parsed.success) {
    const fields = issueFields(parsed.error.issues as never);
    // The same English for the API as ever; the keys let the form show each message in the reader's language.
    throw new FormError(
      code,
      400,
      `Some answers are not valid — ${Object.entries(fields)
        .slice(0, 5)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ')}`,
      messagesOfIssues(parsed.error.issues as never),
      fields,
    );
  }
  return normalise(parsed.data as Answers);
}

export const receiptFor = (cycleCode: string, iso3: string, revision: number) => `${cycleCode}/${iso3}/R${revision}`;
