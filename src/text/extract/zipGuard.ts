import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { TextError } from '../errors.ts';

/**
 * Size limits for ZIP packages (DOCX) uploaded by users. One guard for every upload path — source
 * documents and offline questionnaires alike — so a "zip bomb" is refused the same way everywhere.
 */
export interface ZipLimits {
  /** Largest total of uncompressed bytes accepted. */
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio accepted once the content passes 5 MB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUncompressedBytes: 50 * 1024 * 1024, maxRatio: 100 };

const SLICE = 16 * 1024;

const BOMB_MESSAGE = 'The DOCX expands to far more data than a document holds (a "zip bomb"). Open it in a word processor, save a fresh copy and upload that.';

export interface ZipRead {
  /** Entry names, in central-directory order. */
  names: string[];
  /** The inflated bytes of the entries `keep` asked for (those found). */
  files: Record<string, Uint8Array>;
}

/**
 * Reads a ZIP within limits. The declared sizes in the central directory are checked first (cheap);
 * they can lie, so every entry is then inflated as a stream and counted, stopping at the cap, and only
 * the entries `keep` names are retained. What the caller reads is what was counted: the kept bytes
 * come from the same pass. Duplicate entry names (two `word/document.xml`, one for us and one for
 * Word) are refused as malformed.
 */
export function readZipWithinLimits(
  bytes: Uint8Array,
  opts: { limits?: ZipLimits; keep?: (name: string) => boolean; maxKeptEntryBytes?: number } = {},
): ZipRead {
  const limits = opts.limits ?? DEFAULT_ZIP_LIMITS;
  const keep = opts.keep ?? (() => false);
  const maxKept = opts.maxKeptEntryBytes ?? Infinity;
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
  if (new Set(names).size !== names.length) throw malformed();
  checkSize(declared, bytes.length, limits);

  let actual = 0;
  let failure: TextError | undefined;
  const kept: Record<string, Uint8Array[]> = {};
  const seen = new Set<string>();
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    // Once over the cap, later entries are not even inflated: a bomb of many entries costs one entry.
    if (failure) return;
    if (seen.has(file.name)) {
      failure = malformed();
      return;
    }
    seen.add(file.name);
    const chunks: Uint8Array[] | null = keep(file.name) ? (kept[file.name] = []) : null;
    let entryBytes = 0;
    file.ondata = (err, chunk) => {
      if (failure) return;
      if (err) {
        failure = malformed();
        file.terminate();
        return;
      }
      actual += chunk.length;
      if (actual > limits.maxUncompressedBytes) {
        failure = new TextError('upload.zip_bomb', BOMB_MESSAGE);
        file.terminate();
        return;
      }
      if (chunks) {
        entryBytes += chunk.length;
        // A kept entry is going to be read whole: stop at its own cap rather than the archive's.
        if (entryBytes > maxKept) {
          failure = new TextError('upload.too_large', `The part ${file.name} is larger than ${Math.round(maxKept / 1e6)} MB.`);
          file.terminate();
          return;
        }
        chunks.push(chunk);
      }
    };
    file.start();
  };
  try {
    // Fed in slices so one step inflates at most ~16 MB (deflate expands at most ~1,032:1): pushed
    // whole, a 1 MB bomb would inflate to 1 GB in memory before the first count could stop it.
    for (let at = 0; at < bytes.length && !failure; at += SLICE) unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch {
    if (!failure) failure = malformed();
  }
  if (failure) throw failure;
  checkSize(actual, bytes.length, limits);
  const files: Record<string, Uint8Array> = {};
  for (const [name, chunks] of Object.entries(kept)) files[name] = concat(chunks);
  return { names, files };
}

/** Refuses archives whose declared or actual uncompressed size is too large; returns the entry names. */
export function assertZipWithinLimits(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): string[] {
  return readZipWithinLimits(bytes, { limits }).names;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function checkSize(uncompressed: number, compressed: number, limits: ZipLimits): void {
  const ratio = uncompressed / Math.max(1, compressed);
  if (uncompressed > limits.maxUncompressedBytes || (uncompressed > 5 * 1024 * 1024 && ratio > limits.maxRatio)) {
    throw new TextError('upload.zip_bomb', BOMB_MESSAGE);
  }
}

export function malformed(): TextError {
  return new TextError(
    'upload.docx_malformed',
    'The DOCX file is damaged or is not a Word document. Open it in a word processor, save it again as .docx and upload the new copy.',
  );
}
