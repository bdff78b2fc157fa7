import type { Transaction } from 'kysely';
import type { Db } from '../db/engine.ts';
import type { Database } from '../schema.ts';
import type { NoticeKind } from './tables.ts';

export interface NewNotice {
  stateIso3: string;
  kind: NoticeKind;
  key: string;
  params?: Record<string, string | number>;
  link?: string;
}

/**
 * In-app notices to delegations, written in the same transaction as the change they announce: a
 * delegation learns of a reminder or a check on its tasks page even when no email reached it.
 */
export async function addNotices(trx: Transaction<Database>, notices: NewNotice[]) {
  if (notices.length === 0) return;
  await trx
    .insertInto('notices')
    .values(
      notices.map((n) => ({
        state_iso3: n.stateIso3,
        kind: n.kind,
        message_key: n.key,
        params: JSON.stringify(n.params ?? {}),
        link: n.link ?? null,
      })),
    )
    .execute();
}

/** A delegation's newest notices. Only that State's delegates (and the Secretariat) ask for them. */
export async function noticesOfState(db: Db, stateIso3: string, limit = 20) {
  const rows = await db
    .selectFrom('notices')
    .selectAll()
    .where('state_iso3', '=', stateIso3)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, params: (typeof r.params === 'string' ? JSON.parse(r.params) : (r.params ?? {})) as Record<string, string | number> }));
}
