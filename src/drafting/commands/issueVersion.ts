import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { batches } from '../batches.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { Conflict } from '../../foundation/errors.ts';
import { versionLabel } from '../sections.ts';
import { workingVersionOf } from '../working.ts';

/**
 * Issues the working version: it is frozen from then on (the database refuses any change to it), and
 * the next version starts as a copy of it, keeping each paragraph's key so diffs align across versions.
 */
export async function issueVersion(db: Db, actor: Actor, draftId: number) {
  requireAccess(actor, 'draft.edit');
  return db.transaction().execute(async (trx) => {
    const v = await workingVersionOf(trx, draftId);
    const paragraphs = await trx.selectFrom('draft_paragraphs').selectAll().where('version_id', '=', v.id).execute();
    if (paragraphs.length === 0) throw Conflict('draft.empty', 'The working version has no paragraphs. Add the text before issuing it.');
    await trx
      .updateTable('draft_versions')
      .set({ status: 'issued', issued_at: new Date(), issued_by: actor.kind === 'user' ? actor.id : null })
      .where('id', '=', v.id)
      .execute();
    const next = await trx
      .insertInto('draft_versions')
      .values({ draft_id: draftId, number: v.number + 1, status: 'working', based_on: v.id })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    const copies = paragraphs.map(({ id: _id, version_id: _v, lock_version: _l, ...rest }) => ({ ...rest, version_id: next.id }));
    for (const part of batches(copies)) await trx.insertInto('draft_paragraphs').values(part).execute();
    await recordAudit(trx, actor, {
      action: 'draft.version_issued',
      itemType: 'draft_version',
      itemId: v.id,
      after: { draftId, version: versionLabel(v.number), paragraphs: paragraphs.length },
    });
    return { issued: v.number, issuedId: v.id, next: next.number, nextId: next.id };
  });
}
