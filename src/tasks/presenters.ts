import { z } from 'zod';
import { iso, IsoDate, IsoDateTime } from '../foundation/present.ts';
import { presentReportListItem, ReportListItemSchema } from '../reporting/presenters.ts';
import { taskCount, type DelegationTasks } from './queries.ts';

/**
 * The tasks API's response shape: camelCase, dates as ISO strings, never a table row; reports are
 * presented by reporting's own presenter. Vocabulary as on the page: `pointsOfContact` are the
 * delegation's points of contact (`pointOfContactId`), `acknowledgements` are those its points of contact still
 * owe, each for a communication check (`communicationCheckId`) or a communication.
 */
export const TasksSchema = z.object({
  count: z.number().int().describe('open items: cycles, amendments, points of contact to confirm or add, acknowledgements'),
  stateIso3: z.string(),
  cycles: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      dueOn: IsoDate,
      closesOn: IsoDate,
      window: z.enum(['open', 'reopened']),
      overdue: z.boolean(),
      report: ReportListItemSchema.nullable().describe("the delegation's report in the cycle, when started"),
    }),
  ),
  reportDrafts: z.array(ReportListItemSchema),
  drafts: z.array(z.object({ id: z.number().int(), title: z.string(), latestIssued: z.number().int().nullable() }).describe('drafts open for amendment')),
  amendments: z.array(
    z
      .object({
        draftId: z.number().int(),
        draftTitle: z.string(),
        amendmentId: z.number().int(),
        paragraph: z.number().int(),
        delegation: z.string(),
        stateIso3: z.string(),
        version: z.number().int(),
      })
      .describe("another State's amendment awaiting this delegation's reaction"),
  ),
  pointsOfContact: z.object({
    stale: z.array(z.object({ pointOfContactId: z.number().int(), name: z.string(), role: z.string(), confirmedAt: IsoDateTime })),
    missingRoles: z.array(z.enum(['diplomatic', 'technical'])),
  }),
  acknowledgements: z.array(
    z.object({
      id: z.number().int(),
      communicationCheckId: z.number().int().nullable(),
      communicationId: z.number().int().nullable(),
      name: z.string(),
      role: z.string(),
      respondBy: IsoDateTime.nullable(),
      expiresAt: IsoDateTime,
      followUps: z.number().int(),
      emailStatus: z.string(),
      overdue: z.boolean(),
    }),
  ),
  notices: z.array(
    z.object({
      id: z.number().int(),
      kind: z.string(),
      messageKey: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
      link: z.string().nullable(),
      createdAt: IsoDateTime,
    }),
  ),
});

export const presentTasks = (t: DelegationTasks): z.infer<typeof TasksSchema> => ({
  count: taskCount(t),
  stateIso3: t.stateIso3,
  cycles: t.cycles.map((c) => ({
    id: c.id,
    title: c.title,
    dueOn: c.due_on,
    closesOn: c.closes_on,
    window: c.window as 'open' | 'reopened',
    overdue: c.overdue,
    report: c.report ? presentReportListItem(c.report) : null,
  })),
  reportDrafts: t.reportDrafts.map(presentReportListItem),
  drafts: t.drafts.map((d) => ({ id: d.id, title: d.title, latestIssued: d.latest_issued })),
  amendments: t.amendments.map((a) => ({
    draftId: a.draftId,
    draftTitle: a.draftTitle,
    amendmentId: a.amendmentId,
    paragraph: a.paragraph,
    delegation: a.delegation,
    stateIso3: a.stateIso3,
    version: a.version,
  })),
  pointsOfContact: {
    stale: t.pointsOfContact.stale.map((p) => ({ pointOfContactId: p.pointOfContactId, name: p.name, role: p.role, confirmedAt: iso(p.confirmedAt) })),
    missingRoles: [...t.pointsOfContact.missingRoles],
  },
  acknowledgements: t.communicationChecks.map((a) => ({
    id: a.id,
    communicationCheckId: a.communication_check_id,
    communicationId: a.communication_id,
    name: a.name,
    role: a.role,
    respondBy: iso(a.respond_by),
    expiresAt: iso(a.expires_at),
    followUps: a.follow_ups,
    emailStatus: a.email_status,
    overdue: a.overdue,
  })),
  notices: t.notices.map((n) => ({ id: n.id, kind: n.kind, messageKey: n.message_key, params: { ...n.params }, link: n.link, createdAt: iso(n.created_at) })),
});
