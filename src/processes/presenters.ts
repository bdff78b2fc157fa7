import { z } from 'zod';
import { BODY_KINDS, MEETING_TYPES } from './tables.ts';
import type { ProcessDetail, ProcessRow } from './queries.ts';

/**
 * The JSON API's view of processes: camelCase, slugs for references, English titles as stored,
 * calendar days as YYYY-MM-DD. Each presenter's output is typed by its schema, so the schema the
 * OpenAPI document declares is the shape the route sends.
 */
const day = z.string().describe('YYYY-MM-DD');
const BodyKind = z.enum(BODY_KINDS as [string, ...string[]]);
const MeetingType = z.enum(MEETING_TYPES as [string, ...string[]]);

export const ProcessSummary = z.object({
  slug: z.string(),
  title: z.string(),
  startsOn: day.nullable(),
  endsOn: day.nullable(),
  frameworkVersion: z.object({ id: z.string(), title: z.string().nullable() }).nullable(),
  counts: z.object({ bodies: z.number(), cycles: z.number(), sessions: z.number(), meetings: z.number() }),
});
export const ProcessList = z.object({ processes: z.array(ProcessSummary) });

const Body = z.object({ id: z.number(), slug: z.string(), kind: BodyKind, title: z.string(), theme: z.string().nullable(), position: z.number() });
const Cycle = z.object({ id: z.number(), slug: z.string(), title: z.string(), startsOn: day.nullable(), endsOn: day.nullable(), outcome: z.string() });
const AgendaItem = z.object({ id: z.number(), number: z.string(), title: z.string(), pillar: z.string().nullable() });
const Session = z.object({
  id: z.number(),
  number: z.number(),
  title: z.string(),
  body: z.string().nullable().describe("the body's slug"),
  meetingType: MeetingType.nullable(),
  cycle: z.string().nullable().describe("the cycle's slug"),
  startsOn: day.nullable(),
  endsOn: day.nullable(),
  agendaItems: z.array(AgendaItem),
  meetings: z.array(z.object({ id: z.number(), number: z.number(), title: z.string().nullable(), heldOn: day.nullable(), statements: z.number() })),
});
export const ProcessDetailOut = z.object({ process: ProcessSummary.extend({ bodies: z.array(Body), cycles: z.array(Cycle), sessions: z.array(Session) }) });

export function presentProcess(p: ProcessRow): z.infer<typeof ProcessSummary> {
  return {
    slug: p.slug,
    title: p.title,
    startsOn: p.starts_on,
    endsOn: p.ends_on,
    frameworkVersion: p.framework_version ? { id: p.framework_version, title: p.framework_title } : null,
    counts: { bodies: Number(p.bodies), cycles: Number(p.cycles), sessions: Number(p.sessions), meetings: Number(p.meetings) },
  };
}

export function presentDetail(p: ProcessDetail): z.infer<typeof ProcessDetailOut>['process'] {
  const bodySlug = new Map(p.bodyList.map((b) => [b.id, b.slug]));
  const cycleSlug = new Map(p.cycleList.map((c) => [c.id, c.slug]));
  return {
    ...presentProcess(p),
    bodies: p.bodyList.map((b) => ({ id: b.id, slug: b.slug, kind: b.kind, title: b.title, theme: b.theme, position: b.position })),
    cycles: p.cycleList.map((c) => ({ id: c.id, slug: c.slug, title: c.title, startsOn: c.starts_on, endsOn: c.ends_on, outcome: c.outcome })),
    sessions: p.sessionList.map((s) => ({
      id: s.id,
      number: s.number,
      title: s.title,
      body: s.body_id ? (bodySlug.get(s.body_id) ?? null) : null,
      meetingType: s.meeting_type,
      cycle: s.cycle_id ? (cycleSlug.get(s.cycle_id) ?? null) : null,
      startsOn: s.starts_on,
      endsOn: s.ends_on,
      agendaItems: s.agenda.map((a) => ({ id: a.id, number: a.number, title: a.title, pillar: a.pillar })),
      meetings: s.meetings.map((m) => ({ id: m.id, number: m.number, title: m.title, heldOn: m.held_on, statements: m.statements })),
    })),
  };
}

export const CycleCreated = z.object({ cycle: Cycle.extend({ process: z.string() }) });
export const BodyAdded = z.object({ body: Body.extend({ process: z.string() }) });
export const SessionCreated = z.object({
  session: z.object({
    id: z.number(),
    process: z.string(),
    body: z.string(),
    meetingType: MeetingType,
    cycle: z.string().nullable(),
    number: z.number(),
    title: z.string(),
    startsOn: day,
    endsOn: day,
    agendaItems: z.array(AgendaItem.omit({ id: true })),
  }),
});
export const AgendaItemAdded = z.object({ agendaItem: AgendaItem.extend({ sessionId: z.number(), position: z.number() }) });

type Out<S extends z.ZodType, K extends keyof z.infer<S>> = z.infer<S>[K];
/** The commands already answer in the API's words; these keep only the declared fields. */
export const presentCycle = (c: Out<typeof CycleCreated, 'cycle'>): Out<typeof CycleCreated, 'cycle'> => ({
  id: c.id,
  process: c.process,
  slug: c.slug,
  title: c.title,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  outcome: c.outcome,
});
export const presentBody = (b: Out<typeof BodyAdded, 'body'>): Out<typeof BodyAdded, 'body'> => ({
  id: b.id,
  process: b.process,
  slug: b.slug,
  kind: b.kind,
  title: b.title,
  theme: b.theme,
  position: b.position,
});
export const presentSession = (s: Out<typeof SessionCreated, 'session'>): Out<typeof SessionCreated, 'session'> => ({
  id: s.id,
  process: s.process,
  body: s.body,
  meetingType: s.meetingType,
  cycle: s.cycle,
  number: s.number,
  title: s.title,
  startsOn: s.startsOn,
  endsOn: s.endsOn,
  agendaItems: s.agendaItems.map((a) => ({ number: a.number, title: a.title, pillar: a.pillar })),
});
export const presentAgendaItem = (a: Out<typeof AgendaItemAdded, 'agendaItem'>): Out<typeof AgendaItemAdded, 'agendaItem'> => ({
  id: a.id,
  sessionId: a.sessionId,
  number: a.number,
  title: a.title,
  pillar: a.pillar,
  position: a.position,
});
