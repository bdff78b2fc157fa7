import type { Paragraph } from './types.ts';

/**
 * The paragraphs of a plain text: its non-empty lines, numbered from 1, trimmed, with offsets into
 * the text so that every derived item can point back at its source.
 *
 * @example splitParagraphs('Title\n\nFirst.\n')  // [{ n: 1, text: 'Title', … }, { n: 2, text: 'First.', … }]
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let lineStart = 0;
  const len = text.length;
  while (lineStart <= len) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = len;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ n: out.length + 1, start: s, end: e, text: text.slice(s, e) });
    lineStart = lineEnd + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);
}
