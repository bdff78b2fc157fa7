import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { statementId, statementsOf, type StatementRow } from '../records/queries.ts';
import { NotFound } from '../foundation/errors.ts';
import { dtgMeeting, type DtgMeeting } from './dtgMeeting.ts';
import { matchStatements, type Match } from './match.ts';
import { facilitatorsOf, questionsOf, type FacilitatorRow, type QuestionRow } from './queries.ts';

/** One statement as the summary cites it: who, the sentence that answers, and where to read it all. */
export interface Cited {
  statement: StatementRow;
  match: Match | null;
  /** The statement on its document's page, as the document and review pages anchor it. */
  href: string;
}

/** One speaker's statements on a question (grouped by speaker: the id, and the name for persons and facilitators). */
export interface SpeakerGroup {
  key: string;
  statement: StatementRow;
  cited: Cited[];
}

export interface DtgSummary {
  meeting: DtgMeeting;
  facilitators: FacilitatorRow[];
  questions: Array<{ question: QuestionRow; speakers: SpeakerGroup[] }>;
  /** Statements of delegations and others that address no guiding question. */
  unmatched: SpeakerGroup[];
  /** How many statements the reader may see, and how many of them were the presiding speakers'. */
  statements: number;
  presiding: number;
}

export const documentHref = (s: Pick<StatementRow, 'document_id' | 'first_paragraph' | 'position'>) => `/documents/${s.document_id}#${statementId(s)}`;

/** What the summary quotes: the sentence that answers, else the statement's first sentence, without the record's numbering. */
export const quoteOf = (c: Cited) => (c.match?.sentence ?? c.statement.text.split('\n')[0] ?? '').replace(/^\s*\d{1,3}[.)]\s+/, '');

const speakerKey = (s: StatementRow) => `${s.speaker_id}|${s.speaker_name ?? ''}`;

function group(cited: Cited[]): SpeakerGroup[] {
  const out = new Map<string, SpeakerGroup>();
  for (const c of cited) {
    const k = speakerKey(c.statement);
    const g = out.get(k) ?? { key: k, statement: c.statement, cited: [] };
    g.cited.push(c);
    out.set(k, g);
  }
  return [...out.values()];
}

/**
 * The summary of a DTG meeting drawn from its record: for each guiding question, who said what on
 * it, grouped by speaker in the order they first spoke; then the statements that answer none. Only
 * statements the actor may see are read (statementsOf applies the records' visibility rule), so a
 * draft or restricted record never reaches the page or an export.
 */
export async function dtgSummary(db: Db, actor: Actor, meetingId: number): Promise<DtgSummary> {
  const meeting = await dtgMeeting(db, meetingId);
  if (!meeting) throw NotFound('That thematic group meeting', 'thematic.meeting_not_found');
  const [facilitators, questions, statements] = await Promise.all([
    facilitatorsOf(db, meetingId),
    questionsOf(db, meetingId),
    statementsOf(db, actor, { meetingId }),
  ]);
  const matches = matchStatements(
    statements.map((s) => ({ id: s.id, document_id: s.document_id, position: s.position, speaker_kind: s.speaker_kind, text: s.text })),
    questions.map((q) => ({ id: q.id, number: q.number, text: q.text, lexicon: q.lexicon })),
  );
  const byStatement = new Map<number, Match[]>();
  for (const m of matches) byStatement.set(m.statementId, [...(byStatement.get(m.statementId) ?? []), m]);
  const presiding = statements.filter((s) => ['chair', 'secretariat', 'rapporteur'].includes(s.speaker_kind));
  const cite = (s: StatementRow, m: Match | null): Cited => ({ statement: s, match: m, href: documentHref(s) });
  return {
    meeting,
    facilitators,
    questions: questions.map((q) => ({
      question: q,
      speakers: group(statements.flatMap((s) => (byStatement.get(s.id) ?? []).filter((m) => m.questionId === q.id).map((m) => cite(s, m)))),
    })),
    unmatched: group(statements.filter((s) => !presiding.includes(s) && !byStatement.has(s.id)).map((s) => cite(s, null))),
    statements: statements.length,
    presiding: presiding.length,
  };
}
