import type { Actor } from '../accounts/actor.ts';
import { canSee, requireAccess } from '../accounts/policy.ts';
import type { Db } from '../db/engine.ts';
import { NotFound } from '../foundation/errors.ts';

/**
 * Reviewing a record needs the review right AND sight of the record: the Chair reviews drafts, but a
 * record restricted to the Secretariat stays the Secretariat's. A record the actor may not see answers
 * 404, like a missing one, so its id is not confirmed either.
 */
export async function requireReviewable(db: Db, actor: Actor, documentId: number) {
  requireAccess(actor, 'records.review');
  const doc = await db.selectFrom('source_documents').select(['id', 'visibility']).where('id', '=', documentId).executeTakeFirst();
  if (!doc || !canSee(actor, { visibility: doc.visibility as 'public' })) throw NotFound('That document', 'document.not_found');
}
