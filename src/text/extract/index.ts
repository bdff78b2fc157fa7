import { TextError } from '../errors.ts';
import { docxToText, DEFAULT_ZIP_LIMITS, type ZipLimits } from './docx.ts';
import { htmlToText } from './html.ts';
import { markdownToText } from './markdown.ts';
import { pdfToText } from './pdf.ts';
import { decodeText, detectFormat, isPdfMagic, isZipMagic, type SourceFormat } from './sniff.ts';

export type { SourceFormat } from './sniff.ts';

export interface ExtractOptions {
  filename?: string;
  mediaType?: string;
  /** Largest upload accepted, in bytes (default 50 MB). */
  maxBytes?: number;
  /** Limits on a DOCX archive's decompressed content. */
  zipLimits?: ZipLimits;
}

export interface Extracted {
  text: string;
  format: SourceFormat;
  warnings: string[];
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Extracts the text of an uploaded document, one paragraph per line for every format but plain
 * text (whose lines are kept as they are). Throws a TextError with a stable code for bad input.
 *
 * @example
 * const { text, format } = await extractText(bytes, { filename: 'report.docx' });
 */
export async function extractText(bytes: Uint8Array, opts: ExtractOptions = {}): Promise<Extracted> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw emptyError();
  if (bytes.length > maxBytes) {
    throw new TextError(
      'upload.too_large',
      `The file is ${formatMb(bytes.length)}; the limit is ${formatMb(maxBytes)}. Split the document or remove embedded images, then upload it again.`,
    );
  }
  const format = detectFormat(bytes, opts.filename, opts.mediaType);
  let result: { text: string; warnings: string[] };
  switch (format) {
    case 'docx':
      if (!isZipMagic(bytes)) throw notWhatItSays('DOCX');
      result = await docxToText(bytes, opts.zipLimits ?? DEFAULT_ZIP_LIMITS);
      break;
    case 'pdf':
      if (!isPdfMagic(bytes)) throw notWhatItSays('PDF');
      result = await pdfToText(bytes);
      break;
    case 'html':
      result = { text: htmlToText(decodeText(bytes)), warnings: [] };
      break;
    case 'markdown':
      result = { text: markdownToText(decodeText(bytes)), warnings: [] };
      break;
    default:
      result = { text: decodeText(bytes), warnings: [] };
  }
  if (!result.text.trim()) {
    if (format === 'pdf') return { text: '', format, warnings: result.warnings };
    throw emptyError();
  }
  return { text: result.text, format, warnings: result.warnings };
}

function emptyError(): TextError {
  return new TextError('upload.empty', 'The file has no text. Check that the right file was chosen and upload it again.');
}

function notWhatItSays(kind: string): TextError {
  const code = kind === 'PDF' ? 'upload.pdf_malformed' : 'upload.docx_malformed';
  return new TextError(code, `The file is named as a ${kind} but its content is not one. Export it again from the original document and upload the new copy.`);
}

function formatMb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
