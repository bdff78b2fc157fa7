import { z } from 'zod';
import type { CheckResult } from '../text/checks/types.ts';
import type { PanelResult } from './checksPanel.ts';
import type { amendmentsOf, draftById, listDrafts, NumberedParagraph } from './queries.ts';
import type { DiffRow } from './versionDiff.ts';

/**
 * The JSON API's view of drafting: camelCase, instants as ISO strings, calendar days as YYYY-MM-DD.
 * Visibility is decided before (the queries give a reader without the working version only issued
 * ones); nothing here adds a field. Each presenter's output is typed by its schema. An amendment's
 * reactions keep the request's words (cosponsor, support, object); its lists are cosponsors,
 * supporters and objectors.
 */
const day = z.string().describe('YYYY-MM-DD');
const instant = z.string().describe('ISO 8601 date and time');
const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const isoOrNull = (d: Date | string | null) => (d == null ? null : iso(d));
const Section = z.enum([
  'introduction',
  'threats',
  'international-law',
  'norms',
  'cbms',
  'capacity-building',
  'institutional-dialogue',
  'conclusions',
  'recommendations',
]);
const VersionStatus = z.enum(['working', 'issued']);
type Out<S extends z.ZodType> = z.infer<S>;

export const DraftList = z.object({
  drafts: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      process: z.object({ slug: z.string(), title: z.string() }),
      openToStakeholders: z.boolean(),
      createdAt: instant,
      latestIssued: z.number().nullable().describe("the newest issued version's number"),
      working: z.number().nullable().describe("the working version's number (Chair and Secretariat)"),
    }),
  ),
});
export const presentDrafts = (rows: Awaited<ReturnType<typeof listDrafts>>): Out<typeof DraftList> => ({
  drafts: rows.map((d) => ({
    id: d.id,
    title: d.title,
    process: { slug: d.process_slug, title: d.process_title },
    openToStakeholders: d.open_to_stakeholders,
    createdAt: iso(d.created_at),
    latestIssued: d.latest_issued == null ? null : Number(d.latest_issued),
    working: d.working == null ? null : Number(d.working),
  })),
});

export const DraftCreated = z.object({ draft: z.object({ id: z.number(), title: z.string(), versionId: z.number() }) });

const VersionOut = z.object({ number: z.number(), status: VersionStatus, issuedAt: instant.nullable() });
export const DraftDetail = z.object({
  draft: z.object({ id: z.number(), title: z.string(), process: z.string().nullable().describe("the process's slug"), openToStakeholders: z.boolean() }),
  versions: z.array(VersionOut),
});
export const presentDraft = ({ draft, versions }: Awaited<ReturnType<typeof draftById>>): Out<typeof DraftDetail> => ({
  draft: { id: draft.id, title: draft.title, process: draft.process, openToStakeholders: draft.open_to_stakeholders },
  versions: versions.map((v) => ({ number: v.number, status: v.status, issuedAt: isoOrNull(v.issued_at) })),
});

export const VersionDetail = z.object({
  version: VersionOut,
  paragraphs: z.array(
    z.object({
      id: z.number(),
      number: z.number(),
      section: Section,
      text: z.string(),
      pillars: z.array(z.string()),
      elements: z.array(z.string()),
      labelledByPerson: z.boolean(),
      lockVersion: z.number(),
    }),
  ),
});
export const presentVersion = (
  v: { number: number; status: 'working' | 'issued'; issued_at: Date | null },
  paragraphs: NumberedParagraph[],
): Out<typeof VersionDetail> => ({
  version: { number: v.number, status: v.status, issuedAt: isoOrNull(v.issued_at) },
  paragraphs: paragraphs.map((p) => ({
    id: p.id,
    number: p.number,
    section: p.section,
    text: p.text,
    pillars: p.pillars,
    elements: p.elements,
    labelledByPerson: p.byPerson,
    lockVersion: p.lockVersion,
  })),
});

export const ParagraphAdded = z.object({ paragraph: z.object({ id: z.number(), key: z.string().describe('stable across versions') }) });
export const presentAddedParagraph = (p: { id: number; key: string }): Out<typeof ParagraphAdded> => ({ paragraph: { id: p.id, key: p.key } });
export const ParagraphEdited = z.object({ paragraph: z.object({ id: z.number(), lockVersion: z.number() }) });

export const VersionIssued = z.object({ issued: z.number(), issuedId: z.number(), next: z.number(), nextId: z.number() });

// --- checks (the `accord check --json` contract: src/text/checks/types.ts) and the diff

const DiffOp = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
const Provenance = z.object({ symbol: z.string(), paragraph: z.string(), similarity: z.number(), diff: z.array(DiffOp) });
const Span = z.object({ start: z.number(), end: z.number() });
export const ChecksOut = z.object({
  sentences: z.array(
    z.object({
      paragraph: z.string().describe("the draft paragraph ('13 (a)'), or 'document' for whole-draft flags"),
      text: z.string(),
      pillars: z.array(z.string()),
      match: Provenance.nullable().describe('the closest agreed language'),
      flags: z.array(z.object({ kind: z.string(), explanation: z.string() })),
      sources: z
        .array(Provenance.extend({ sentenceSpan: Span, sourceSpan: Span, sourceText: z.string() }))
        .describe('every agreed source the sentence draws on, primary first'),
    }),
  ),
  balance: z.record(z.string(), z.object({ words: z.number(), paragraphs: z.number() })),
  missingPillars: z.array(z.string()),
  timings: z.object({ loadMs: z.number(), indexMs: z.number(), checkMs: z.number() }),
  corpus: z.object({ documents: z.number(), paragraphs: z.number() }),
});
const provenance = (m: { symbol: string; paragraph: string; similarity: number; diff: Array<{ op: 'equal' | 'insert' | 'delete'; text: string }> }) => ({
  symbol: m.symbol,
  paragraph: m.paragraph,
  similarity: m.similarity,
  diff: m.diff.map((d) => ({ op: d.op, text: d.text })),
});
export const presentChecks = (r: PanelResult): Out<typeof ChecksOut> => {
  const c: CheckResult = r.result;
  return {
    sentences: c.sentences.map((s) => ({
      paragraph: s.paragraph,
      text: s.text,
      pillars: s.pillars,
      match: s.match ? provenance(s.match) : null,
      flags: s.flags.map((f) => ({ kind: f.kind, explanation: f.explanation })),
      sources: s.sources.map((x) => ({
        ...provenance(x),
        sentenceSpan: { start: x.sentenceSpan.start, end: x.sentenceSpan.end },
        sourceSpan: { start: x.sourceSpan.start, end: x.sourceSpan.end },
        sourceText: x.sourceText,
      })),
    })),
    balance: c.balance,
    missingPillars: c.missingPillars,
    timings: r.timings,
    corpus: r.corpus,
  };
};

export const DiffOut = z.object({
  from: z.number(),
  to: z.number(),
  paragraphs: z.array(
    z.object({
      from: z.number().nullable(),
      to: z.number().nullable(),
      status: z.enum(['unchanged', 'changed', 'added', 'deleted']),
      diff: z.array(DiffOp),
      changes: z.array(
        z.object({
          kind: z.string(),
          versionNumber: z.number(),
          amendmentId: z.number().nullable(),
          delegation: z.string().nullable(),
          actor: z.string(),
          at: instant,
        }),
      ),
    }),
  ),
});
export const presentDiff = (d: { from: { number: number }; to: { number: number }; rows: DiffRow[] }): Out<typeof DiffOut> => ({
  from: d.from.number,
  to: d.to.number,
  paragraphs: d.rows.map((r) => ({
    from: r.from?.number ?? null,
    to: r.to?.number ?? null,
    status: r.status,
    diff: r.ops.map((o) => ({ op: o.op, text: o.text })),
    changes: r.changes.map((x) => ({
      kind: x.kind,
      versionNumber: x.versionNumber,
      amendmentId: x.amendmentId,
      delegation: x.delegation,
      actor: x.actor,
      at: iso(x.at),
    })),
  })),
});

// --- amendments

const Delegation = z.object({ iso3: z.string(), name: z.string() });
export const AmendmentProposed = z.object({
  amendment: z.object({ id: z.number(), status: z.literal('proposed'), version: z.number(), paragraph: z.number() }),
});
export const AmendmentOut = z.object({
  amendment: z.object({
    id: z.number(),
    draftId: z.number(),
    version: z.number().describe('the number of the version it amends'),
    paragraph: z.object({ key: z.string(), number: z.number() }),
    kind: z.enum(['replace', 'insert-after', 'delete']),
    text: z.string().nullable(),
    baseText: z.string(),
    justification: z.string(),
    delegation: Delegation,
    status: z.enum(['proposed', 'accepted', 'merged', 'rejected']),
    decisionNote: z.string().nullable(),
    decidedAt: instant.nullable(),
    appliedToVersion: z.number().nullable(),
    createdAt: instant,
    cosponsors: z.array(Delegation),
    supporters: z.array(Delegation),
    objectors: z.array(Delegation),
  }),
});
export const presentAmendment = (a: Awaited<ReturnType<typeof amendmentsOf>>[number]): Out<typeof AmendmentOut> => ({
  amendment: {
    id: a.id,
    draftId: a.draft_id,
    version: a.version_number,
    paragraph: { key: a.paragraph_key, number: a.paragraph_number },
    kind: a.kind,
    text: a.text,
    baseText: a.base_text,
    justification: a.justification,
    delegation: { iso3: a.state_iso3, name: a.delegation },
    status: a.status,
    decisionNote: a.decision_note,
    decidedAt: isoOrNull(a.decided_at),
    appliedToVersion: a.applied_to_version,
    createdAt: iso(a.created_at),
    cosponsors: a.cosponsors,
    supporters: a.supporters,
    objectors: a.objectors,
  },
});
export const ReactionRecorded = z.object({ id: z.number(), reaction: z.enum(['cosponsor', 'supports', 'opposes']), state: z.string() });
export const AmendmentDecided = z.object({ id: z.number(), status: z.enum(['accepted', 'merged', 'rejected']) });

// --- agreed language: the corpus of adopted documents the checks compare drafts with

export const AgreedLanguageList = z.object({
  documents: z.array(
    z.object({
      id: z.number(),
      symbol: z.string(),
      title: z.string(),
      issuedOn: day.nullable(),
      consensus: z.boolean(),
      format: z.string(),
      sha256: z.string(),
    }),
  ),
});
export const presentAgreedLanguage = (
  rows: Array<{ id: number; symbol: string; title: string; issued_on: string | null; consensus: boolean; format: string; sha256: string }>,
): Out<typeof AgreedLanguageList> => ({
  documents: rows.map((r) => ({
    id: r.id,
    symbol: r.symbol,
    title: r.title,
    issuedOn: r.issued_on,
    consensus: r.consensus,
    format: r.format,
    sha256: r.sha256,
  })),
});
export const AgreedLanguageImported = z.object({ document: z.object({ id: z.number(), symbol: z.string(), paragraphs: z.number(), format: z.string() }) });
