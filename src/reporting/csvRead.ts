import { parse } from 'csv-parse/sync';
import { AppError } from '../foundation/errors.ts';

const reject = (code: string, message: string, fields?: Record<string, string>) => new AppError(code, 422, message, fields);

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Decodes an uploaded text file the way spreadsheets write them: UTF-8 with or without a BOM,
 * UTF-16 (Excel's "Unicode text", little-endian with a BOM), or Windows-1252 (Excel's "CSV" on a
 * Western-European Windows). Bytes that are none of these — a binary file renamed .csv, UTF-16 cut
 * in half — are refused rather than read as mojibake.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const decode = (encoding: TextEncoding, from: number) => {
    if (encoding === 'windows-1252') return windows1252(bytes.subarray(from));
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(from));
    } catch {
      return null;
    }
  };
  let encoding: TextEncoding;
  let text: string | null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    text = decode(encoding, 3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = decode(encoding, 2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = decode(encoding, 2);
  } else if ((text = decode('utf-8', 0)) !== null) encoding = 'utf-8';
  else {
    const sixteen = utf16WithoutBom(bytes);
    encoding = sixteen ?? 'windows-1252';
    text = decode(encoding, 0);
  }
  // NUL and control characters never occur in a questionnaire; seeing them means the guess was wrong.
  if (text === null || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/.test(text)) {
    throw reject(
      'import.csv_encoding',
      'The file is not text in an encoding Accord reads (UTF-8, UTF-16 or Windows-1252), or it is not a CSV file at all. In your spreadsheet choose "Save as" → "CSV UTF-8" and upload that file.',
    );
  }
  return { text, encoding };
}

// Bytes 0x80–0x9F of Windows-1252 (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the five
// unassigned ones stay C1 controls, which decodeText then refuses. Node's TextDecoder reads the
// "windows-1252" label as ISO-8859-1, so this range would come out as control characters.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
function windows1252(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    s += String.fromCharCode(...Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b)));
  }
  return s;
}

/** UTF-16 without a BOM: ASCII-range text has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.3 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.3 && odd < half * 0.05) return 'utf-16be';
  return null;
}

const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter is the one that splits the header into the columns "field" and "value": Excel writes
 * `;` where the decimal separator is a comma (French, Spanish, Russian settings) and tabs in
 * "Unicode text"; only the header is trusted, since answers contain commas and semicolons.
 */
export function detectDelimiter(text: string): Delimiter | null {
  const firstLine = text.split(/\r\n|\n|\r/).find((l) => l.trim()) ?? '';
  for (const d of DELIMITERS) {
    let header: string[];
    try {
      header = (parse(firstLine, { delimiter: d, relax_quotes: true, relax_column_count: true }) as string[][])[0] ?? [];
    } catch {
      continue;
    }
    const names = header.map((h) => h.trim().toLowerCase());
    if (names.includes('field') && names.includes('value')) return d;
  }
  return null;
}

/** A cell a spreadsheet would run: `=…`, `@…`, or `+`/`-` followed directly by a call or a DDE pipe. */
export const looksLikeFormula = (v: string) => /^[=@]/.test(v) || /^[+\-]\S*[(|!]/.test(v);

const MAX_RECORDS = 5_000;

export interface CsvTable {
  header: string[];
  rows: string[][];
  delimiter: Delimiter;
  encoding: TextEncoding;
}

/** Reads an uploaded CSV (or tab-separated "Unicode text") with csv-parse: quotes, doubled quotes, newlines in cells. */
export function readCsv(bytes: Uint8Array): CsvTable {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  if (!delimiter)
    throw reject(
      'import.csv_header',
      'The CSV needs a header row with the columns "field" and "value", separated by commas, semicolons or tabs (download the CSV export to see the layout).',
    );
  let records: string[][];
  try {
    // Parsing stops one record past the cap: a questionnaire has under 700 fields, so more is not one.
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, max_record_size: 1_000_000, to: MAX_RECORDS + 1 }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw reject(
      'import.csv_malformed',
      `The CSV could not be read${line ? ` near line ${line}` : ''}: a quoted cell is not closed, or a quote sits inside an unquoted cell. Save the file again from your spreadsheet.`,
    );
  }
  if (records.length > MAX_RECORDS)
    throw reject(
      'import.csv_too_long',
      `The CSV has more than ${MAX_RECORDS.toLocaleString('en')} rows; a questionnaire has under 700 fields. Upload the CSV downloaded from Accord, filled in.`,
    );
  const [header = [], ...rows] = records.filter((r) => r.some((c) => c.trim()));
  return { header: header.map((h) => h.trim().toLowerCase()), rows, delimiter, encoding };
}
