import { formError, parseForm } from '../../foundation/formError.ts';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { NotFound } from '../../foundation/errors.ts';
import { AgendaItemInput } from '../agendaInput.ts';
import { messagesOf } from '../formError.ts';
import { processOf } from '../input.ts';
import type { z } from 'zod';

export const NewAgendaItem = AgendaItemInput;

/** The Secretariat adds an item to a session's agenda (at its end); numbers are unique within the session. */
export async function addAgendaItem(db: Db, actor: Actor, processSlug: string, sessionId: number, input: z.input<typeof AgendaItemInput>) {
  requireAccess(actor, 'processes.manage');
  const v = parseForm(AgendaItemInput, input, 'processes.agenda_invalid', messagesOf);
  return db.transaction().execute(async (trx) => {
    const p = await processOf(trx, processSlug);
    const s = await trx.selectFrom('meeting_sessions').select('id').where('id', '=', sessionId).where('process_id', '=', p.id).executeTakeFirst();
    if (!s) throw NotFound('That session', 'session.not_found');
    const items = await trx.selectFrom('agenda_items').select(['number', 'position']).where('session_id', '=', s.id).execute();
    if (items.some((i) => i.number === v.number)) throw formError('processes.agenda_exists', { number: { key: 'processes.err.taken' } }, 409);
    const position = Math.max(0, ...items.map((i) => i.position)) + 1;
    const row = await trx
      .insertInto('agenda_items')
      .values({ session_id: s.id, number: v.number, title: v.title, pillar: v.pillar ?? null, position })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    const item = { id: row.id, sessionId: s.id, number: v.number, title: v.title, pillar: v.pillar ?? null, position };
    await recordAudit(trx, actor, { action: 'process.agenda_item_added', itemType: 'agenda_item', itemId: row.id, after: item });
    return item;
  });
}
