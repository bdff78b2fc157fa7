import { z } from 'zod';
import { IsoDate } from '../foundation/present.ts';
import type { dtgMeetings, facilitatorsOf, questionsOf } from './queries.ts';
import { quoteOf, type DtgSummary, type SpeakerGroup } from './summary.ts';

/**
 * The thematic groups' API response shapes: camelCase, never a table row. A `session` is a meeting
 * session (of type 'dtg'); a `body` is the dedicated thematic group it belongs to. Statements are
 * those the reader may see (the records' visibility rule ran in the query); facilitators and
 * guiding questions are public.
 */
export const DtgMeetingSchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  title: z.string().nullable(),
  heldOn: IsoDate.nullable(),
  session: z.object({ id: z.number().int(), number: z.number().int(), title: z.string(), startsOn: IsoDate.nullable(), endsOn: IsoDate.nullable() }),
  process: z.object({ id: z.number().int(), slug: z.string(), title: z.string() }),
  body: z
    .object({ id: z.number().int(), slug: z.string(), title: z.string(), theme: z.string().nullable() })
    .nullable()
    .describe('the dedicated thematic group'),
  questions: z.number().int().describe('how many guiding questions'),
  statements: z.number().int().describe('how many statements the reader may see'),
  facilitators: z.array(z.string()).describe('their names'),
});
export const presentDtgMeeting = (m: Awaited<ReturnType<typeof dtgMeetings>>[number]) => ({
  id: m.id,
  number: m.number,
  title: m.title,
  heldOn: m.held_on,
  session: { id: m.session_id, number: m.session_number, title: m.session_title, startsOn: m.starts_on, endsOn: m.ends_on },
  process: { id: m.process_id, slug: m.process_slug, title: m.process_title },
  body: m.body_id != null ? { id: m.body_id, slug: m.body_slug!, title: m.body_title!, theme: m.body_theme ?? null } : null,
  questions: m.questions,
  statements: m.statements,
  facilitators: [...m.facilitators],
});

export const GuidingQuestionSchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  text: z.string(),
  frameworkVersion: z.string().nullable(),
  pillar: z.string().nullable(),
  element: z.string().nullable(),
});
type QuestionRow = Pick<Awaited<ReturnType<typeof questionsOf>>[number], 'id' | 'number' | 'text' | 'framework_version' | 'pillar_id' | 'element_id'>;
export const presentGuidingQuestion = (q: QuestionRow) => ({
  id: q.id,
  number: q.number,
  text: q.text,
  frameworkVersion: q.framework_version,
  pillar: q.pillar_id,
  element: q.element_id,
});
export const RemovedQuestionSchema = GuidingQuestionSchema.omit({ frameworkVersion: true });
export const presentRemovedQuestion = (q: Omit<QuestionRow, 'framework_version'>) => ({
  id: q.id,
  number: q.number,
  text: q.text,
  pillar: q.pillar_id,
  element: q.element_id,
});

export const FacilitatorSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  state: z.string().nullable().describe('ISO alpha-3'),
  affiliation: z.string().nullable(),
});
export const presentFacilitator = (f: Pick<Awaited<ReturnType<typeof facilitatorsOf>>[number], 'id' | 'name' | 'state_iso3' | 'affiliation'>) => ({
  id: f.id,
  name: f.name,
  state: f.state_iso3,
  affiliation: f.affiliation,
});

const SpeakersSchema = z.array(
  z.object({
    speaker: z.string().describe('the speaker id: ISO alpha-3, group or organisation id'),
    speakerName: z.string().nullable(),
    speakerKind: z.string(),
    statements: z.array(
      z.object({
        id: z.number().int(),
        document: z.number().int().describe('its document id'),
        href: z.string(),
        sentence: z.string(),
        reason: z.enum(['named', 'worded', 'floor']).nullable(),
        score: z.number().nullable(),
        terms: z.array(z.string()),
      }),
    ),
  }),
);
export const DtgSummarySchema = z.object({
  meeting: z.object({ id: z.number().int(), number: z.number().int(), body: z.string().nullable(), theme: z.string().nullable() }),
  facilitators: z.array(FacilitatorSchema.omit({ id: true })),
  questions: z.array(
    z.object({ number: z.number().int(), text: z.string(), element: z.string().nullable(), pillar: z.string().nullable(), speakers: SpeakersSchema }),
  ),
  unmatched: SpeakersSchema,
});
const presentSpeakers = (gs: SpeakerGroup[]) =>
  gs.map((g) => ({
    speaker: g.statement.speaker_id,
    speakerName: g.statement.speaker_name,
    speakerKind: g.statement.speaker_kind,
    statements: g.cited.map((x) => ({
      id: x.statement.id,
      document: x.statement.document_id,
      href: x.href,
      sentence: quoteOf(x),
      reason: x.match?.reason ?? null,
      score: x.match?.score ?? null,
      terms: [...(x.match?.terms ?? [])],
    })),
  }));
export const presentDtgSummary = (s: DtgSummary) => ({
  meeting: { id: s.meeting.id, number: s.meeting.number, body: s.meeting.body_title ?? null, theme: s.meeting.body_theme ?? null },
  facilitators: s.facilitators.map((f) => ({ name: f.name, state: f.state_iso3, affiliation: f.affiliation })),
  questions: s.questions.map((q) => ({
    number: q.question.number,
    text: q.question.text,
    element: q.question.element_id,
    pillar: q.question.pillar_id,
    speakers: presentSpeakers(q.speakers),
  })),
  unmatched: presentSpeakers(s.unmatched),
});
