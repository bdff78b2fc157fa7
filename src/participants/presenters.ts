import { z } from 'zod';
import type { comparison, listOrganisations, listRegionalGroups, listStates, stateProfile } from './queries.ts';
import type { ParticipantRef } from './resolve.ts';

/**
 * The participants API's response shapes: camelCase, never a table row. Names are the stored English
 * ones (pages translate them). Vocabulary: `regionalGroup` is a UN regional group (WEOG, GRULAC …);
 * `regionalOrganisations` are the intergovernmental regional organisations a State belongs to (EU,
 * AU, ASEAN …); `organisations` (the list) are those, speaking groups and UN entities, told apart by
 * `kind`. Stakeholder organisations (NGOs, companies, academia) are another capability's `stakeholders`.
 */
export const StateListItemSchema = z.object({
  iso3: z.string(),
  m49: z.string(),
  name: z.string(),
  names: z.array(z.string()),
  regionalGroup: z.string().nullable(),
  alsoCaucuses: z.array(z.string()),
  observer: z.boolean(),
  observerInGroup: z.boolean(),
  regionalOrganisations: z.array(z.string()).describe('ids of the regional organisations it belongs to'),
});
export const presentStateListItem = (s: Awaited<ReturnType<typeof listStates>>[number]) => ({
  iso3: s.iso3,
  m49: s.m49,
  name: s.official_name,
  names: [...s.names],
  regionalGroup: s.regional_group,
  alsoCaucuses: [...s.also_caucuses],
  observer: s.observer,
  observerInGroup: s.observer_in_group,
  regionalOrganisations: [...s.organisations],
});

export const StateSchema = z.object({
  iso3: z.string(),
  m49: z.string(),
  name: z.string(),
  names: z.array(z.string()),
  adjectives: z.array(z.string()),
  regionalGroup: z.string().nullable(),
  alsoCaucuses: z.array(z.string()),
  observer: z.boolean(),
  observerInGroup: z.boolean(),
  regionalOrganisations: z.array(z.string()),
});
export const presentState = (s: NonNullable<Awaited<ReturnType<typeof stateProfile>>>) => ({
  iso3: s.iso3,
  m49: s.m49,
  name: s.official_name,
  names: [...s.names],
  adjectives: [...s.adjectives],
  regionalGroup: s.regional_group,
  alsoCaucuses: [...s.also_caucuses],
  observer: s.observer,
  observerInGroup: s.observer_in_group,
  regionalOrganisations: s.organisations.map((o) => o.id),
});

export const RegionalGroupSchema = z.object({ id: z.string(), name: z.string() });
export const presentRegionalGroup = (g: Awaited<ReturnType<typeof listRegionalGroups>>[number]) => ({ id: g.id, name: g.name });

export const OrganisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['regional-organisation', 'speaking-group', 'un-entity']),
  aliases: z.array(z.string()),
});
export const presentOrganisation = (o: Awaited<ReturnType<typeof listOrganisations>>[number]) => ({
  id: o.id,
  name: o.name,
  kind: o.kind,
  aliases: [...o.aliases],
});

export const ParticipantSchema = z.object({ kind: z.enum(['state', 'group', 'organisation']), id: z.string() });
export const ResolvedSchema = z.object({ text: z.string(), participant: ParticipantSchema.nullable() });
export const presentParticipant = (p: ParticipantRef | null) => (p ? { kind: p.kind, id: p.id } : null);

const StanceValue = z.string().describe('supports | opposes | premature | open | conditional');
export const ComparisonSchema = z.object({
  states: z.array(z.string()),
  statuses: z.record(
    z.string(),
    z
      .object({
        reportId: z.number().int(),
        cycle: z.object({ id: z.number().int(), title: z.string(), code: z.string() }),
        elements: z.record(z.string(), z.string()).describe('reported status per element id'),
      })
      .nullable(),
  ),
  statements: z.array(z.object({ element: z.string(), state: z.string(), n: z.number().int() })),
  stances: z.array(z.object({ question: z.string(), state: z.string(), value: StanceValue, n: z.number().int() })),
  reports: z.record(
    z.string(),
    z.array(z.object({ id: z.number().int(), cycle: z.string().describe('the cycle title'), status: z.string(), href: z.string() })),
  ),
});
export const presentComparison = (codes: string[], d: Awaited<ReturnType<typeof comparison>>) => ({
  states: [...codes],
  statuses: Object.fromEntries(
    codes.map((s) => {
      const m = d.latest?.byState[s];
      return [s, m ? { reportId: m.reportId, cycle: { id: m.cycle.id, title: m.cycle.title, code: m.cycle.code }, elements: { ...m.statuses } } : null];
    }),
  ),
  statements: d.subjects.map((x) => ({ element: x.element, state: x.state, n: x.n })),
  stances: d.stances.map((x) => ({ question: x.question, state: x.state, value: x.value, n: x.n })),
  reports: Object.fromEntries(
    codes.map((s) => [s, d.reports[s]!.map((r) => ({ id: r.id, cycle: r.cycle_title, status: r.status, href: `/api/v1/reports/${r.id}` }))]),
  ),
});
