import { toActor } from '../accounts/sessions.ts';
import type { Db } from '../db/engine.ts';
import { createMeeting, createSession } from './createMeeting.ts';

/** The actor of a demo account, for command-level tests. */
export async function actorFor(db: Db, email: string) {
  const u = await db.selectFrom('users').select(['id', 'email', 'display_name', 'role', 'state_iso3', 'organisation_id'])
    .where('email', '=', email).executeTakeFirstOrThrow();
  return toActor(u);
}

/** A session and meeting of the 2021–2025 OEWG for tests; `n` keeps numbers apart between callers. */
export async function testMeeting(db: Db, n = 1, agenda = 'institutional-dialogue') {
  const secretariat = await actorFor(db, 'secretariat@accord.test');
  const process = await db.selectFrom('processes').select('id').where('slug', '=', 'oewg-2021-2025').executeTakeFirstOrThrow();
  const session = await createSession(db, secretariat, { processId: process.id, number: 100 + n, title: `Test session ${n}`, startsOn: '2022-03-28', endsOn: '2022-04-01' });
  const meeting = await createMeeting(db, secretariat, { sessionId: session.id, number: 1, heldOn: '2022-03-29', agenda });
  return { session, meeting, secretariat };
}

/** A small invented event report with four speakers, a proposal and a premature stance. */
export const REPORT = `Informal meeting of the open-ended working group, session 2, meeting 3
Agenda item: regular institutional dialogue
The representative of New Zealand stated that a programme of action would give the dialogue a permanent home. New Zealand proposed that the Secretariat prepare a paper on the options for a programme of action.
The delegate of Brazil supported the proposal made by New Zealand and underlined that capacity-building must be demand-driven.
The Russian delegate considered that it was premature to create a new permanent body before the current mandate ends.
She also stated that any new mechanism should be decided by consensus.
The Chair thanked delegations.`;

export const enc = (s: string) => new TextEncoder().encode(s);
