import { TextError } from '../errors.ts';

export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

const BY_MEDIA_TYPE: Record<string, SourceFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/pdf': 'pdf',
};

const TEXT_FORMATS = new Set<SourceFormat>(['text', 'markdown', 'html']);

export function isPdfMagic(b: Uint8Array): boolean {
  // The header may follow a few bytes of junk; pdf.js tolerates up to 1024.
  const head = new TextDecoder('latin1').decode(b.subarray(0, 1024));
  return head.includes('%PDF-');
}

export function isZipMagic(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/** Decides the format from the declared name and type first, then from the bytes. */
export function detectFormat(bytes: Uint8Array, filename?: string, mediaType?: string): SourceFormat {
  const ext = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const declaredByName = ext ? BY_EXTENSION[ext] : undefined;
  const type = mediaType?.toLowerCase().split(';')[0].trim();
  const declaredByType = type ? BY_MEDIA_TYPE[type] : undefined;

  if (ext && !declaredByName) {
    throw new TextError('upload.unsupported_type', `Files ending in .${ext} are not supported. Upload plain text, Markdown, HTML, DOCX or PDF.`);
  }
  if (!declaredByName && type && !declaredByType && type !== 'application/octet-stream') {
    throw new TextError('upload.unsupported_type', `The media type ${type} is not supported. Upload plain text, Markdown, HTML, DOCX or PDF.`);
  }
  const declared = declaredByName ?? declaredByType;
  if (declared && TEXT_FORMATS.has(declared)) return declared;
  if (declared) return declared;

  if (isPdfMagic(bytes)) return 'pdf';
  if (isZipMagic(bytes)) return 'docx';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return 'text';
}

/**
 * Decodes bytes declared as text, refusing content that is evidently binary: a NUL byte, or more
 * than 1% of characters that are not valid UTF-8 (UTF-16 with a byte-order mark is accepted).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return stripControl(new TextDecoder(encoding).decode(bytes.subarray(2)));
  }
  const limit = Math.min(bytes.length, 1 << 20);
  for (let i = 0; i < limit; i++) {
    if (bytes[i] === 0) throw binaryError();
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (bad + control > Math.max(2, text.length * 0.01)) throw binaryError();
  return stripControl(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

function stripControl(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

function binaryError(): TextError {
  return new TextError(
    'upload.binary',
    'The file is named as text but contains binary data. Upload the original document (DOCX or PDF), or save it as plain text (UTF-8) first.',
  );
}
