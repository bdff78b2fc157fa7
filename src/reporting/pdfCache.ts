import crypto from 'node:crypto';
import { htmlToPdf } from './exports.ts';

/** How many printed PDFs are kept: six languages of a couple of open cycles. */
const MAX_ENTRIES = 24;
const cache = new Map<string, Promise<Buffer>>();

/**
 * Prints a public page (the blank questionnaire) once per distinct content. Each print launches
 * Chromium for about a second, and the blank questionnaire may be fetched by anyone, so prints are
 * kept, keyed by the SHA-256 of the HTML: a change to the cycle or the framework changes the HTML
 * and so the key, so a kept PDF is never stale. Requests arriving while the same page is printing
 * share that print; a failed print is not kept.
 */
export function printOnce(html: string, print: (html: string) => Promise<Buffer> = htmlToPdf): Promise<Buffer> {
  const key = crypto.createHash('sha256').update(html).digest('hex');
  const kept = cache.get(key);
  if (kept) {
    cache.delete(key);
    cache.set(key, kept);
    return kept;
  }
  const printing = print(html);
  cache.set(key, printing);
  printing.catch(() => {
    if (cache.get(key) === printing) cache.delete(key);
  });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return printing;
}
