/**
 * `node --import tsx eval/showSentences.ts FILE`: prints every paragraph of a document as the reader
 * numbers it, one sentence a line (`¶5.2 …`), so a gold fixture can name sentences by number.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitParagraphs } from '../src/text/records/paragraphs.ts';
import { splitSentences } from '../src/text/sentences.ts';

// A tool, not an evaluation: `npm run eval` imports every file here, so it acts only when run itself.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node --import tsx eval/showSentences.ts FILE');
    process.exit(2);
  }
  for (const p of splitParagraphs(readFileSync(file, 'utf8'))) {
    splitSentences(p.text).forEach((s, i) => console.log(`¶${p.n}.${i + 1} ${s.text}`));
  }
}
