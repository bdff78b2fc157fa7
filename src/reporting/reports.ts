import type { Kysely } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import { can } from '../accounts/policy.ts';
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

/** A report as the policy sees it, for `can(actor, 'report.write' | 'report.read' | 'report.readDraft', …)`. */
export const reportResource = (r: Pick<ReportRow, 'state_iso3' | 'visibility' | 'status'>) => ({
  ownerStateIso3: r.state_iso3,
  visibility: r.visibility,
  submitted: r.status === 'submitted',
});

/** The one visibility rule of reports (`report.read`), for one report already loaded; `visibleReports` is its SQL. */
export const canSeeReport = (actor: Actor, r: Pick<ReportRow, 'state_iso3' | 'visibility' | 'status'>) => can(actor, 'report.read', reportResource(r));

/** The State whose reports this actor writes (a delegate of that State), or null. */
export function reportingState(actor: Actor): string | null {
  const iso3 = actor.kind === 'user' ? actor.stateIso3 : null;
  return iso3 && can(actor, 'report.write', { ownerStateIso3: iso3 }) ? iso3 : null;
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
