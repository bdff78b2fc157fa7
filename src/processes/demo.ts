import { systemActor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { createCycle } from './createCycle.ts';
import { createSession } from './createSession.ts';

/**
 * The Global Mechanism's first year as the first start shows it: its first cycle, the organizational
 * session (30–31 March 2026), the first substantive plenary (20–24 July 2026) and the first meetings
 * of its two dedicated thematic groups (7–11 December 2026). The dates are the schedule's; the cycle's
 * end and every agenda item are invented and marked synthetic.
 */
export async function seedDemo(db: Db) {
  const sys = systemActor('demo');
  const gm = await db.selectFrom('processes').select('id').where('slug', '=', 'global-mechanism').executeTakeFirst();
  if (!gm) return;
  if (await db.selectFrom('process_cycles').select('id').where('process_id', '=', gm.id).executeTakeFirst()) return;
  const opening = [{ number: '1', title: 'Opening of the session (synthetic demo)' }, { number: '2', title: 'Adoption of the agenda (synthetic demo)' }];
  await createCycle(db, sys, 'global-mechanism', { title: 'First biennial cycle (synthetic demo)', slug: 'first-cycle', startsOn: '2026-03-30', endsOn: '2028-07-31', outcome: 'progress report' });
  await createSession(db, sys, 'global-mechanism', { body: 'organizational', title: 'Organizational session, New York', startsOn: '2026-03-30', endsOn: '2026-03-31', agendaItems: opening });
  await createSession(db, sys, 'global-mechanism', {
    body: 'plenary', title: 'First substantive plenary session, New York', startsOn: '2026-07-20', endsOn: '2026-07-24',
    agendaItems: [...opening, { number: '3', title: 'Exchanges across the pillars of the framework (synthetic demo)', pillar: 'institutional-dialogue' }],
  });
  await createSession(db, sys, 'global-mechanism', { body: 'dtg-specific-challenges', title: 'First meeting of the thematic group on specific challenges', startsOn: '2026-12-07', endsOn: '2026-12-11',
    agendaItems: [{ number: '1', title: 'Guiding questions (synthetic demo)', pillar: 'threats' }] });
  await createSession(db, sys, 'global-mechanism', { body: 'dtg-capacity-building', title: 'First meeting of the thematic group on capacity-building', startsOn: '2026-12-07', endsOn: '2026-12-11',
    agendaItems: [{ number: '1', title: 'Guiding questions (synthetic demo)', pillar: 'capacity-building' }] });
}
