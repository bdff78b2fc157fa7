import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { PILLAR_IDS } from '../../framework/catalogue/types.ts';
import { Conflict, NotFound, parseInput } from '../../foundation/errors.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2021-03-08.');

export const NewMeeting = z.object({
  sessionId: z.coerce.number().int().positive(),
  number: z.coerce.number().int().positive(),
  heldOn: date.optional(),
  title: z.string().trim().max(200).optional(),
  /** A pillar id when the agenda topic is one; free text otherwise. */
  agenda: z.string().trim().max(300).optional(),
});

/** The Chair or Secretariat adds a meeting to a session. */
export async function createMeeting(db: Db, actor: Actor, input: z.input<typeof NewMeeting>) {
  requireAccess(actor, 'records.ingest');
  const m = parseInput(NewMeeting, input, 'meeting.invalid');
  const pillar = (PILLAR_IDS as readonly string[]).includes(m.agenda ?? '') ? m.agenda! : null;
  return db.transaction().execute(async (trx) => {
    const s = await trx.selectFrom('meeting_sessions').select('id').where('id', '=', m.sessionId).executeTakeFirst();
    if (!s) throw NotFound('That session', 'session.not_found');
    const taken = await trx.selectFrom('meetings').select('id').where('session_id', '=', m.sessionId).where('number', '=', m.number).executeTakeFirst();
    if (taken) throw Conflict('meeting.exists', `Meeting ${m.number} of this session already exists.`, { number: 'Taken.' });
    const row = await trx
      .insertInto('meetings')
      .values({
        session_id: m.sessionId,
        number: m.number,
        held_on: m.heldOn ?? null,
        title: m.title ?? '',
        agenda_pillar: pillar,
        agenda_text: pillar ? null : m.agenda || null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'meeting.created', itemType: 'meeting', itemId: row.id, after: { number: m.number, sessionId: m.sessionId } });
    return row;
  });
}
