import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { actorLabel, type Actor } from './actor.ts';

export interface AuditEvent {
  /** Dotted verb, e.g. `report.submitted`, `user.created`. */
  action: string;
  /** The kind of item changed, e.g. `national_report`. */
  itemType: string;
  itemId?: string | number | null;
  /** A short summary of the item before and after; never secrets (password hashes, tokens). */
  before?: unknown;
  after?: unknown;
}

/**
 * Records who did what to which item. Call it with the transaction that makes the change, so the
 * change and its audit event commit or roll back together.
 */
export async function recordAudit(trx: Transaction<Database> | Kysely<Database>, actor: Actor, event: AuditEvent) {
  await trx
    .insertInto('audit_events')
    .values({
      actor_id: actor.kind === 'user' ? actor.id : null,
      actor_label: actorLabel(actor),
      action: event.action,
      item_type: event.itemType,
      item_id: event.itemId == null ? null : String(event.itemId),
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
    })
    .execute();
}
