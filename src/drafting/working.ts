/**
 * Low-level writes to a draft's working version, shared by the Chair's edits and by accepted
 * amendments. Each runs inside the caller's transaction and appends to draft_changes, so every
 * change is kept with who made it and, when it came from one, the amendment.
 */
import crypto from 'node:crypto';
import type { Transaction } from 'kysely';
import { actorLabel, type Actor } from '../accounts/actor.ts';
import type { Database } from '../schema.ts';
import { AppError, Conflict, NotFound } from '../foundation/errors.ts';
import type { SectionId } from './tables.ts';
import { frameworkOfVersion } from './framework.ts';
import { tagParagraph } from './tagging.ts';

type Trx = Transaction<Database>;

export async function workingVersionOf(trx: Trx, draftId: number) {
  const draft = await trx.selectFrom('drafts').select(['id']).where('id', '=', draftId).forUpdate().executeTakeFirst();
  if (!draft) throw NotFound('That draft', 'draft.not_found');
  const v = await trx.selectFrom('draft_versions').select(['id', 'number']).where('draft_id', '=', draftId).where('status', '=', 'working').executeTakeFirst();
  if (!v) throw Conflict('draft.no_working_version', 'This draft has no working version.');
  return v;
}

/** The working paragraph, or a clear refusal when it belongs to an issued (frozen) version. */
export async function workingParagraph(trx: Trx, draftId: number, paragraphId: number) {
  const p = await trx
    .selectFrom('draft_paragraphs as p')
    .innerJoin('draft_versions as v', 'v.id', 'p.version_id')
    .select(['p.id', 'p.key', 'p.text', 'p.section', 'p.position', 'p.lock_version', 'p.version_id', 'v.status', 'v.draft_id', 'v.number'])
    .where('p.id', '=', paragraphId)
    .executeTakeFirst();
  if (!p || p.draft_id !== draftId) throw NotFound('That paragraph', 'draft.paragraph_not_found');
  if (p.status !== 'working') {
    throw Conflict('draft.issued', 'This version has been issued and can no longer change. Edit the working version of the next revision.');
  }
  return p;
}

const change = (
  trx: Trx,
  actor: Actor,
  c: {
    versionId: number;
    key: string;
    kind: 'added' | 'edited' | 'deleted' | 'relabelled';
    before: string | null;
    after: string | null;
    amendmentId?: number | null;
  },
) =>
  trx
    .insertInto('draft_changes')
    .values({
      version_id: c.versionId,
      paragraph_key: c.key,
      kind: c.kind,
      before_text: c.before,
      after_text: c.after,
      amendment_id: c.amendmentId ?? null,
      actor_id: actor.kind === 'user' ? actor.id : null,
      actor_label: actorLabel(actor),
    })
    .execute();

/** Inserts a paragraph at the end of its section, or right after another paragraph of the same version. */
export async function insertParagraph(
  trx: Trx,
  actor: Actor,
  versionId: number,
  p: { section: SectionId; text: string; afterKey?: string | null; amendmentId?: number | null },
) {
  let section = p.section;
  let position: number;
  if (p.afterKey) {
    const after = await trx
      .selectFrom('draft_paragraphs')
      .select(['position', 'section'])
      .where('version_id', '=', versionId)
      .where('key', '=', p.afterKey)
      .executeTakeFirst();
    if (!after) throw NotFound('That paragraph', 'draft.paragraph_not_found');
    section = after.section;
    position = after.position + 1;
    await trx
      .updateTable('draft_paragraphs')
      .set((eb) => ({ position: eb('position', '+', 1) }))
      .where('version_id', '=', versionId)
      .where('section', '=', section)
      .where('position', '>=', position)
      .execute();
  } else {
    const max = await trx
      .selectFrom('draft_paragraphs')
      .select((eb) => eb.fn.max('position').as('m'))
      .where('version_id', '=', versionId)
      .where('section', '=', section)
      .executeTakeFirst();
    position = max?.m == null ? 0 : Number(max.m) + 1;
  }
  const tags = tagParagraph(p.text, section, await frameworkOfVersion(trx, versionId));
  const key = crypto.randomUUID();
  const row = await trx
    .insertInto('draft_paragraphs')
    .values({
      version_id: versionId,
      key,
      position,
      section,
      text: p.text,
      auto_pillars: tags.pillars,
      auto_elements: tags.elements,
      person_pillars: null,
      person_elements: null,
      labelled_by: null,
    })
    .returning(['id', 'key'])
    .executeTakeFirstOrThrow();
  await change(trx, actor, { versionId, key, kind: 'added', before: null, after: p.text, amendmentId: p.amendmentId });
  return row;
}

/**
 * Replaces a paragraph's text if nobody changed it since `lockVersion` was read. On a clash nothing is
 * written and the 409 carries both texts, so the person can merge them: no one's words are lost.
 */
export async function replaceText(
  trx: Trx,
  actor: Actor,
  p: { id: number; key: string; version_id: number; section: string; text: string },
  text: string,
  lockVersion: number | null,
  amendmentId?: number | null,
) {
  const tags = await retag(trx, text, p.section, p.version_id);
  let q = trx
    .updateTable('draft_paragraphs')
    .set((eb) => ({ text, lock_version: eb('lock_version', '+', 1), ...tags }))
    .where('id', '=', p.id);
  if (lockVersion !== null) q = q.where('lock_version', '=', lockVersion);
  const row = await q.returning(['id', 'lock_version']).executeTakeFirst();
  if (!row) {
    const current = await trx.selectFrom('draft_paragraphs').select(['text', 'lock_version']).where('id', '=', p.id).executeTakeFirstOrThrow();
    throw new AppError(
      'draft.stale',
      409,
      'Someone changed this paragraph after you opened it. Your text was not saved: compare both texts, merge them, and save again.',
      { current: current.text, yours: text, lockVersion: String(current.lock_version) },
    );
  }
  await change(trx, actor, { versionId: p.version_id, key: p.key, kind: 'edited', before: p.text, after: text, amendmentId });
  return row;
}

async function retag(trx: Trx, text: string, section: string, versionId: number) {
  const t = tagParagraph(text, section, await frameworkOfVersion(trx, versionId));
  return { auto_pillars: t.pillars, auto_elements: t.elements };
}

export async function removeParagraph(
  trx: Trx,
  actor: Actor,
  p: { id: number; key: string; version_id: number; text: string },
  lockVersion: number | null,
  amendmentId?: number | null,
) {
  let q = trx.deleteFrom('draft_paragraphs').where('id', '=', p.id);
  if (lockVersion !== null) q = q.where('lock_version', '=', lockVersion);
  const r = await q.executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) {
    const current = await trx.selectFrom('draft_paragraphs').select(['text', 'lock_version']).where('id', '=', p.id).executeTakeFirstOrThrow();
    throw new AppError('draft.stale', 409, 'Someone changed this paragraph after you opened it. Read the current text before deleting it.', {
      current: current.text,
      yours: '',
      lockVersion: String(current.lock_version),
    });
  }
  await change(trx, actor, { versionId: p.version_id, key: p.key, kind: 'deleted', before: p.text, after: null, amendmentId });
}

export async function recordRelabel(trx: Trx, actor: Actor, p: { key: string; version_id: number }, summary: string) {
  await change(trx, actor, { versionId: p.version_id, key: p.key, kind: 'relabelled', before: null, after: summary });
}
