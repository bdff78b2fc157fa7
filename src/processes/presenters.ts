import type { ProcessDetail, ProcessRow } from './queries.ts';

/** The JSON API's view of processes: camelCase, slugs for references, English titles as stored. */
export function presentProcess(p: ProcessRow) {
  return {
    slug: p.slug, title: p.title, startsOn: p.starts_on, endsOn: p.ends_on,
    frameworkVersion: p.framework_version ? { id: p.framework_version, title: p.framework_title } : null,
    counts: { bodies: p.bodies, cycles: p.cycles, sessions: p.sessions, meetings: p.meetings },
  };
}

export function presentDetail(p: ProcessDetail) {
  const bodySlug = new Map(p.bodyList.map((b) => [b.id, b.slug]));
  const cycleSlug = new Map(p.cycleList.map((c) => [c.id, c.slug]));
  return {
    ...presentProcess(p),
    bodies: p.bodyList.map((b) => ({ id: b.id, slug: b.slug, kind: b.kind, title: b.title, theme: b.theme, position: b.position })),
    cycles: p.cycleList.map((c) => ({ id: c.id, slug: c.slug, title: c.title, startsOn: c.starts_on, endsOn: c.ends_on, outcome: c.outcome })),
    sessions: p.sessionList.map((s) => ({
      id: s.id, number: s.number, title: s.title, body: s.body_id ? bodySlug.get(s.body_id) ?? null : null, meetingType: s.meeting_type,
      cycle: s.cycle_id ? cycleSlug.get(s.cycle_id) ?? null : null, startsOn: s.starts_on, endsOn: s.ends_on,
      agendaItems: s.agenda.map((a) => ({ id: a.id, number: a.number, title: a.title, pillar: a.pillar })),
      meetings: s.meetings.map((m) => ({ id: m.id, number: m.number, title: m.title, heldOn: m.held_on, statements: m.statements })),
    })),
  };
}
