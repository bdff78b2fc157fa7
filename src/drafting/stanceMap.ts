/**
 * The meeting record's stance map for a draft's process, for the `omitted-position` check: which
 * delegations took which position on each stance question. It reads the records capability's tables
 * when they exist (a deployment may run drafting before any record is ingested) and returns [] when
 * they do not, when the draft names no process, or when the process has no published statements.
 */
import { sql } from 'kysely';
import type { Db } from '../db/engine.ts';
import type { StanceEntry } from '../text/checks/index.ts';

export async function stanceMapFor(db: Db, process: string | null): Promise<StanceEntry[]> {
  if (!process) return [];
  const present = await sql<{
    ok: boolean;
  }>`select to_regclass('public.statement_stances') is not null and to_regclass('public.processes') is not null as ok`.execute(db);
  if (!present.rows[0]?.ok) return [];
  const rows = await sql<{ question: string; value: string; speakers: string[] }>`
    select ss.question_id as question, ss.value,
           array_agg(distinct coalesce(st.official_name, s.speaker_id)) as speakers
      from statement_stances ss
      join statements s on s.id = ss.statement_id
      join source_documents d on d.id = s.document_id and d.status = 'published'
      join meetings m on m.id = s.meeting_id
      join meeting_sessions ms on ms.id = m.session_id
      join processes p on p.id = ms.process_id
      left join states st on s.speaker_kind = 'state' and st.iso3 = s.speaker_id
     where lower(p.slug) = lower(${process}) or lower(p.title) = lower(${process})
     group by ss.question_id, ss.value
     order by ss.question_id, ss.value`.execute(db);
  return rows.rows.map((r) => ({ question: r.question, value: r.value, speakers: r.speakers }));
}
