import crypto from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireOrganisation } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { loadTagCatalogue } from '../../framework/tagCatalogue.ts';
import { matchElements, pillarsOf, unknownIds } from '../../text/lexicon.ts';
import { parseInput, ValidationError } from '../../foundation/errors.ts';
import { extractText } from '../../text/extract/index.ts';

export const NewContribution = z.object({
  session: z.string().trim().min(3, 'Name the session, e.g. "Ninth substantive session, July 2026".').max(200),
  process: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  title: z.string().trim().min(3, 'Give the contribution a title.').max(300),
  summary: z.string().trim().min(20, 'Write a summary of at least 20 characters.').max(4000),
  /** Elements the submitter chose; when empty the suggested ones are used. */
  elementIds: z.array(z.string().trim().min(1)).max(20).default([]),
  pillarIds: z.array(z.string().trim().min(1)).max(6).default([]),
});

export const MAX_CONTRIBUTION_BYTES = 20 * 1024 * 1024;

/**
 * An accredited organisation submits a written contribution: the document is kept byte for byte
 * with its SHA-256, its text extracted for search, and the framework tags suggested from the lexicons.
 */
export async function submitContribution(
  db: Db,
  actor: Actor,
  input: z.input<typeof NewContribution>,
  doc: { filename: string; mediaType?: string; bytes: Uint8Array },
) {
  const account = requireOrganisation(actor, 'contribution.submit');
  const c = parseInput(NewContribution, input, 'contribution.invalid');
  if (!doc.filename || doc.bytes.length === 0)
    throw ValidationError('Attach the document (PDF, DOCX, HTML, Markdown or text).', { document: 'Choose a file.' }, 'contribution.invalid');
  let extracted;
  try {
    extracted = await extractText(doc.bytes, { filename: doc.filename, mediaType: doc.mediaType, maxBytes: MAX_CONTRIBUTION_BYTES });
  } catch (err) {
    const e = err as { code?: string; message: string };
    throw ValidationError(e.message, { document: e.message }, e.code ?? 'contribution.unreadable');
  }
  const catalogue = await loadTagCatalogue(db);
  const bad = unknownIds({ elements: c.elementIds, pillars: c.pillarIds }, catalogue);
  if (bad.length)
    throw ValidationError(`Unknown framework ids: ${bad.join(', ')}.`, { elementIds: 'Choose elements of the current framework.' }, 'contribution.invalid');
  const suggested = matchElements(`${c.title}\n${c.summary}\n${extracted.text}`, catalogue, { min: 2 })
    .slice(0, 6)
    .map((h) => h.id);
  const elementIds = c.elementIds.length ? c.elementIds : suggested;
  const pillarIds = [...new Set([...c.pillarIds, ...pillarsOf(elementIds, catalogue)])];
  const sha256 = crypto.createHash('sha256').update(doc.bytes).digest('hex');
  return db.transaction().execute(async (trx) => {
    const org = await trx.selectFrom('stakeholder_organisations').select(['id', 'name']).where('id', '=', account.organisationId).executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('stakeholder_contributions')
      .values({
        organisation_id: org.id,
        session_label: c.session,
        process_name: c.process ?? null,
        session_id: null,
        title: c.title,
        summary: c.summary,
        filename: doc.filename.slice(0, 255),
        media_type: doc.mediaType || 'application/octet-stream',
        bytes: doc.bytes,
        sha256,
        body_text: extracted.text,
        framework_version: catalogue.version,
        pillar_ids: pillarIds,
        element_ids: elementIds,
        suggested_element_ids: suggested,
        submitted_by: account.id,
      })
      .returning(['id', 'title', 'sha256', 'element_ids', 'pillar_ids', 'suggested_element_ids'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'contribution.submitted',
      itemType: 'stakeholder_contribution',
      itemId: row.id,
      after: { title: row.title, sha256, organisation: org.name },
    });
    return { ...row, organisation: org.name, warnings: extracted.warnings };
  });
}
