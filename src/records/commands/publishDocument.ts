import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import type { Db } from '../../db/engine.ts';
import { Conflict, NotFound } from '../../foundation/errors.ts';
import { requireReviewable } from '../reviewAccess.ts';

/** Draft → published: from now on the document's statements are public (within its visibility). */
export async function publishDocument(db: Db, actor: Actor, documentId: number) {
  await requireReviewable(db, actor, documentId);
  return db.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom('source_documents').select(['id', 'status']).where('id', '=', documentId).executeTakeFirst();
    if (!doc) throw NotFound('That document', 'document.not_found');
    if (doc.status === 'published') throw Conflict('document.already_published', 'The document is already published.');
    await trx
      .updateTable('source_documents')
      .set({ status: 'published', published_at: new Date(), published_by: actor.kind === 'user' ? actor.id : null })
      .where('id', '=', documentId)
      .execute();
    await recordAudit(trx, actor, {
      action: 'document.published',
      itemType: 'source_document',
      itemId: documentId,
      before: { status: 'draft' },
      after: { status: 'published' },
    });
    return { id: documentId, status: 'published' as const };
  });
}
