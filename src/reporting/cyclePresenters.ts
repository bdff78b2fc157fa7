import { z } from 'zod';
import { iso, IsoDate, IsoDateTime } from '../foundation/present.ts';
import { submissionWindow, type Cycle, type Window } from './cycles.ts';
import type { cycleMonitor } from './queries.ts';
import type { Questionnaire } from './questionnaire.ts';
import type { Rule } from './rules.ts';

/**
 * The reporting API's response shapes for cycles: a cycle and its questionnaire, its validation rules,
 * reopening, the monitor and reminders (the Secretariat's). Reports, revisions and uploads are in presenters.ts.
 */
const WindowSchema = z.enum(['not-open', 'open', 'closed', 'reopened']);

export const CycleSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  title: z.string(),
  processId: z.number().int(),
  frameworkVersion: z.string(),
  opensOn: IsoDate,
  dueOn: IsoDate,
  closesOn: IsoDate,
  /** Whether States may submit now: not-open | open | closed (reopened is per State). */
  window: WindowSchema,
  demo: z.boolean(),
});
export const CycleListItemSchema = CycleSchema.extend({ expected: z.number().int().describe('States expected to report') });
type CycleRow = Pick<Cycle, 'id' | 'code' | 'title' | 'framework_version' | 'opens_on' | 'due_on' | 'closes_on' | 'demo'> & { process_id: number };
export const presentCycle = (c: CycleRow, window: Window) => ({
  id: c.id,
  code: c.code,
  title: c.title,
  processId: c.process_id,
  frameworkVersion: c.framework_version,
  opensOn: c.opens_on,
  dueOn: c.due_on,
  closesOn: c.closes_on,
  window,
  demo: c.demo,
});
export const presentCycleListItem = (c: CycleRow & { expected: number | string | null }, window: Window) => ({
  ...presentCycle(c, window),
  expected: Number(c.expected ?? 0),
});

export const QuestionnaireSchema = z.object({
  frameworkVersion: z.string(),
  pillars: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      elements: z.array(z.object({ id: z.string(), title: z.string(), description: z.string(), source: z.string() })),
    }),
  ),
  elementIds: z.array(z.string()),
});
export const presentQuestionnaire = (q: Questionnaire) => ({
  frameworkVersion: q.frameworkVersion,
  pillars: q.pillars.map((p) => ({
    id: p.id,
    title: p.title,
    elements: p.elements.map((e) => ({ id: e.id, title: e.title, description: e.description, source: e.source })),
  })),
  elementIds: [...q.elementIds],
});

export const RuleSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['required', 'implemented-needs-measure', 'min-length', 'max-length']),
  target: z.string().nullable(),
  field: z.string().nullable(),
  amount: z.number().int().nullable(),
  severity: z.enum(['error', 'warning']),
});
export const presentRule = (r: Rule) => ({ id: r.id, kind: r.kind, target: r.target, field: r.field, amount: r.amount, severity: r.severity });

export const ReopenedSchema = z.object({ cycleId: z.number().int(), stateIso3: z.string(), until: IsoDateTime });
export const presentReopened = (r: { cycleId: number; stateIso3: string; until: Date | string }) => ({
  cycleId: r.cycleId,
  stateIso3: r.stateIso3,
  until: iso(r.until),
});

const MONITOR_STATES = ['not-started', 'missing', 'draft', 'submitted-on-time', 'submitted-late', 'withdrawn'] as const;
const CountsSchema = z.object({
  expected: z.number().int(),
  ...(Object.fromEntries(MONITOR_STATES.map((s) => [s, z.number().int()])) as Record<(typeof MONITOR_STATES)[number], z.ZodNumber>),
});
export const MonitorSchema = z.object({
  cycle: CycleSchema,
  totals: CountsSchema,
  groups: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      counts: CountsSchema,
      states: z.array(
        z.object({
          iso3: z.string(),
          name: z.string(),
          state: z.enum(MONITOR_STATES),
          reportId: z.number().int().nullable(),
          revision: z.number().int(),
          firstSubmittedAt: IsoDateTime.nullable(),
          reminders: z.number().int(),
          lastReminder: IsoDateTime.nullable(),
          reopenedUntil: IsoDateTime.nullable(),
        }),
      ),
    }),
  ),
});
type Monitor = Awaited<ReturnType<typeof cycleMonitor>>;
const presentCounts = (c: Monitor['totals']) =>
  ({ expected: c.expected, ...Object.fromEntries(MONITOR_STATES.map((s) => [s, c[s]])) }) as z.infer<typeof CountsSchema>;
export const presentMonitor = (m: Monitor) => ({
  cycle: presentCycle(m.cycle, submissionWindow(m.cycle, null)),
  totals: presentCounts(m.totals),
  groups: m.groups.map((g) => ({
    id: g.id,
    name: g.name,
    counts: presentCounts(g.counts),
    states: g.states.map((s) => ({
      iso3: s.state_iso3,
      name: s.official_name,
      state: s.state,
      reportId: s.report_id,
      revision: s.current_revision ?? 0,
      firstSubmittedAt: iso(s.first_submitted_at),
      reminders: s.reminders,
      lastReminder: iso(s.last_reminder),
      reopenedUntil: iso(s.reopened_until),
    })),
  })),
});

export const RemindersSchema = z.object({
  cycleId: z.number().int(),
  states: z.array(z.string()),
  delivery: z.object({
    sent: z.number().int(),
    queued: z.number().int(),
    failed: z.number().int(),
    notConfigured: z.number().int(),
    cancelled: z.number().int(),
  }),
});
export const presentReminders = (r: z.infer<typeof RemindersSchema>) => ({
  cycleId: r.cycleId,
  states: [...r.states],
  delivery: {
    sent: r.delivery.sent,
    queued: r.delivery.queued,
    failed: r.delivery.failed,
    notConfigured: r.delivery.notConfigured,
    cancelled: r.delivery.cancelled,
  },
});
