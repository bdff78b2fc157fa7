/**
 * The compilation: every proposal received on one issued version, paragraph by paragraph, with its
 * proposing delegation, co-sponsors, supporters and objectors — the document delegations negotiate from.
 */
import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { amendmentsOf, paragraphsOf, versionByNumber, type AmendmentView, type NumberedParagraph } from './queries.ts';

export interface CompiledParagraph {
  paragraph: NumberedParagraph;
  amendments: AmendmentView[];
}

export async function compilation(db: Db, actor: Actor, draftId: number, number: number) {
  const { draft, version } = await versionByNumber(db, actor, draftId, number);
  const paragraphs = await paragraphsOf(db, version.id);
  const amendments = await amendmentsOf(db, draftId, { versionId: version.id });
  const rows: CompiledParagraph[] = paragraphs.map((p) => ({ paragraph: p, amendments: amendments.filter((a) => a.paragraph_key === p.key) }));
  return { draft, version, rows, total: amendments.length };
}

/** The paragraph as it would read with the amendment: the text after the change, and what it replaces. */
export function amendedReading(a: { kind: string; text: string | null; base_text: string }): { before: string; after: string[] } {
  if (a.kind === 'replace') return { before: a.base_text, after: [a.text ?? ''] };
  if (a.kind === 'insert-after') return { before: a.base_text, after: [a.base_text, a.text ?? ''] };
  return { before: a.base_text, after: [] };
}
