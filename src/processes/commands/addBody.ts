import { formError, parseForm } from '../../foundation/formError.ts';
import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { messagesOf, slugOf } from '../formError.ts';
import { optional, processOf, Slug } from '../input.ts';
import { BODY_KINDS, type BodyKind } from '../tables.ts';

export const NewBody = z.object({
  kind: z.enum(BODY_KINDS as [BodyKind, ...BodyKind[]], { message: 'processes.err.choice' }),
  title: z.string().trim().min(3, 'processes.err.required').max(200, 'processes.err.tooLong'),
  /** Made from the title when not given. */
  slug: optional(Slug),
  /** What a dedicated thematic group works on; required for one. */
  theme: z.string().trim().max(1000, 'processes.err.tooLong').default(''),
});
export type NewBodyInput = z.input<typeof NewBody>;

/**
 * The Secretariat adds a body to a process: a dedicated thematic group with its theme, an
 * intersessional meeting, a working group. It is listed before the review conference, which ends a process.
 */
export async function addBody(db: Db, actor: Actor, processSlug: string, input: NewBodyInput) {
  requireAccess(actor, 'processes.manage');
  const v = parseForm(NewBody, input, 'processes.body_invalid', messagesOf);
  if (v.kind === 'dtg' && !v.theme) throw formError('processes.body_invalid', { theme: { key: 'processes.err.themeRequired' } });
  const slug = v.slug ?? slugOf(v.title);
  if (!slug) throw formError('processes.body_invalid', { slug: { key: 'processes.err.slug' } });
  return db.transaction().execute(async (trx) => {
    const p = await processOf(trx, processSlug);
    const bodies = await trx.selectFrom('process_bodies').select(['slug', 'kind', 'position']).where('process_id', '=', p.id).execute();
    if (bodies.some((b) => b.slug === slug)) throw formError('processes.body_exists', { [v.slug ? 'slug' : 'title']: { key: 'processes.err.taken' } }, 409);
    const before = bodies.filter((b) => v.kind === 'review-conference' || b.kind !== 'review-conference');
    const position = Math.max(0, ...before.map((b) => b.position)) + 1;
    const row = await trx
      .insertInto('process_bodies')
      .values({ process_id: p.id, slug, kind: v.kind, title: v.title, theme: v.theme || null, position })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    const body = { id: row.id, process: p.slug, slug, kind: v.kind, title: v.title, theme: v.theme || null, position };
    await recordAudit(trx, actor, { action: 'process.body_added', itemType: 'process_body', itemId: row.id, after: body });
    return body;
  });
}
