import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireDelegation } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { Conflict, NotFound } from '../../foundation/errors.ts';

/** `supports` / `opposes`, the words of a stance; the older `support` / `object` are still accepted. */
export const Reaction = z.preprocess((v) => (v === 'support' ? 'supports' : v === 'object' ? 'opposes' : v), z.enum(['cosponsor', 'supports', 'opposes']));
export type ReactionKind = z.output<typeof Reaction>;

/**
 * Another delegation co-sponsors, supports or objects to an amendment while it is open. Reactions are
 * appended: the latest of a delegation counts, and the history of who moved stays in the record.
 */
export async function reactToAmendment(db: Db, actor: Actor, amendmentId: number, reaction: ReactionKind | 'support' | 'object') {
  reaction = Reaction.parse(reaction);
  const delegation = requireDelegation(actor, reaction === 'cosponsor' ? 'amendment.propose' : 'amendment.support');
  const iso3 = delegation.stateIso3;
  return db.transaction().execute(async (trx) => {
    const a = await trx.selectFrom('amendments').select(['id', 'state_iso3', 'status']).where('id', '=', amendmentId).forUpdate().executeTakeFirst();
    if (!a) throw NotFound('That amendment', 'amendment.not_found');
    if (a.status !== 'proposed') throw Conflict('amendment.decided', `The Chair has already decided on amendment ${a.id} (${a.status}).`);
    if (a.state_iso3 === iso3) throw Conflict('amendment.own', 'Your delegation proposed this amendment; it already stands behind it.');
    if (reaction === 'cosponsor') {
      const already = await trx
        .selectFrom('amendment_sponsors')
        .select('amendment_id')
        .where('amendment_id', '=', a.id)
        .where('state_iso3', '=', iso3)
        .executeTakeFirst();
      if (!already) await trx.insertInto('amendment_sponsors').values({ amendment_id: a.id, state_iso3: iso3, user_id: delegation.id }).execute();
    } else {
      await trx.insertInto('amendment_reactions').values({ amendment_id: a.id, state_iso3: iso3, user_id: delegation.id, reaction }).execute();
    }
    await recordAudit(trx, actor, {
      action: `amendment.${reaction === 'cosponsor' ? 'cosponsored' : reaction === 'supports' ? 'supported' : 'objected'}`,
      itemType: 'amendment',
      itemId: a.id,
      after: { state: iso3 },
    });
    return { id: a.id, reaction, state: iso3 };
  });
}
