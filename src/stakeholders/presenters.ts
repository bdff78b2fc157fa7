import { z } from 'zod';
import type { applicationFor, contributionById, listApplications, listContributions, listModalities, representativesOf } from './queries.ts';

/**
 * The JSON API's view of stakeholders: camelCase, instants as ISO strings. Visibility is the
 * queries' (applicationFor gives an applicant's contact and who moved the application on only to
 * the Secretariat, and the objections the reader may see); a field they withhold is left out here,
 * not sent empty. A contribution is always marked as stakeholder input, never a State's position.
 */
const instant = z.string().describe('ISO 8601 date and time');
const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const isoOrNull = (d: Date | string | null) => (d == null ? null : iso(d));
const Status = z.enum(['awaiting-confirmation', 'objection-window', 'accredited', 'not-accredited']);
const Procedure = z.enum(['ecosoc', 'no-objection', 'carried-over']);
type Out<S extends z.ZodType> = z.infer<S>;

// --- accreditation

const Application = z.object({
  id: z.number(),
  organisation: z.object({
    name: z.string(),
    kind: z.enum(['ngo', 'private-sector', 'academia', 'technical-community']),
    id: z.number().nullable().describe('once accredited'),
  }),
  country: z.string().nullable(),
  ecosocStatus: z.enum(['general', 'special', 'roster', 'none']),
  website: z.string().nullable(),
  description: z.string(),
  process: z.object({ slug: z.string(), title: z.string() }),
  procedure: Procedure,
  status: Status,
  windowOpenedAt: instant.nullable(),
  deadline: instant.nullable().describe('the end of the objection window'),
  workingDays: z.number().nullable(),
  outcomeNotice: z.string().nullable(),
  createdAt: instant,
  decidedAt: instant.nullable(),
});
type ApplicationRow = Awaited<ReturnType<typeof listApplications>>[number];
const presentApplicationRow = (a: ApplicationRow): Out<typeof Application> => ({
  id: a.id,
  organisation: { name: a.organisation_name, kind: a.kind, id: a.organisation_id },
  country: a.country_iso3,
  ecosocStatus: a.ecosoc_status,
  website: a.website,
  description: a.description,
  process: { slug: a.process, title: a.process_title },
  procedure: a.procedure,
  status: a.status,
  windowOpenedAt: isoOrNull(a.window_opened_at),
  deadline: isoOrNull(a.deadline_at),
  workingDays: a.working_days,
  outcomeNotice: a.outcome_notice,
  createdAt: iso(a.created_at),
  decidedAt: isoOrNull(a.decided_at),
});
export const Applications = z.object({ applications: z.array(Application) });
export const presentApplications = (rows: ApplicationRow[]): Out<typeof Applications> => ({ applications: rows.map(presentApplicationRow) });

export const ApplicationDetail = z.object({
  application: Application.extend({
    contact: z.object({ name: z.string(), email: z.string() }).optional().describe('the Secretariat only'),
    history: z.array(z.object({ status: z.string(), at: instant, by: z.string().optional().describe('the Secretariat only'), note: z.string() })),
    objections: z
      .array(z.object({ id: z.number(), state: z.string(), stateName: z.string(), basis: z.string(), sharedWithStates: z.boolean(), createdAt: instant }))
      .describe("those the reader may see: all for the Chair and Secretariat, a delegation's own, and those shared with States"),
    objectionCount: z.number(),
    ownObjection: z.boolean().describe("whether the reader's State has objected"),
  }),
});
export const presentApplication = (a: NonNullable<Awaited<ReturnType<typeof applicationFor>>>): Out<typeof ApplicationDetail> => ({
  application: {
    ...presentApplicationRow(a),
    ...(a.contact_name != null && a.contact_email != null ? { contact: { name: a.contact_name, email: a.contact_email } } : {}),
    history: a.history.map((h) => ({ status: h.status, at: iso(h.at), ...(h.actor_label != null ? { by: h.actor_label } : {}), note: h.note })),
    objections: a.objections.map((o) => ({
      id: o.id,
      state: o.state_iso3,
      stateName: o.state_name,
      basis: o.basis,
      sharedWithStates: o.shared_with_states,
      createdAt: iso(o.created_at),
    })),
    objectionCount: a.objectionCount,
    ownObjection: a.ownObjection,
  },
});

export const ApplicationFiled = z.object({ application: z.object({ id: z.number(), status: Status, procedure: Procedure, deadline: instant.nullable() }) });
export const presentFiled = (a: {
  id: number;
  status: Out<typeof Status>;
  procedure: Out<typeof Procedure>;
  deadline_at: Date | null;
}): Out<typeof ApplicationFiled> => ({ application: { id: a.id, status: a.status, procedure: a.procedure, deadline: isoOrNull(a.deadline_at) } });

export const ObjectionFiled = z.object({ objection: z.object({ id: z.number(), state: z.string(), shared: z.boolean() }) });
export const presentObjection = (o: { id: number; state_iso3: string; shared_with_states: boolean }): Out<typeof ObjectionFiled> => ({
  objection: { id: o.id, state: o.state_iso3, shared: o.shared_with_states },
});

// --- modalities per process

const Bases = z.object({ ecosoc: z.boolean(), noObjection: z.boolean() });
export const ProcessModalities = z.object({
  processes: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      bases: Bases,
      objectionWorkingDays: z.number().nullable(),
      carryOverFrom: z.string().nullable().describe("a process's slug"),
    }),
  ),
});
export const presentModalitiesList = (rows: Awaited<ReturnType<typeof listModalities>>): Out<typeof ProcessModalities> => ({
  processes: rows.map((p) => ({
    slug: p.slug,
    title: p.title,
    bases: { ecosoc: p.ecosoc_basis ?? true, noObjection: p.no_objection_basis ?? true },
    objectionWorkingDays: p.objection_working_days,
    carryOverFrom: p.carry_over_from,
  })),
});
export const ModalitiesSet = z.object({
  modalities: z.object({
    bases: Bases,
    objectionWorkingDays: z.number().nullable(),
    windowDays: z.number().describe('the objection window in working days as applied'),
    carryOverFrom: z.string().nullable(),
  }),
});
export const presentModalities = (m: {
  ecosoc_basis: boolean;
  no_objection_basis: boolean;
  objection_working_days: number | null;
  windowDays: number;
  carry_over_slug: string | null;
}): Out<typeof ModalitiesSet> => ({
  modalities: {
    bases: { ecosoc: m.ecosoc_basis, noObjection: m.no_objection_basis },
    objectionWorkingDays: m.objection_working_days,
    windowDays: m.windowDays,
    carryOverFrom: m.carry_over_slug,
  },
});

// --- representatives

export const Representatives = z.object({
  meeting: z.object({ id: z.number(), process: z.string(), type: z.string() }),
  representatives: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      email: z.string(),
      function: z.string(),
      organisation: z.object({ id: z.number(), name: z.string() }),
      registeredAt: instant,
    }),
  ),
});
export const presentRepresentatives = (
  m: { id: number; process_slug: string; meeting_type: string },
  rows: Awaited<ReturnType<typeof representativesOf>>,
): Out<typeof Representatives> => ({
  meeting: { id: m.id, process: m.process_slug, type: m.meeting_type },
  representatives: rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    function: r.function,
    organisation: { id: r.organisation_id, name: r.organisation },
    registeredAt: iso(r.created_at),
  })),
});
export const RepresentativeRegistered = z.object({
  representative: z.object({ id: z.number(), name: z.string(), email: z.string(), function: z.string(), meeting: z.number() }),
});
export const presentRepresentative = (r: {
  id: number;
  name: string;
  email: string;
  function: string;
  meeting_id: number;
}): Out<typeof RepresentativeRegistered> => ({ representative: { id: r.id, name: r.name, email: r.email, function: r.function, meeting: r.meeting_id } });
export const RepresentativeRemoved = z.object({ removed: z.object({ id: z.number(), meeting: z.number() }) });

// --- contributions

const marked = { kind: z.literal('stakeholder-input'), statePosition: z.literal(false) };
const ContributionSummary = z.object({
  id: z.number(),
  title: z.string(),
  summary: z.string(),
  session: z.string(),
  process: z.string().nullable(),
  filename: z.string(),
  sha256: z.string(),
  elementIds: z.array(z.string()),
  pillarIds: z.array(z.string()),
  createdAt: instant,
  organisation: z.string(),
  ...marked,
});
/** What a contribution in the list and a contribution alone show alike (ContributionSummary). */
const contributionSummary = (r: NonNullable<Awaited<ReturnType<typeof contributionById>>> | Awaited<ReturnType<typeof listContributions>>[number]) => ({
  id: r.id,
  title: r.title,
  summary: r.summary,
  session: r.session_label,
  process: r.process_name,
  filename: r.filename,
  sha256: r.sha256,
  elementIds: r.element_ids,
  pillarIds: r.pillar_ids,
  createdAt: iso(r.created_at),
  organisation: r.organisation,
  kind: 'stakeholder-input' as const,
  statePosition: false as const,
});
export const Contributions = z.object({
  contributions: z.array(
    ContributionSummary.extend({ organisationKind: z.string(), snippet: z.string().optional().describe('with ?q=: the matching words between ⟦ ⟧') }),
  ),
});
export const presentContributions = (rows: Awaited<ReturnType<typeof listContributions>>): Out<typeof Contributions> => ({
  contributions: rows.map((r) => ({
    ...contributionSummary(r),
    organisationKind: r.organisation_kind,
    ...(r.snippet != null ? { snippet: r.snippet } : {}),
  })),
});
export const ContributionDetail = z.object({
  contribution: ContributionSummary.extend({ mediaType: z.string(), suggestedElementIds: z.array(z.string()), text: z.string(), organisationId: z.number() }),
});
export const presentContribution = (r: NonNullable<Awaited<ReturnType<typeof contributionById>>>): Out<typeof ContributionDetail> => ({
  contribution: {
    ...contributionSummary(r),
    mediaType: r.media_type,
    suggestedElementIds: r.suggested_element_ids,
    text: r.body_text,
    organisationId: r.organisation_id,
  },
});
export const ContributionSubmitted = z.object({
  contribution: z.object({
    id: z.number(),
    title: z.string(),
    sha256: z.string(),
    elementIds: z.array(z.string()),
    pillarIds: z.array(z.string()),
    suggestedElementIds: z.array(z.string()),
    organisation: z.string(),
    warnings: z.array(z.string()),
    kind: z.literal('stakeholder-input'),
  }),
});
export const presentSubmitted = (r: {
  id: number;
  title: string;
  sha256: string;
  element_ids: string[];
  pillar_ids: string[];
  suggested_element_ids: string[];
  organisation: string;
  warnings: string[];
}): Out<typeof ContributionSubmitted> => ({
  contribution: {
    id: r.id,
    title: r.title,
    sha256: r.sha256,
    elementIds: r.element_ids,
    pillarIds: r.pillar_ids,
    suggestedElementIds: r.suggested_element_ids,
    organisation: r.organisation,
    warnings: r.warnings,
    kind: 'stakeholder-input',
  },
});
