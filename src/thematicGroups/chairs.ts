import type { Db } from '../db/engine.ts';
import { stateName } from '../participants/names.ts';

/** A presiding officer the record reader should know by name (ReadOptions.chairs). */
export interface KnownChair {
  name: string;
  role: 'chair' | 'vice-chair' | 'facilitator';
  affiliation?: string;
}

/**
 * The people who lead a meeting, for reading its record: a DTG meeting's co-facilitators, each with
 * the State (its English short name, as records write it) or affiliation they come from. Records
 * never name the presiding officer of a process anywhere in the schema yet, so the process's Chair
 * is learnt from the record's own header ("Chair: …") as before.
 */
export async function chairsOfMeeting(db: Db, meetingId: number | null | undefined): Promise<KnownChair[]> {
  if (meetingId == null) return [];
  const rows = await db
    .selectFrom('meeting_facilitators')
    .select(['name', 'state_iso3', 'affiliation'])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((r) => {
    const affiliation = r.affiliation || (r.state_iso3 ? stateName(r.state_iso3, 'en') : undefined);
    return { name: r.name, role: 'facilitator' as const, ...(affiliation ? { affiliation } : {}) };
  });
}
