import { z } from 'zod';
import type { listProposals, meetingById, meetingTree, PositionRow, StatementRow, unattributedOf, documentById } from './queries.ts';
import type { SearchHit } from './search.ts';

/**
 * The JSON API's view of the records: camelCase, ids for references, calendar days as YYYY-MM-DD,
 * instants as ISO strings. Each presenter's output is typed by its schema (`z.infer`), and the schemas
 * are the responses the OpenAPI document declares. Visibility is decided before: the queries return
 * only what the reader may see (`visibleDocument`), and nothing here adds a field they do not.
 */
const day = z.string().describe('YYYY-MM-DD');
const instant = z.string().describe('ISO 8601 date and time');
const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const SpeakerKind = z.enum(['state', 'group', 'organisation', 'un-entity', 'stakeholder', 'chair', 'secretariat', 'rapporteur', 'person', 'observer']);
const LabelSource = z.enum(['machine', 'person']);
const ProposalStatus = z.enum(['proposed', 'under-discussion', 'agreed', 'not-pursued']);
const StanceValue = z.string().describe('supports, opposes, conditional, open or premature');
const Person = z.object({ name: z.string(), affiliation: z.string().optional() });
type Out<S extends z.ZodType> = z.infer<S>;

// --- meetings and sessions

const MeetingInTree = z.object({
  id: z.number(),
  number: z.number(),
  title: z.string(),
  heldOn: day.nullable(),
  agendaPillar: z.string().nullable(),
  agendaText: z.string().nullable(),
  statements: z.number(),
});
export const MeetingTree = z.object({
  processes: z.array(
    z.object({
      id: z.number(),
      slug: z.string(),
      title: z.string(),
      sessions: z.array(
        z.object({ id: z.number(), number: z.number(), title: z.string(), startsOn: day.nullable(), endsOn: day.nullable(), meetings: z.array(MeetingInTree) }),
      ),
    }),
  ),
});
export const presentMeetingTree = (tree: Awaited<ReturnType<typeof meetingTree>>): Out<typeof MeetingTree> => ({
  processes: tree.map((p) => ({
    id: p.id,
    slug: p.slug,
    title: p.title,
    sessions: p.sessions.map((s) => ({
      id: s.id,
      number: s.number,
      title: s.title,
      startsOn: s.starts_on,
      endsOn: s.ends_on,
      meetings: s.meetings.map((m) => ({
        id: m.id,
        number: m.number,
        title: m.title,
        heldOn: m.held_on,
        agendaPillar: m.agenda_pillar,
        agendaText: m.agenda_text,
        statements: m.statements,
      })),
    })),
  })),
});

const SessionOut = z.object({ id: z.number(), processId: z.number(), number: z.number(), title: z.string(), startsOn: day.nullable(), endsOn: day.nullable() });
export const SessionCreated = z.object({ session: SessionOut });
export const presentSession = (s: {
  id: number;
  process_id: number;
  number: number;
  title: string;
  starts_on: string | null;
  ends_on: string | null;
}): Out<typeof SessionOut> => ({ id: s.id, processId: s.process_id, number: s.number, title: s.title, startsOn: s.starts_on, endsOn: s.ends_on });

const MeetingOut = z.object({
  id: z.number(),
  sessionId: z.number(),
  number: z.number(),
  title: z.string(),
  heldOn: day.nullable(),
  agendaPillar: z.string().nullable(),
  agendaText: z.string().nullable(),
});
export const MeetingCreated = z.object({ meeting: MeetingOut });
export const presentMeeting = (m: {
  id: number;
  session_id: number;
  number: number;
  title: string;
  held_on: string | null;
  agenda_pillar: string | null;
  agenda_text: string | null;
}): Out<typeof MeetingOut> => ({
  id: m.id,
  sessionId: m.session_id,
  number: m.number,
  title: m.title,
  heldOn: m.held_on,
  agendaPillar: m.agenda_pillar,
  agendaText: m.agenda_text,
});

// --- statements

export const Statement = z.object({
  id: z.number(),
  document: z.number(),
  meeting: z.number().nullable(),
  order: z.number(),
  speaker: z.string(),
  speakerKind: SpeakerKind,
  deliveredBy: z.string().nullable(),
  speakerSource: LabelSource,
  person: Person.optional(),
  paragraphs: z.array(z.number()),
  sentences: z.object({
    from: z.object({ paragraph: z.number(), sentence: z.number() }),
    to: z.object({
      paragraph: z.number(),
      sentence: z.number().nullable().describe("null: a statement stored before sentences were numbered, running to its last paragraph's end"),
    }),
  }),
  span: z.object({ start: z.number(), end: z.number() }),
  joint: z.array(z.string()).optional(),
  supportsProposal: z.number().optional(),
  tookFloorAgain: z.boolean(),
  text: z.string(),
  tags: z.array(
    z.object({ pillar: z.string().optional(), element: z.string().optional(), confidence: z.number(), explanation: z.string(), source: LabelSource }),
  ),
  stances: z.array(z.object({ question: z.string(), value: StanceValue, evidence: z.string(), confidence: z.number(), source: LabelSource })),
});
export function presentStatement(s: StatementRow): Out<typeof Statement> {
  return {
    id: s.id,
    document: s.document_id,
    meeting: s.meeting_id,
    order: s.position,
    speaker: s.speaker_id,
    speakerKind: s.speaker_kind,
    deliveredBy: s.delivered_by,
    speakerSource: s.speaker_source,
    ...(s.speaker_name ? { person: { name: s.speaker_name, ...(s.speaker_affiliation ? { affiliation: s.speaker_affiliation } : {}) } } : {}),
    paragraphs: s.paragraphs,
    sentences: { from: { paragraph: s.first_paragraph, sentence: s.first_sentence }, to: { paragraph: s.last_paragraph, sentence: s.last_sentence } },
    span: { start: s.char_start, end: s.char_end },
    ...(s.joint_with.length ? { joint: s.joint_with } : {}),
    ...(s.supports_proposal != null ? { supportsProposal: s.supports_proposal } : {}),
    tookFloorAgain: s.took_floor_again,
    text: s.text,
    tags: s.tags.map((t) => ({
      ...(t.pillar_id ? { pillar: t.pillar_id } : {}),
      ...(t.element_id ? { element: t.element_id } : {}),
      confidence: t.confidence,
      explanation: t.explanation,
      source: t.source,
    })),
    stances: s.stances.map((x) => ({ question: x.question_id, value: x.value, evidence: x.evidence, confidence: x.confidence, source: x.source })),
  };
}

export const MeetingDetail = z.object({
  meeting: MeetingOut.omit({ sessionId: true }).extend({
    session: z.object({ id: z.number(), number: z.number(), title: z.string() }),
    process: z.object({ slug: z.string(), title: z.string() }),
  }),
  statements: z.array(Statement),
});
export const presentMeetingDetail = (m: NonNullable<Awaited<ReturnType<typeof meetingById>>>, statements: StatementRow[]): Out<typeof MeetingDetail> => ({
  meeting: {
    id: m.id,
    number: m.number,
    title: m.title,
    heldOn: m.held_on,
    agendaPillar: m.agenda_pillar,
    agendaText: m.agenda_text,
    session: { id: m.session_id, number: m.session_number, title: m.session_title },
    process: { slug: m.process_slug, title: m.process_title },
  },
  statements: statements.map(presentStatement),
});

// --- documents

const Visibility = z.enum(['public', 'states', 'secretariat', 'owner']);
export const DocumentDetail = z.object({
  document: z.object({
    id: z.number(),
    meetingId: z.number().nullable(),
    kind: z.string(),
    title: z.string(),
    author: z.string().nullable(),
    filename: z.string(),
    mediaType: z.string(),
    format: z.string(),
    sha256: z.string(),
    byteSize: z.number(),
    language: z.string(),
    unSymbol: z.string().nullable(),
    originUrl: z.string().nullable(),
    warnings: z.array(z.string()),
    status: z.enum(['draft', 'published']),
    visibility: Visibility,
    createdAt: instant,
    publishedAt: instant.nullable(),
    text: z.string(),
  }),
  statements: z.array(Statement),
  unattributed: z.array(
    z.object({ at: z.object({ paragraph: z.number(), sentence: z.number() }), span: z.object({ start: z.number(), end: z.number() }), cue: z.string() }),
  ),
});
export function presentDocumentDetail(
  d: NonNullable<Awaited<ReturnType<typeof documentById>>>,
  statements: StatementRow[],
  loose: Awaited<ReturnType<typeof unattributedOf>>,
): Out<typeof DocumentDetail> {
  return {
    document: {
      id: d.id,
      meetingId: d.meeting_id,
      kind: d.kind,
      title: d.title,
      author: d.author,
      filename: d.filename,
      mediaType: d.media_type,
      format: d.format,
      sha256: d.sha256,
      byteSize: Number(d.byte_size),
      language: d.language,
      unSymbol: d.un_symbol,
      originUrl: d.origin_url,
      warnings: d.warnings,
      status: d.status,
      visibility: d.visibility,
      createdAt: iso(d.created_at),
      publishedAt: d.published_at ? iso(d.published_at) : null,
      text: d.extracted_text,
    },
    statements: statements.map(presentStatement),
    unattributed: loose.map((u) => ({ at: { paragraph: u.paragraph, sentence: u.sentence }, span: { start: u.char_start, end: u.char_end }, cue: u.cue })),
  };
}

export const DocumentIngested = z.object({
  document: z.object({
    id: z.number(),
    kind: z.string(),
    status: z.enum(['draft', 'published']),
    sha256: z.string(),
    statements: z.number(),
    proposals: z.number(),
    warnings: z.array(z.string()),
  }),
});
export const presentIngested = (r: Out<typeof DocumentIngested>['document']): Out<typeof DocumentIngested>['document'] => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  sha256: r.sha256,
  statements: r.statements,
  proposals: r.proposals,
  warnings: r.warnings,
});

export const CorrectionApplied = z.object({
  statements: z.number(),
  proposals: z.number(),
  unattributed: z.number(),
  warnings: z.array(z.string()),
  skipped: z.array(z.number()).describe('ids of corrections that no longer apply'),
});
export const presentCorrection = (r: Out<typeof CorrectionApplied>): Out<typeof CorrectionApplied> => ({
  statements: r.statements,
  proposals: r.proposals,
  unattributed: r.unattributed,
  warnings: r.warnings,
  skipped: r.skipped,
});

export const DocumentPublished = z.object({ id: z.number(), status: z.literal('published') });

// --- positions, proposals, search, classifier

export const Positions = z.object({
  question: z.string(),
  positions: z.array(
    z.object({
      value: StanceValue,
      evidence: z.string(),
      confidence: z.number(),
      source: LabelSource,
      statementId: z.number(),
      speaker: z.string(),
      speakerKind: SpeakerKind,
      deliveredBy: z.string().nullable(),
      person: Person.optional(),
      joint: z.array(z.string()).optional(),
      documentId: z.number(),
      meetingId: z.number().nullable(),
      sessionId: z.number().nullable(),
      at: z.object({ paragraph: z.number(), sentence: z.number() }),
      heldOn: day.nullable(),
      regionalGroup: z.string().nullable(),
    }),
  ),
});
export const presentPositions = (question: string, rows: PositionRow[]): Out<typeof Positions> => ({
  question,
  positions: rows.map((r) => ({
    value: r.value,
    evidence: r.evidence,
    confidence: r.confidence,
    source: r.source,
    statementId: r.statement_id,
    speaker: r.speaker_id,
    speakerKind: r.speaker_kind,
    deliveredBy: r.delivered_by,
    ...(r.speaker_name ? { person: { name: r.speaker_name, ...(r.speaker_affiliation ? { affiliation: r.speaker_affiliation } : {}) } } : {}),
    ...(r.joint_with.length ? { joint: r.joint_with } : {}),
    documentId: r.document_id,
    meetingId: r.meeting_id,
    sessionId: r.session_id,
    at: { paragraph: r.first_paragraph, sentence: r.first_sentence },
    heldOn: r.held_on,
    regionalGroup: r.regional_group,
  })),
});

export const Proposals = z.object({
  proposals: z.array(
    z.object({
      id: z.number(),
      proposer: z.string(),
      summary: z.string(),
      status: ProposalStatus,
      paragraph: z.number(),
      documentId: z.number(),
      meetingId: z.number().nullable(),
      statementId: z.number().nullable(),
      heldOn: day.nullable(),
      supporters: z.array(z.string()),
      opponents: z.array(z.string()),
      support: z.array(
        z.object({
          participant: z.string(),
          statementId: z.number().nullable(),
          href: z.string().nullable().describe('the statement in which it gave its support'),
        }),
      ),
    }),
  ),
});
export const presentProposals = (rows: Awaited<ReturnType<typeof listProposals>>): Out<typeof Proposals> => ({
  proposals: rows.map((p) => ({
    id: p.id,
    proposer: p.proposer,
    summary: p.summary,
    status: p.status,
    paragraph: p.paragraph,
    documentId: p.document_id,
    meetingId: p.meeting_id,
    statementId: p.statement_id,
    heldOn: p.held_on,
    supporters: p.supporters,
    opponents: p.opponents,
    support: p.support.map((s) => ({ participant: s.participant, statementId: s.statement_id, href: s.href })),
  })),
});
export const ProposalStatusSet = z.object({ id: z.number(), status: ProposalStatus });

export const SearchResults = z.object({
  results: z.array(
    z.object({
      id: z.number(),
      documentId: z.number(),
      meetingId: z.number().nullable(),
      sessionId: z.number().nullable(),
      speaker: z.string(),
      speakerKind: z.string(),
      deliveredBy: z.string().nullable(),
      person: Person.optional(),
      joint: z.array(z.string()).optional(),
      sentences: z.object({
        from: z.object({ paragraph: z.number(), sentence: z.number() }),
        to: z.object({ paragraph: z.number(), sentence: z.number().nullable() }),
      }),
      span: z.object({ start: z.number(), end: z.number() }),
      order: z.number(),
      heldOn: day.nullable(),
      regionalGroup: z.string().nullable(),
      paragraph: z.number().describe('the source paragraph the snippet comes from'),
      rank: z.number(),
      snippet: z.string(),
    }),
  ),
});
export const presentSearch = (hits: SearchHit[]): Out<typeof SearchResults> => ({
  results: hits.map((h) => ({
    id: h.id,
    documentId: h.document_id,
    meetingId: h.meeting_id,
    sessionId: h.session_id,
    speaker: h.speaker_id,
    speakerKind: h.speaker_kind,
    deliveredBy: h.delivered_by,
    ...(h.speaker_name ? { person: { name: h.speaker_name, ...(h.speaker_affiliation ? { affiliation: h.speaker_affiliation } : {}) } } : {}),
    ...(h.joint_with.length ? { joint: h.joint_with } : {}),
    sentences: { from: { paragraph: h.first_paragraph, sentence: h.first_sentence }, to: { paragraph: h.last_paragraph, sentence: h.last_sentence } },
    span: { start: h.char_start, end: h.char_end },
    order: h.position,
    heldOn: h.held_on,
    regionalGroup: h.regional_group,
    paragraph: h.paragraph,
    rank: Number(h.rank),
    snippet: h.snippet,
  })),
});

export const ClassifierRetrained = z.object({ version: z.number(), examples: z.number(), labels: z.array(z.string()) });
