import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { fromZod, NotFound } from '../../foundation/errors.ts';

export const PROPOSAL_STATUSES = ['proposed', 'under-discussion', 'agreed', 'not-pursued'] as const;
export const ProposalStatusInput = z.object({ status: z.enum(PROPOSAL_STATUSES) });

/** The Chair or Secretariat records where a proposal stands in the list of proposals. */
export async function setProposalStatus(db: Db, actor: Actor, proposalId: number, input: z.input<typeof ProposalStatusInput>) {
  requireAccess(actor, 'records.review');
  const parsed = ProposalStatusInput.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error, 'proposal.invalid');
  return db.transaction().execute(async (trx) => {
    const p = await trx.selectFrom('proposals').select(['id', 'status']).where('id', '=', proposalId).executeTakeFirst();
    if (!p) throw NotFound('That proposal', 'proposal.not_found');
    await trx
      .updateTable('proposals')
      .set({ status: parsed.data.status, status_set_by: actor.kind === 'user' ? actor.id : null, status_set_at: new Date() })
      .where('id', '=', proposalId)
      .execute();
    await recordAudit(trx, actor, {
      action: 'proposal.status_set',
      itemType: 'proposal',
      itemId: proposalId,
      before: { status: p.status },
      after: parsed.data,
    });
    return { id: proposalId, status: parsed.data.status };
  });
}
