import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { AppError, parseInput } from '../../foundation/errors.ts';
import { SECTION_IDS } from '../sections.ts';
import type { SectionId } from '../tables.ts';
import { insertParagraph } from '../working.ts';

export const sectionSchema = z.enum(SECTION_IDS as [SectionId, ...SectionId[]], { message: `Choose one of: ${SECTION_IDS.join(', ')}.` });
export const paragraphText = z.string().trim().min(1, 'Write the paragraph text.').max(20000, 'A paragraph has at most 20,000 characters.');

export const NewDraft = z.object({
  title: z.string().trim().min(3, 'Give the draft a title, e.g. "Final report".').max(200),
  process: z.string().trim().max(200).optional(),
  paragraphs: z
    .array(z.object({ section: sectionSchema, text: paragraphText }))
    .max(2000)
    .default([]),
});

/** The Chair or the Secretariat starts a draft: its zero draft is the working version until issued. */
export async function createDraft(db: Db, actor: Actor, input: z.input<typeof NewDraft>) {
  requireAccess(actor, 'draft.edit');
  const props = parseInput(NewDraft, input, 'draft.invalid');
  return db.transaction().execute(async (trx) => {
    // The draft belongs to a process (migrations/0490): its framework version decides the checks.
    if (props.process && !(await trx.selectFrom('processes').select('id').where('slug', '=', props.process).executeTakeFirst())) {
      throw new AppError('draft.process_unknown', 400, `There is no process "${props.process}". Choose one of the processes listed on /processes.`, {
        process: 'Choose a process from the list.',
      });
    }
    const draft = await trx
      .insertInto('drafts')
      .values({
        title: props.title,
        process: props.process || null,
        created_by: actor.kind === 'user' ? actor.id : null,
      })
      .returning(['id', 'title'])
      .executeTakeFirstOrThrow();
    const version = await trx
      .insertInto('draft_versions')
      .values({ draft_id: draft.id, number: 0, status: 'working', based_on: null })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    for (const p of props.paragraphs) await insertParagraph(trx, actor, version.id, p);
    await recordAudit(trx, actor, {
      action: 'draft.created',
      itemType: 'draft',
      itemId: draft.id,
      after: { title: props.title, paragraphs: props.paragraphs.length },
    });
    return { id: draft.id, title: draft.title, versionId: version.id };
  });
}
