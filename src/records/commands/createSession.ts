import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { Conflict, NotFound, parseInput } from '../../foundation/errors.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2021-03-08.');

export const NewSession = z.object({
  processId: z.coerce.number().int().positive(),
  number: z.coerce.number().int().positive(),
  title: z.string().trim().min(3).max(200),
  startsOn: date.optional(),
  endsOn: date.optional(),
});

/** The Chair or Secretariat opens a session of a process. */
export async function createSession(db: Db, actor: Actor, input: z.input<typeof NewSession>) {
  requireAccess(actor, 'records.ingest');
  const s = parseInput(NewSession, input, 'session.invalid');
  return db.transaction().execute(async (trx) => {
    const p = await trx.selectFrom('processes').select('id').where('id', '=', s.processId).executeTakeFirst();
    if (!p) throw NotFound('That process', 'process.not_found');
    const taken = await trx.selectFrom('meeting_sessions').select('id').where('process_id', '=', s.processId).where('number', '=', s.number).executeTakeFirst();
    if (taken) throw Conflict('session.exists', `Session ${s.number} of this process already exists.`, { number: 'Taken.' });
    const row = await trx
      .insertInto('meeting_sessions')
      .values({ process_id: s.processId, number: s.number, title: s.title, starts_on: s.startsOn ?? null, ends_on: s.endsOn ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'session.created', itemType: 'meeting_session', itemId: row.id, after: { title: s.title } });
    return row;
  });
}
