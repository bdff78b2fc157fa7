import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { amendmentsOf, listDrafts } from '../drafting/queries.ts';
import { noticesOfState } from '../notifications/notices.ts';
import { listPointsOfContact, outstandingAcks } from '../registry/queries.ts';
import { listCycles, submissionWindow } from '../reporting/cycles.ts';
import { reportsOfState } from '../reporting/queries.ts';

/** A directory entry not revised for a year is due for confirmation (the UNODA directory asks yearly). */
export const CONFIRM_AFTER_DAYS = 365;
const DAY = 86_400_000;

/**
 * Everything a delegation has to do now, read through each capability's own queries (so each
 * capability's visibility rules apply) and never written: open reporting cycles with its report's
 * state, report drafts, drafts open for amendment and amendments of other States awaiting its
 * reaction, points of contact to confirm, acknowledgements outstanding, and its notices.
 */
export async function delegationTasks(db: Db, actor: Actor & { kind: 'user' }, stateIso3: string, now = new Date()) {
  const [cycles, expected, reports, drafts, pointsOfContact, communicationChecks, notices] = await Promise.all([
    listCycles(db),
    db.selectFrom('reporting_expected_states').select(['cycle_id', 'reopened_until']).where('state_iso3', '=', stateIso3).execute(),
    reportsOfState(db, actor, stateIso3),
    listDrafts(db, actor),
    listPointsOfContact(db, actor, { state: stateIso3 }),
    outstandingAcks(db, actor, stateIso3, now),
    noticesOfState(db, stateIso3, 20),
  ]);
  const reopened = new Map(expected.map((e) => [e.cycle_id, e.reopened_until ? new Date(e.reopened_until) : null]));
  const openCycles = cycles
    .filter((c) => reopened.has(c.id))
    .map((c) => {
      const window = submissionWindow(c, reopened.get(c.id) ?? null, now);
      const report = reports.find((r) => r.cycle_id === c.id) ?? null;
      return {
        id: c.id,
        title: c.title,
        due_on: c.due_on,
        closes_on: c.closes_on,
        window,
        report,
        overdue: now.getTime() > new Date(`${c.due_on}T23:59:59.999Z`).getTime(),
      };
    })
    .filter((c) => (c.window === 'open' || c.window === 'reopened') && c.report?.status !== 'submitted')
    .sort((a, b) => a.due_on.localeCompare(b.due_on));
  const reportDrafts = reports.filter((r) => r.status === 'draft');

  // Drafts with an issued version are open to amendment; their amendments by other States that this
  // delegation has neither sponsored nor reacted to await its reaction.
  const openDrafts = drafts.filter((d) => d.latest_issued !== null).slice(0, 10);
  const awaiting: Array<{
    draftId: number;
    draftTitle: string;
    amendmentId: number;
    paragraph: number;
    delegation: string;
    stateIso3: string;
    version: number;
  }> = [];
  for (const d of openDrafts) {
    for (const a of await amendmentsOf(db, d.id)) {
      if (a.status !== 'proposed' || a.state_iso3 === stateIso3 || a.version_number !== d.latest_issued) continue;
      const involved = [...a.cosponsors, ...a.supporters, ...a.objectors].some((s) => s.iso3 === stateIso3);
      if (!involved)
        awaiting.push({
          draftId: d.id,
          draftTitle: d.title,
          amendmentId: a.id,
          paragraph: a.paragraph_number,
          delegation: a.delegation,
          stateIso3: a.state_iso3,
          version: a.version_number,
        });
    }
  }

  const active = pointsOfContact.filter((p) => p.active);
  const stale = active.filter((p) => now.getTime() - new Date(p.created_at).getTime() > CONFIRM_AFTER_DAYS * DAY);
  const missingRoles = (['diplomatic', 'technical'] as const).filter((role) => !active.some((p) => p.role === role));

  return {
    stateIso3,
    cycles: openCycles,
    reportDrafts,
    drafts: openDrafts.map((d) => ({ id: d.id, title: d.title, latest_issued: d.latest_issued })),
    amendments: awaiting,
    pointsOfContact: {
      stale: stale.map((p) => ({ pointOfContactId: p.point_of_contact_id, name: p.name, role: p.role, confirmedAt: p.created_at })),
      missingRoles,
    },
    communicationChecks,
    notices,
  };
}
export type DelegationTasks = Awaited<ReturnType<typeof delegationTasks>>;

/** How many things need doing, for the navigation badge and the API. */
export const taskCount = (t: DelegationTasks) =>
  t.cycles.length + t.amendments.length + t.pointsOfContact.stale.length + t.pointsOfContact.missingRoles.length + t.communicationChecks.length;
