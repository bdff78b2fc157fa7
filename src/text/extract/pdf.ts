import { TextError } from '../errors.ts';

/**
 * pdf.js prints a build advisory on stdout when it first runs in Node; on stdout it would corrupt
 * `accord read --json`, so that one line is filtered out for good (the filter passes all else).
 */
function silenceBuildAdvisory(): void {
  if ((console.log as { accordFiltered?: boolean }).accordFiltered) return;
  const log = console.log.bind(console);
  const filtered = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('legacy` build')) return;
    log(...args);
  };
  (filtered as { accordFiltered?: boolean }).accordFiltered = true;
  console.log = filtered;
}

/**
 * Text of a PDF, pages separated by a line. pdf.js reports a password it lacks as a
 * PasswordException and a damaged file as InvalidPDFException or a parse error.
 */
export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; warnings: string[] }> {
  silenceBuildAdvisory();
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pages: string[];
  try {
    // pdf.js may detach the buffer it is given, so it gets a copy.
    const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false } as never);
    pages = (await extractText(doc, { mergePages: false })).text;
    await doc.destroy();
  } catch (e) {
    const name = (e as { name?: string } | null)?.name ?? '';
    const message = String((e as { message?: string } | null)?.message ?? e);
    if (name === 'PasswordException' || /password/i.test(message)) {
      throw new TextError('upload.pdf_encrypted', 'The PDF is protected by a password. Remove the protection (or print it to a new PDF) and upload it again.');
    }
    throw new TextError(
      'upload.pdf_malformed',
      'The PDF could not be read: the file is damaged or is not a PDF. Export it again from the original document and upload the new copy.',
    );
  }
  const warnings: string[] = [];
  const text = pages
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n');
  if (!text.trim()) warnings.push('pdf: no text layer was found (a scanned document?); the reading is empty');
  return { text, warnings };
}
