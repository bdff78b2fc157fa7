import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireDelegation } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { Conflict, NotFound, parseInput, ValidationError } from '../../foundation/errors.ts';
import { paragraphText } from './createDraft.ts';
import { paragraphsOf } from '../queries.ts';
import { versionLabel } from '../sections.ts';

export const NewAmendment = z.object({
  /** The version the delegation read: 0 for the zero draft, 1 for Rev.1 … */
  version: z.coerce.number().int().min(0),
  /** The paragraph number as printed in that version. */
  paragraph: z.coerce.number().int().positive(),
  kind: z.enum(['replace', 'insert-after', 'delete']),
  text: z.string().optional(),
  justification: z.string().trim().min(3, 'Say why the delegation proposes this change.').max(4000),
});

/**
 * A delegation proposes to replace, insert after or delete one paragraph of an issued version. Only
 * the current issued version may be amended: against a superseded one the proposal is refused with a
 * pointer to the current version, so nobody amends text that no longer exists.
 */
export async function proposeAmendment(db: Db, actor: Actor, draftId: number, input: z.input<typeof NewAmendment>) {
  const delegation = requireDelegation(actor, 'amendment.propose');
  const props = parseInput(NewAmendment, input, 'amendment.invalid');
  let text: string | null = null;
  if (props.kind !== 'delete') {
    const t = paragraphText.safeParse(props.text ?? '');
    if (!t.success) throw ValidationError('Write the proposed text.', { text: t.error.issues[0]?.message ?? 'Required.' }, 'amendment.invalid');
    text = t.data;
  }
  const iso3 = delegation.stateIso3;

  return db.transaction().execute(async (trx) => {
    const versions = await trx.selectFrom('draft_versions').select(['id', 'number', 'status']).where('draft_id', '=', draftId).orderBy('number').execute();
    const issued = versions.filter((v) => v.status === 'issued');
    const target = issued.find((v) => v.number === props.version);
    if (issued.length === 0) throw NotFound('That draft', 'draft.not_found');
    if (!target) throw NotFound(`Version ${props.version} of this draft`, 'draft.version_not_found');
    const current = issued[issued.length - 1];
    if (target.number !== current.number) {
      throw Conflict(
        'amendment.superseded',
        `${versionLabel(target.number)} has been superseded by ${versionLabel(current.number)}. Read /drafts/${draftId}/v/${current.number} and propose your amendment against it.`,
        { version: String(current.number), current: `/drafts/${draftId}/v/${current.number}` },
      );
    }
    const paragraph = (await paragraphsOf(trx, target.id)).find((p) => p.number === props.paragraph);
    if (!paragraph)
      throw ValidationError(`${versionLabel(target.number)} has no paragraph ${props.paragraph}.`, { paragraph: 'No such paragraph.' }, 'amendment.invalid');
    const row = await trx
      .insertInto('amendments')
      .values({
        draft_id: draftId,
        version_id: target.id,
        paragraph_key: paragraph.key,
        paragraph_number: paragraph.number,
        kind: props.kind,
        text,
        base_text: paragraph.text,
        justification: props.justification,
        proposed_by: delegation.id,
        state_iso3: iso3,
      })
      .returning(['id', 'status'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'amendment.proposed',
      itemType: 'amendment',
      itemId: row.id,
      after: { draftId, version: target.number, paragraph: paragraph.number, kind: props.kind, text },
    });
    return { id: row.id, status: row.status, version: target.number, paragraph: paragraph.number };
  });
}
