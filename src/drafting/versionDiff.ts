/**
 * The diff between two versions of a draft: paragraphs aligned on their key (kept across versions),
 * words compared within each paragraph, and every changed paragraph linked to the changes recorded on
 * the way, each naming the amendment (and delegation) it came from, or the person who edited.
 */
import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { ValidationError } from '../foundation/errors.ts';
import { changesBetween, paragraphsOf, versionByNumber, type NumberedParagraph } from './queries.ts';
import { wordDiff, type WordOp } from '../text/wordDiff.ts';

export interface ChangeLink {
  kind: string;
  versionNumber: number;
  amendmentId: number | null;
  /** The proposing delegation's name when the change came from an amendment. */
  delegation: string | null;
  /** Who made the change in the working copy (the Chair accepting, or the Secretariat editing). */
  actor: string;
  at: Date;
}

export interface DiffRow {
  key: string;
  from: NumberedParagraph | null;
  to: NumberedParagraph | null;
  status: 'unchanged' | 'changed' | 'added' | 'deleted';
  ops: WordOp[];
  changes: ChangeLink[];
}

/** Paragraph-aligned rows; deleted paragraphs sit where they stood, after their nearest kept predecessor. */
export function alignParagraphs(
  from: NumberedParagraph[],
  to: NumberedParagraph[],
): Array<{ key: string; from: NumberedParagraph | null; to: NumberedParagraph | null }> {
  const toKeys = new Set(to.map((p) => p.key));
  const fromByKey = new Map(from.map((p) => [p.key, p]));
  const orphansAfter = new Map<string | null, NumberedParagraph[]>();
  let anchor: string | null = null;
  for (const p of from) {
    if (toKeys.has(p.key)) {
      anchor = p.key;
      continue;
    }
    (orphansAfter.get(anchor) ?? orphansAfter.set(anchor, []).get(anchor)!).push(p);
  }
  const rows: Array<{ key: string; from: NumberedParagraph | null; to: NumberedParagraph | null }> = [];
  for (const p of orphansAfter.get(null) ?? []) rows.push({ key: p.key, from: p, to: null });
  for (const p of to) {
    rows.push({ key: p.key, from: fromByKey.get(p.key) ?? null, to: p });
    for (const o of orphansAfter.get(p.key) ?? []) rows.push({ key: o.key, from: o, to: null });
  }
  return rows;
}

export async function versionDiff(db: Db, actor: Actor, draftId: number, fromNumber: number, toNumber: number) {
  if (fromNumber === toNumber) throw ValidationError('Choose two different versions to compare.', { to: 'Same as from.' }, 'draft.diff_invalid');
  const [lo, hi] = fromNumber < toNumber ? [fromNumber, toNumber] : [toNumber, fromNumber];
  const a = await versionByNumber(db, actor, draftId, lo);
  const b = await versionByNumber(db, actor, draftId, hi);
  const [pa, pb] = [await paragraphsOf(db, a.version.id), await paragraphsOf(db, b.version.id)];
  const changes = await changesBetween(db, draftId, lo, hi);
  const byKey = new Map<string, ChangeLink[]>();
  for (const c of changes) {
    if (c.kind === 'relabelled') continue;
    (byKey.get(c.paragraph_key) ?? byKey.set(c.paragraph_key, []).get(c.paragraph_key)!).push({
      kind: c.kind,
      versionNumber: c.version_number,
      amendmentId: c.amendment_id,
      delegation: c.delegation ?? null,
      actor: c.actor_name ?? c.actor_label,
      at: c.at,
    });
  }
  const rows: DiffRow[] = alignParagraphs(pa, pb).map((r) => {
    const ops = wordDiff(r.from?.text ?? '', r.to?.text ?? '');
    const status = !r.from ? 'added' : !r.to ? 'deleted' : ops.some((o) => o.op !== 'equal') ? 'changed' : 'unchanged';
    return { ...r, status, ops, changes: status === 'unchanged' ? [] : (byKey.get(r.key) ?? []) };
  });
  return { draft: a.draft, from: a.version, to: b.version, rows };
}
