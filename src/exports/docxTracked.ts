/**
 * Word tracked changes: a paragraph built from a word diff becomes ordinary runs for unchanged words
 * and <w:ins>/<w:del> revisions for changed ones, each with its author (e.g. the proposing
 * delegation) and date, so a delegate opening the file in Word sees who changed what and can accept
 * or reject each change. Reusable by any capability that exports a revised text.
 *
 * @example
 *   const ids = revisionIds();
 *   new Paragraph({ children: trackedRuns([{ op: 'equal', text: 'States' }, { op: 'delete', text: 'should' }, { op: 'insert', text: 'shall' }], { author: 'New Zealand', date }, ids) });
 */
import { DeletedTextRun, Document, InsertedTextRun, Packer, TextRun, type ICommentOptions, type ISectionOptions } from 'docx';

export interface TrackedOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  /** Overrides the paragraph's author for this change. */
  author?: string;
  date?: string;
}

export interface Revision {
  author: string;
  /** ISO 8601. */
  date: string;
}

/** Revision ids must be unique within a document; share one counter per document. */
export const revisionIds = () => ({ next: 1 });

export function trackedRuns(ops: TrackedOp[], revision: Revision, ids: { next: number }) {
  const runs: Array<TextRun | InsertedTextRun | DeletedTextRun> = [];
  ops.forEach((o, k) => {
    // Words are joined by single spaces; the space belongs to the run that follows it, so accepting
    // or rejecting a change never leaves a double space or glues two words together.
    const text = (k === 0 ? '' : ' ') + o.text;
    const rev = { id: ids.next, author: o.author ?? revision.author, date: o.date ?? revision.date };
    if (o.op === 'equal') runs.push(new TextRun(text));
    else if (o.op === 'insert') {
      runs.push(new InsertedTextRun({ text, ...rev }));
      ids.next++;
    } else {
      runs.push(new DeletedTextRun({ text, ...rev }));
      ids.next++;
    }
  });
  return runs;
}

/** Packs sections into a .docx with revision tracking switched on, so further edits are tracked too; `comments` are Word comments the sections refer to by id. */
export async function packTracked(sections: ISectionOptions[], meta: { title: string; creator?: string; comments?: ICommentOptions[] }): Promise<Buffer> {
  const doc = new Document({
    title: meta.title,
    creator: meta.creator ?? 'Accord',
    features: { trackRevisions: true },
    sections,
    ...(meta.comments?.length ? { comments: { children: meta.comments } } : {}),
  });
  return Packer.toBuffer(doc);
}
