import { assertZipWithinLimits, malformed, type ZipLimits } from './zipGuard.ts';

// The zip guard is shared with the questionnaire import (src/reporting/importParse.ts).
export { assertZipWithinLimits, DEFAULT_ZIP_LIMITS, type ZipLimits } from './zipGuard.ts';

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
