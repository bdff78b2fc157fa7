import { z } from 'zod';
import type { DeliveryCounts } from '../notifications/deliver.ts';
import type { checkDuplication } from './duplication.ts';
import type { listCommunications, listPointsOfContact, communicationCheckSummaries, roundByRegion, roundByState } from './queries.ts';
import type { RegistryTables } from './tables.ts';

/**
 * The JSON API's view of the registry, in the UI's words: a `pointOfContact` (not poc or contact),
 * a `communicationCheck` (not ping or round), a `mechanism`; a State by its ISO 3166 alpha-3 code as
 * `state`; instants as ISO strings. The directory is never public (the routes ask `pointsOfContact.read` first)
 * and nothing here adds a field to what the reader may see. Each presenter is typed by its schema.
 */
const instant = z.string().describe('ISO 8601 date and time');
const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const isoOrNull = (d: Date | string | null) => (d == null ? null : iso(d));
const num = (n: unknown) => (n == null ? null : Number(n));
const Role = z.enum(['diplomatic', 'technical']);
type Out<S extends z.ZodType> = z.infer<S>;
type Row<T extends keyof RegistryTables> = {
  [K in keyof RegistryTables[T]]: RegistryTables[T][K] extends import('kysely').ColumnType<infer S, any, any> ? S : RegistryTables[T][K];
};

// --- points of contact

const PointOfContactRevision = z.object({
  id: z.number().describe('the point of contact (stable across revisions)'),
  revision: z.number(),
  state: z.string(),
  name: z.string(),
  role: Role,
  organisation: z.string(),
  email: z.string(),
  phone: z.string(),
  languages: z.array(z.string()),
  timeZone: z.string(),
  active: z.boolean(),
  recordedBy: z.string(),
  recordedAt: instant,
});
type PointOfContactRow = Omit<Row<'point_of_contact_revisions'>, 'id'> & { state_iso3: string };
const presentPointOfContactRevision = (p: PointOfContactRow): Out<typeof PointOfContactRevision> => ({
  id: p.point_of_contact_id,
  revision: p.revision,
  state: p.state_iso3,
  name: p.name,
  role: p.role,
  organisation: p.organisation,
  email: p.email,
  phone: p.phone,
  languages: p.languages,
  timeZone: p.time_zone,
  active: p.active,
  recordedBy: p.created_by_label,
  recordedAt: iso(p.created_at),
});
export const PointsOfContact = z.object({
  pointsOfContact: z.array(PointOfContactRevision.extend({ stateName: z.string(), regionalGroup: z.string().nullable() })),
});
export const presentPointsOfContact = (rows: Awaited<ReturnType<typeof listPointsOfContact>>): Out<typeof PointsOfContact> => ({
  pointsOfContact: rows.map((p) => ({ ...presentPointOfContactRevision(p), stateName: p.state_name, regionalGroup: p.regional_group })),
});
export const PointOfContactSaved = z.object({ pointOfContact: PointOfContactRevision });
export const presentPointOfContact = (p: PointOfContactRow): Out<typeof PointOfContactSaved> => ({ pointOfContact: presentPointOfContactRevision(p) });
export const PointOfContactHistory = z.object({ revisions: z.array(PointOfContactRevision.omit({ state: true })) });
export const presentPointOfContactHistory = (rows: Array<Omit<PointOfContactRow, 'state_iso3'>>): Out<typeof PointOfContactHistory> => ({
  revisions: rows.map((p) => {
    const { state: _, ...rest } = presentPointOfContactRevision({ ...p, state_iso3: '' });
    return rest;
  }),
});

// --- mechanisms

const Mechanism = z.object({
  slug: z.string(),
  revision: z.number(),
  name: z.string(),
  parentOrganisation: z.string(),
  kind: z.enum(['un-body', 'regional-organisation', 'treaty-body', 'programme', 'forum']),
  mandateText: z.string(),
  mandateSource: z.string(),
  frameworkVersion: z.string(),
  pillarIds: z.array(z.string()),
  elementIds: z.array(z.string()),
  membership: z.string(),
  meetingFrequency: z.string(),
  website: z.string().nullable(),
  note: z.string(),
  recordedBy: z.string(),
  recordedAt: instant,
});
type MechanismRow = Row<'mechanism_revisions'>;
const presentMechanismRevision = (m: MechanismRow, slug: string): Out<typeof Mechanism> => ({
  slug,
  revision: m.revision,
  name: m.name,
  parentOrganisation: m.parent_organisation,
  kind: m.kind,
  mandateText: m.mandate_text,
  mandateSource: m.mandate_source,
  frameworkVersion: m.framework_version,
  pillarIds: m.pillar_ids,
  elementIds: m.element_ids,
  membership: m.membership,
  meetingFrequency: m.meeting_frequency,
  website: m.website,
  note: m.note,
  recordedBy: m.created_by_label,
  recordedAt: iso(m.created_at),
});
export const Mechanisms = z.object({ mechanisms: z.array(Mechanism.extend({ synthetic: z.boolean() })) });
export const presentMechanisms = (rows: Array<MechanismRow & { slug: string; demo: boolean }>): Out<typeof Mechanisms> => ({
  mechanisms: rows.map((m) => ({ ...presentMechanismRevision(m, m.slug), synthetic: m.demo })),
});
export const MechanismDetail = z.object({ mechanism: Mechanism.extend({ synthetic: z.boolean() }), revisions: z.array(Mechanism.omit({ slug: true })) });
export const presentMechanism = (d: { current: MechanismRow & { slug: string; demo: boolean }; revisions: MechanismRow[] }): Out<typeof MechanismDetail> => ({
  mechanism: { ...presentMechanismRevision(d.current, d.current.slug), synthetic: d.current.demo },
  revisions: d.revisions.map((r) => {
    const { slug: _, ...rest } = presentMechanismRevision(r, '');
    return rest;
  }),
});
export const MechanismSaved = z.object({ mechanism: z.object({ slug: z.string(), revision: z.number() }) });
export const presentSavedMechanism = (m: { slug: string; revision: number }): Out<typeof MechanismSaved> => ({
  mechanism: { slug: m.slug, revision: m.revision },
});

export const Duplication = z.object({
  proposalElements: z.array(z.object({ id: z.string(), title: z.string(), terms: z.array(z.string()) })),
  matches: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      parentOrganisation: z.string(),
      kind: z.string(),
      score: z.number(),
      textSimilarity: z.number(),
      elementOverlap: z.number(),
      sharedElements: z.array(z.object({ id: z.string(), title: z.string() })),
      passages: z.array(z.object({ text: z.string(), marked: z.string().describe('the text with shared words marked'), similarity: z.number() })),
    }),
  ),
  mechanismsChecked: z.number(),
});
export const presentDuplication = (d: Awaited<ReturnType<typeof checkDuplication>>): Out<typeof Duplication> => ({
  proposalElements: d.proposalElements.map((e) => ({ id: e.id, title: e.title, terms: [...e.terms] })),
  matches: d.matches.map((m) => ({
    slug: m.slug,
    name: m.name,
    parentOrganisation: m.parentOrganisation,
    kind: m.kind,
    score: m.score,
    textSimilarity: m.textSimilarity,
    elementOverlap: m.elementOverlap,
    sharedElements: m.sharedElements.map((s) => ({ id: s.id, title: s.title })),
    passages: m.passages.map((p) => ({ text: p.text, marked: p.marked, similarity: p.similarity })),
  })),
  mechanismsChecked: d.mechanismsChecked,
});

// --- communication checks and communications

const Delivery = z.object({ sent: z.number(), queued: z.number(), failed: z.number(), notConfigured: z.number(), cancelled: z.number() });
const delivery = (d: DeliveryCounts): Out<typeof Delivery> => ({
  sent: d.sent,
  queued: d.queued,
  failed: d.failed,
  notConfigured: d.notConfigured,
  cancelled: d.cancelled,
});

export const CommunicationChecks = z.object({
  communicationChecks: z.array(
    z.object({
      id: z.number(),
      startedAt: instant,
      expiresAt: instant,
      respondBy: instant,
      note: z.string(),
      allStates: z.boolean(),
      synthetic: z.boolean(),
      pointsOfContact: z.number().describe('points of contact asked'),
      acknowledged: z.number(),
      states: z.number(),
      statesAcknowledged: z.number(),
      medianMs: z.number().nullable(),
    }),
  ),
});
export const presentChecks = (rows: Awaited<ReturnType<typeof communicationCheckSummaries>>): Out<typeof CommunicationChecks> => ({
  communicationChecks: rows.map((r) => ({
    id: r.id,
    startedAt: iso(r.started_at),
    expiresAt: iso(r.expires_at),
    respondBy: iso(r.respond_by),
    note: r.note,
    allStates: r.all_states,
    synthetic: r.demo,
    pointsOfContact: Number(r.points_of_contact),
    acknowledged: Number(r.acknowledged),
    states: Number(r.states),
    statesAcknowledged: Number(r.states_acknowledged),
    medianMs: num(r.median_ms),
  })),
});

const Check = z.object({
  id: z.number(),
  note: z.string(),
  allStates: z.boolean(),
  states: z.array(z.string()),
  startedBy: z.string(),
  startedAt: instant,
  expiresAt: instant,
  respondBy: instant,
  followUpAfterHours: z.number().nullable(),
  synthetic: z.boolean(),
});
const presentCheck = (r: Row<'communication_checks'>): Out<typeof Check> => ({
  id: r.id,
  note: r.note,
  allStates: r.all_states,
  states: r.state_iso3s,
  startedBy: r.started_by_label,
  startedAt: iso(r.started_at),
  expiresAt: iso(r.expires_at),
  respondBy: iso(r.respond_by),
  followUpAfterHours: r.follow_up_after_hours,
  synthetic: r.demo,
});
const Counts = { pointsOfContact: z.number(), acknowledged: z.number(), medianMs: z.number().nullable() };
export const CommunicationCheckDetail = z.object({
  communicationCheck: Check,
  status: z.object({ acknowledged: z.number(), late: z.number(), awaiting: z.number(), overdue: z.number() }).describe('points of contact by status'),
  byState: z.array(z.object({ state: z.string(), stateName: z.string(), regionalGroup: z.string().nullable(), ...Counts })),
  byRegion: z.array(z.object({ region: z.string(), ...Counts })),
});
export const presentCheckDetail = (
  round: Row<'communication_checks'>,
  status: Record<'acknowledged' | 'late' | 'awaiting' | 'overdue', number>,
  byState: Awaited<ReturnType<typeof roundByState>>,
  byRegion: Awaited<ReturnType<typeof roundByRegion>>,
): Out<typeof CommunicationCheckDetail> => ({
  communicationCheck: presentCheck(round),
  status: { acknowledged: status.acknowledged, late: status.late, awaiting: status.awaiting, overdue: status.overdue },
  byState: byState.map((s) => ({
    state: s.state_iso3,
    stateName: s.official_name,
    regionalGroup: s.regional_group,
    pointsOfContact: Number(s.points_of_contact),
    acknowledged: Number(s.acknowledged),
    medianMs: num(s.median_ms),
  })),
  byRegion: byRegion.map((r) => ({
    region: r.region,
    pointsOfContact: Number(r.points_of_contact),
    acknowledged: Number(r.acknowledged),
    medianMs: num(r.median_ms),
  })),
});

const Link = z.object({
  state: z.string(),
  name: z.string(),
  role: Role,
  email: z.string(),
  link: z.string().describe('shown once, never stored'),
  emailStatus: z.string(),
});
export const CommunicationCheckStarted = z.object({ communicationCheck: Check, delivery: Delivery, links: z.array(Link.extend({ emailDetail: z.string() })) });
export const presentStarted = (r: {
  round: Row<'communication_checks'>;
  delivery: DeliveryCounts;
  links: Array<{ stateIso3: string; name: string; role: 'diplomatic' | 'technical'; email: string; link: string; emailStatus: string; emailDetail: string }>;
}): Out<typeof CommunicationCheckStarted> => ({
  communicationCheck: presentCheck(r.round),
  delivery: delivery(r.delivery),
  links: r.links.map((l) => ({
    state: l.stateIso3,
    name: l.name,
    role: l.role,
    email: l.email,
    link: l.link,
    emailStatus: l.emailStatus,
    emailDetail: l.emailDetail,
  })),
});
export const FollowedUp = z.object({
  communicationCheckId: z.number(),
  pointsOfContact: z.number().describe('points of contact followed up'),
  until: instant.nullable(),
  delivery: Delivery,
  links: z.array(Link),
});
export const presentFollowUp = (r: {
  roundId: number;
  pointsOfContact: number;
  until?: Date;
  delivery: DeliveryCounts;
  links: Array<{ stateIso3: string; name: string; role: 'diplomatic' | 'technical'; email: string; link: string; emailStatus: string }>;
}): Out<typeof FollowedUp> => ({
  communicationCheckId: r.roundId,
  pointsOfContact: r.pointsOfContact,
  until: r.until ? iso(r.until) : null,
  delivery: delivery(r.delivery),
  links: r.links.map((l) => ({ state: l.stateIso3, name: l.name, role: l.role, email: l.email, link: l.link, emailStatus: l.emailStatus })),
});

const Template = z.enum(['assistance-13h', 'incident-notification', 'general']);
export const Communications = z.object({
  communications: z.array(
    z.object({
      id: z.number(),
      template: Template,
      fromState: z.string(),
      toState: z.string(),
      subject: z.string(),
      createdAt: instant,
      expiresAt: instant,
      recipients: z.number(),
      acknowledged: z.number(),
      firstAcknowledgedAt: instant.nullable(),
    }),
  ),
});
export const presentCommunications = (rows: Awaited<ReturnType<typeof listCommunications>>): Out<typeof Communications> => ({
  communications: rows.map((r) => ({
    id: r.id,
    template: r.template,
    fromState: r.from_state_iso3,
    toState: r.to_state_iso3,
    subject: r.subject,
    createdAt: iso(r.created_at),
    expiresAt: iso(r.expires_at),
    recipients: Number(r.recipients),
    acknowledged: Number(r.acknowledged),
    firstAcknowledgedAt: isoOrNull(r.first_ack),
  })),
});
export const CommunicationSent = z.object({
  communication: z.object({
    id: z.number(),
    template: Template,
    fromState: z.string(),
    toState: z.string(),
    subject: z.string(),
    body: z.string(),
    createdAt: instant,
    expiresAt: instant,
  }),
  delivery: Delivery,
  links: z.array(Link.omit({ state: true })),
});
export const presentSent = (r: {
  communication: Row<'communications'>;
  delivery: DeliveryCounts;
  links: Array<{ name: string; role: 'diplomatic' | 'technical'; email: string; link: string; emailStatus: string }>;
}): Out<typeof CommunicationSent> => {
  const c = r.communication;
  return {
    communication: {
      id: c.id,
      template: c.template,
      fromState: c.from_state_iso3,
      toState: c.to_state_iso3,
      subject: c.subject,
      body: c.body,
      createdAt: iso(c.created_at),
      expiresAt: iso(c.expires_at),
    },
    delivery: delivery(r.delivery),
    links: r.links.map((l) => ({ name: l.name, role: l.role, email: l.email, link: l.link, emailStatus: l.emailStatus })),
  };
};
export const Acknowledged = z.object({
  acknowledged: z.object({
    id: z.number(),
    state: z.string(),
    ms: z.number().describe('from sending to acknowledgement'),
    communicationCheckId: z.number().nullable(),
    communicationId: z.number().nullable(),
  }),
});
export const presentAck = (a: {
  id: number;
  stateIso3: string;
  ms: number;
  communicationCheckId: number | null;
  communicationId: number | null;
}): Out<typeof Acknowledged> => ({
  acknowledged: { id: a.id, state: a.stateIso3, ms: a.ms, communicationCheckId: a.communicationCheckId, communicationId: a.communicationId },
});
