/**
 * Reads an uploaded file of agreed language or a draft into text, turning the extractor's errors into AppErrors
 * with the same stable codes, so the API and the pages say exactly what was wrong with the file.
 */
import { AppError } from '../foundation/errors.ts';
import { isTextError } from '../text/errors.ts';
import { extractText } from '../text/extract/index.ts';

/** Agreed-language documents and drafts are text: 10 MB holds a long report with room to spare. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export async function fileToText(bytes: Uint8Array, filename: string | undefined, maxBytes = MAX_FILE_BYTES) {
  try {
    const r = await extractText(bytes, { filename, maxBytes });
    if (!r.text.trim()) throw new AppError('upload.empty', 400, 'The file has no text (a scanned PDF has only images). Upload a document with a text layer.');
    return r;
  } catch (err) {
    if (isTextError(err)) throw new AppError(err.code, err.code === 'upload.too_large' ? 413 : 400, err.message, { file: err.message });
    throw err;
  }
}
