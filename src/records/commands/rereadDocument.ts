import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import type { Db } from '../../db/engine.ts';
import { NotFound } from '../../foundation/errors.ts';
import { requireReviewable } from '../reviewAccess.ts';
import { rebuildDocument } from '../store.ts';

/**
 * Reads the document again with the current reader and trained layer; people's corrections are
 * replayed on top, so none is lost.
 */
export async function rereadDocument(db: Db, actor: Actor, documentId: number) {
  await requireReviewable(db, actor, documentId);
  return db.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom('source_documents').select('id').where('id', '=', documentId).executeTakeFirst();
    if (!doc) throw NotFound('That document', 'document.not_found');
    const result = await rebuildDocument(trx, documentId);
    await recordAudit(trx, actor, { action: 'document.reread', itemType: 'source_document', itemId: documentId, after: { statements: result.statements } });
    return result;
  });
}
