import crypto from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { batches } from '../batches.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { Conflict, parseInput, ValidationError } from '../../foundation/errors.ts';
import { splitUnParagraphs } from '../../text/provenance/index.ts';
import { invalidateAgreedLanguageIndex } from '../agreedLanguageCache.ts';
import { fileToText } from '../upload.ts';

export const NewAgreedLanguage = z.object({
  symbol: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9][A-Za-z0-9./()\- ]*$/, 'Use the UN document symbol, e.g. A/76/135.'),
  title: z.string().trim().min(3, 'Give the document title.').max(400),
  date: z.iso
    .date('Use a date such as 2021-07-14.')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  consensus: z.boolean().default(false),
});

/**
 * Imports one document of agreed language: the bytes are kept, the text is extracted and split into
 * the paragraphs UN documents number ("13 (a)"), and the process-wide agreed-language index is rebuilt on
 * next use.
 */
export async function importAgreedLanguage(db: Db, actor: Actor, input: z.input<typeof NewAgreedLanguage> & { bytes: Uint8Array; filename?: string }) {
  requireAccess(actor, 'draft.edit');
  const props = parseInput(NewAgreedLanguage, input, 'agreedLanguage.invalid');
  const { text, format } = await fileToText(input.bytes, input.filename);
  const paragraphs = splitUnParagraphs(text).filter((p) => p.kind !== 'heading' && p.text.trim());
  if (paragraphs.length === 0)
    throw ValidationError(
      'No paragraphs were found in the file. Check that it is the document’s text.',
      { file: 'No paragraphs.' },
      'agreedLanguage.no_paragraphs',
    );
  const sha256 = crypto.createHash('sha256').update(input.bytes).digest('hex');

  const doc = await db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('agreed_language_documents').select('id').where('symbol', '=', props.symbol).executeTakeFirst();
    if (taken)
      throw Conflict('agreedLanguage.exists', `The corpus already holds ${props.symbol}. Delete it first to replace it.`, { symbol: 'Already imported.' });
    const row = await trx
      .insertInto('agreed_language_documents')
      .values({
        symbol: props.symbol,
        title: props.title,
        issued_on: props.date ?? null,
        consensus: props.consensus,
        filename: input.filename ?? null,
        format,
        sha256,
        original: input.bytes,
        text,
        imported_by: actor.kind === 'user' ? actor.id : null,
      })
      .returning(['id', 'symbol'])
      .executeTakeFirstOrThrow();
    const rows = paragraphs.map((p, position) => ({ document_id: row.id, position, paragraph: p.paragraph, text: p.text }));
    for (const part of batches(rows)) await trx.insertInto('agreed_language_paragraphs').values(part).execute();
    await recordAudit(trx, actor, {
      action: 'agreedLanguage.imported',
      itemType: 'agreed_language_document',
      itemId: row.id,
      after: { symbol: props.symbol, paragraphs: rows.length, sha256 },
    });
    return { id: row.id, symbol: row.symbol, paragraphs: rows.length, format };
  });
  invalidateAgreedLanguageIndex(db);
  return doc;
}
