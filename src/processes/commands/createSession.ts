import { formError, parseForm } from '../../foundation/formError.ts';
import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import type { FieldMessages } from '../../reporting/fieldErrors.ts';
import { AgendaItemInput } from '../agendaInput.ts';
import { messagesOf } from '../formError.ts';
import { datesInOrder, Day, optional, processOf, Slug } from '../input.ts';
import { MEETING_TYPES, type BodyKind, type MeetingType } from '../tables.ts';

export const NewSession = z.object({
  /** The body's slug: `plenary`, `organizational`, a dedicated thematic group's. */
  body: Slug,
  /** Defaults to the body's own kind of meeting (a plenary holds substantive sessions). */
  meetingType: optional(z.enum(MEETING_TYPES as [MeetingType, ...MeetingType[]], { message: 'processes.err.choice' })),
  /** The cycle's slug; when not given, the cycle the dates fall in, if any. */
  cycle: optional(Slug),
  /** Numbered within the body; the next number when not given. */
  number: optional(
    z.coerce.number({ message: 'processes.err.number' }).int('processes.err.number').positive('processes.err.number').max(999, 'processes.err.number'),
  ),
  /** The session's title, with its venue when it has one ("First substantive session, New York"). */
  title: z.string().trim().min(3, 'processes.err.required').max(200, 'processes.err.tooLong'),
  startsOn: Day,
  endsOn: Day,
  agendaItems: z.array(AgendaItemInput).max(40, 'processes.err.tooMany').default([]),
});
export type NewSessionInput = z.input<typeof NewSession>;

const TYPE_OF_BODY: Record<BodyKind, MeetingType> = {
  plenary: 'substantive',
  organizational: 'organizational',
  dtg: 'dtg',
  intersessional: 'intersessional',
  'review-conference': 'review-conference',
  'working-group': 'informal',
};

/**
 * The Secretariat schedules a session in one of a process's bodies, with its meeting type, cycle,
 * dates and agenda. The records capability's own createSession (src/records/commands/createSession.ts) only
 * knows processes; this one places the session in a body and a cycle. A session lies within its cycle.
 */
export async function createSession(db: Db, actor: Actor, processSlug: string, input: NewSessionInput) {
  requireAccess(actor, 'processes.manage');
  const v = parseForm(NewSession, input, 'processes.session_invalid', (issues) => datesInOrder(input, messagesOf(issues)));
  const problems: FieldMessages = {};
  if (v.endsOn < v.startsOn) problems.endsOn = { key: 'processes.err.endsBeforeStart' };
  v.agendaItems.forEach((item, i) => {
    if (v.agendaItems.findIndex((o) => o.number === item.number) !== i) problems[`agendaItems.${i}.number`] = { key: 'processes.err.duplicate' };
  });
  if (Object.keys(problems).length) throw formError('processes.session_invalid', problems);
  return db.transaction().execute(async (trx) => {
    const p = await processOf(trx, processSlug);
    const body = await trx
      .selectFrom('process_bodies')
      .select(['id', 'slug', 'kind', 'title'])
      .where('process_id', '=', p.id)
      .where('slug', '=', v.body)
      .executeTakeFirst();
    if (!body) throw formError('processes.session_invalid', { body: { key: 'processes.err.unknownBody' } });
    const cycles = await trx.selectFrom('process_cycles').select(['id', 'slug', 'title', 'starts_on', 'ends_on']).where('process_id', '=', p.id).execute();
    const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));
    let cycle = v.cycle ? cycles.find((c) => c.slug === v.cycle) : cycles.find((c) => iso(c.starts_on) <= v.startsOn && v.endsOn <= iso(c.ends_on));
    if (v.cycle && !cycle) throw formError('processes.session_invalid', { cycle: { key: 'processes.err.unknownCycle' } });
    if (cycle && (v.startsOn < iso(cycle.starts_on) || v.endsOn > iso(cycle.ends_on))) {
      throw formError('processes.session_invalid', {
        startsOn: { key: 'processes.err.outsideCycle', params: { title: cycle.title, from: iso(cycle.starts_on), to: iso(cycle.ends_on) } },
      });
    }
    cycle ??= undefined;
    const numbers = await trx.selectFrom('meeting_sessions').select('number').where('process_id', '=', p.id).where('body_id', '=', body.id).execute();
    const number = v.number ?? Math.max(0, ...numbers.map((n) => n.number)) + 1;
    if (numbers.some((n) => n.number === number)) throw formError('processes.session_exists', { number: { key: 'processes.err.taken' } }, 409);
    const meetingType = v.meetingType ?? TYPE_OF_BODY[body.kind];
    const row = await trx
      .insertInto('meeting_sessions')
      .values({
        process_id: p.id,
        body_id: body.id,
        meeting_type: meetingType,
        cycle_id: cycle?.id ?? null,
        number,
        title: v.title,
        starts_on: v.startsOn,
        ends_on: v.endsOn,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    if (v.agendaItems.length) {
      await trx
        .insertInto('agenda_items')
        .values(v.agendaItems.map((a, i) => ({ session_id: row.id, number: a.number, title: a.title, pillar: a.pillar ?? null, position: i + 1 })))
        .execute();
    }
    const session = {
      id: row.id,
      process: p.slug,
      body: body.slug,
      meetingType,
      cycle: cycle?.slug ?? null,
      number,
      title: v.title,
      startsOn: v.startsOn,
      endsOn: v.endsOn,
      agendaItems: v.agendaItems.map((a) => ({ number: a.number, title: a.title, pillar: a.pillar ?? null })),
    };
    await recordAudit(trx, actor, { action: 'process.session_created', itemType: 'meeting_session', itemId: row.id, after: session });
    return session;
  });
}
