import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { TextError } from '../errors.ts';

export interface ZipLimits {
  /** Largest total of uncompressed bytes accepted. */
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio accepted once the content passes 5 MB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUncompressedBytes: 50 * 1024 * 1024, maxRatio: 100 };

const BOMB_MESSAGE =
  'The DOCX expands to far more data than a document holds (a "zip bomb"). Open it in a word processor, save a fresh copy and upload that.';

/**
 * Refuses archives whose declared or actual uncompressed size is too large. The declared sizes in
 * the central directory can lie, so every entry is also inflated and counted, stopping at the cap.
 */
export function assertZipWithinLimits(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): string[] {
  const names: string[] = [];
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        declared += file.originalSize;
        return false;
      },
    });
  } catch {
    throw malformed();
  }
  checkSize(declared, bytes.length, limits);

  let actual = 0;
  let failure: TextError | undefined;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    file.ondata = (err, chunk) => {
      if (failure) return;
      if (err) { failure = malformed(); file.terminate(); return; }
      actual += chunk.length;
      if (actual > limits.maxUncompressedBytes) {
        failure = new TextError('upload.zip_bomb', BOMB_MESSAGE);
        file.terminate();
      }
    };
    file.start();
  };
  try {
    unzip.push(bytes, true);
  } catch {
    if (!failure) failure = malformed();
  }
  if (failure) throw failure;
  checkSize(actual, bytes.length, limits);
  return names;
}

function checkSize(uncompressed: number, compressed: number, limits: ZipLimits): void {
  const ratio = uncompressed / Math.max(1, compressed);
  if (uncompressed > limits.maxUncompressedBytes || (uncompressed > 5 * 1024 * 1024 && ratio > limits.maxRatio)) {
    throw new TextError('upload.zip_bomb', BOMB_MESSAGE);
  }
}

function malformed(): TextError {
  return new TextError('upload.docx_malformed',
    'The DOCX file is damaged or is not a Word document. Open it in a word processor, save it again as .docx and upload the new copy.');
}

/** Plain text of a DOCX, one paragraph per line, after the size checks. */
export async function docxToText(bytes: Uint8Array, limits?: ZipLimits): Promise<{ text: string; warnings: string[] }> {
  const names = assertZipWithinLimits(bytes, limits);
  if (!names.includes('word/document.xml')) throw malformed();
  const { default: mammoth } = await import('mammoth'); // loaded on the first DOCX, not at start
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  } catch {
    throw malformed();
  }
  const text = result.value
    .split(/\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
  const warnings = result.messages.filter((m) => m.type === 'warning').map((m) => `docx: ${m.message}`);
  return { text, warnings };
}
