/**
 * DOCX exports of the workbench: a version with Word tracked changes against the version before it
 * (each change attributed to the proposing delegation, or to the person who edited), and the
 * compilation of proposals. A paragraph whose sentences reuse agreed language carries a Word comment
 * (in the reader's language) naming every source of each sentence, the words each explains and what
 * changed: a comment, so the text delegations negotiate stays exactly the version's text.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, HeadingLevel, Paragraph, TextRun, type ICommentOptions, type ParagraphChild } from 'docx';
import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { packTracked, revisionIds, trackedRuns } from '../exports/docxTracked.ts';
import { translator, type Translate } from '../i18n/index.ts';
import type { SentenceCheck } from '../text/checks/index.ts';
import { AppError } from '../foundation/errors.ts';
import { runChecks } from './checksPanel.ts';
import { compilation } from './compilation.ts';
import { paragraphsOf, versionByNumber } from './queries.ts';
import { SECTION_HEADINGS } from './sectionHeadings.ts';
import { versionLabel } from './sections.ts';
import type { SectionId } from './tables.ts';
import { versionDiff, type ChangeLink } from './versionDiff.ts';

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(text)] });

function attribution(changes: ChangeLink[], fallbackDate: Date) {
  const names = [...new Set(changes.map((c) => c.delegation ?? c.actor))];
  const at = changes.length ? changes[changes.length - 1].at : fallbackDate;
  return { author: names.join(' / ') || 'Secretariat', date: new Date(at).toISOString() };
}

/** Sentences with agreed sources, by draft paragraph number; empty when the version cannot be checked. */
async function sourcesByParagraph(db: Db, version: { id: number }, draft: { process: string | null }): Promise<Map<string, SentenceCheck[]>> {
  const out = new Map<string, SentenceCheck[]>();
  try {
    const { result } = await runChecks(db, version, draft);
    for (const s of result.sentences) if (s.sources.length) out.set(s.paragraph, [...(out.get(s.paragraph) ?? []), s]);
  } catch (err) {
    // A version with no paragraphs has nothing to annotate; the export itself still works.
    if (!(err instanceof AppError && err.code === 'check.empty_draft')) throw err;
  }
  return out;
}

/** The comment naming every source of each sentence: where from, how close, which words, what changed. */
function sourcesComment(t: Translate, id: number, sentences: SentenceCheck[], date: Date): ICommentOptions {
  const children: Paragraph[] = [];
  for (const s of sentences) {
    children.push(new Paragraph({ children: [new TextRun({ text: t('drafting.docx.agreedIn', { sentence: s.text }), bold: true })] }));
    for (const src of s.sources) {
      const words = s.sources.length > 1 ? ` ${t('drafting.checks.sourceFor', { words: s.text.slice(src.sentenceSpan.start, src.sentenceSpan.end) })}` : '';
      children.push(
        new Paragraph({
          children: [
            new TextRun(
              `${src.symbol}, ${t('drafting.checks.paraShort', { p: src.paragraph })} — ${t('drafting.checks.similarity', { pct: Math.round(src.similarity * 100) })}${words}`,
            ),
          ],
        }),
      );
      if (src.diff.some((d) => d.op !== 'equal')) {
        // Agreed words the draft dropped are struck through, words it added underlined (not tracked: a comment cannot be accepted).
        children.push(
          new Paragraph({
            children: src.diff.map(
              (d, k) => new TextRun({ text: (k ? ' ' : '') + d.text, strike: d.op === 'delete', underline: d.op === 'insert' ? {} : undefined }),
            ),
          }),
        );
      }
    }
  }
  return { id, author: 'Accord', initials: 'AC', date, children };
}

/** Wraps a paragraph's runs in a comment range when its sentences have agreed sources. */
function annotated(runs: ParagraphChild[], sentences: SentenceCheck[] | undefined, comments: ICommentOptions[], t: Translate, date: Date): Paragraph {
  if (!sentences?.length) return new Paragraph({ children: runs });
  const id = comments.length;
  comments.push(sourcesComment(t, id, sentences, date));
  return new Paragraph({ children: [new CommentRangeStart(id), ...runs, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })] });
}

/** The version as DOCX; from Rev.1 on, with tracked changes against the version before it; comments in the reader's language. */
export async function versionDocx(
  db: Db,
  actor: Actor,
  draftId: number,
  number: number,
  t: Translate = translator('en'),
): Promise<{ filename: string; bytes: Buffer }> {
  const { draft, version } = await versionByNumber(db, actor, draftId, number);
  const label = versionLabel(number);
  const children: Paragraph[] = [heading(draft.title, HeadingLevel.TITLE), new Paragraph({ children: [new TextRun({ text: label, italics: true })] })];
  const ids = revisionIds();
  const sources = await sourcesByParagraph(db, version, draft);
  const comments: ICommentOptions[] = [];
  const date = version.issued_at ?? new Date();
  let section: SectionId | null = null;
  const open = (s: SectionId) => {
    if (s !== section) {
      section = s;
      children.push(heading(SECTION_HEADINGS[s], HeadingLevel.HEADING_1));
    }
  };
  if (number === 0) {
    for (const p of await paragraphsOf(db, version.id)) {
      open(p.section);
      children.push(annotated([new TextRun(`${p.number}. ${p.text}`)], sources.get(String(p.number)), comments, t, date));
    }
  } else {
    const diff = await versionDiff(db, actor, draftId, number - 1, number);
    for (const r of diff.rows) {
      open((r.to ?? r.from)!.section);
      const rev = attribution(r.changes, version.issued_at ?? new Date());
      const runs = [...(r.to ? [new TextRun(`${r.to.number}. `)] : []), ...trackedRuns(r.ops, rev, ids)];
      children.push(annotated(runs, r.to ? sources.get(String(r.to.number)) : undefined, comments, t, date));
    }
  }
  const bytes = await packTracked([{ children }], { title: `${draft.title} — ${label}`, comments });
  return { filename: `draft-${draftId}-${number === 0 ? 'zero-draft' : `rev${number}`}.docx`, bytes };
}

const KIND_LABEL = { replace: 'Replace the paragraph with', 'insert-after': 'Insert after the paragraph', delete: 'Delete the paragraph' } as const;

export async function compilationDocx(db: Db, actor: Actor, draftId: number, number: number): Promise<{ filename: string; bytes: Buffer }> {
  const c = await compilation(db, actor, draftId, number);
  const label = versionLabel(number);
  const children: Paragraph[] = [
    heading(`${c.draft.title} — compilation of proposals on the ${label.toLowerCase()}`, HeadingLevel.TITLE),
    new Paragraph({
      children: [
        new TextRun({
          text: `${c.total} proposal(s). Each proposal is listed under the paragraph it amends, with its co-sponsors, supporters and objectors.`,
          italics: true,
        }),
      ],
    }),
  ];
  let section: SectionId | null = null;
  for (const { paragraph: p, amendments } of c.rows) {
    if (p.section !== section) {
      section = p.section;
      children.push(heading(SECTION_HEADINGS[p.section], HeadingLevel.HEADING_1));
    }
    children.push(new Paragraph({ children: [new TextRun({ text: `${p.number}. `, bold: true }), new TextRun(p.text)] }));
    for (const a of amendments) {
      const sponsors = a.cosponsors.length ? ` (co-sponsored by ${a.cosponsors.map((s) => s.name).join(', ')})` : '';
      children.push(
        new Paragraph({
          indent: { start: 720 },
          children: [new TextRun({ text: `${a.delegation}${sponsors} — ${KIND_LABEL[a.kind]}`, bold: true }), new TextRun(a.text ? `: “${a.text}”` : '.')],
        }),
      );
      children.push(new Paragraph({ indent: { start: 720 }, children: [new TextRun({ text: `Justification: ${a.justification}`, italics: true })] }));
      const reactions = [
        a.supporters.length ? `Supported by ${a.supporters.map((s) => s.name).join(', ')}.` : '',
        a.objectors.length ? `Objected to by ${a.objectors.map((s) => s.name).join(', ')}.` : '',
        `Status: ${a.status}. Amendment ${a.id}.`,
      ]
        .filter(Boolean)
        .join(' ');
      children.push(new Paragraph({ indent: { start: 720 }, children: [new TextRun(reactions)] }));
    }
  }
  const bytes = await packTracked([{ children }], { title: `${c.draft.title} — compilation` });
  return { filename: `draft-${draftId}-compilation-${number === 0 ? 'zero-draft' : `rev${number}`}.docx`, bytes };
}
