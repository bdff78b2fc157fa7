import { CATALOGUES, LANGUAGES } from '../i18n/index.ts';
import { AppError } from '../foundation/errors.ts';
import { isTextError } from '../text/errors.ts';
import { readZipWithinLimits } from '../text/extract/zipGuard.ts';
import { unflatten, type Answers } from './answers.ts';
import { looksLikeFormula, readCsv } from './csvRead.ts';
import { keysHash, TABLE_TEMPLATE_MARKER, TEMPLATE_MARKER, verifySignature, type TemplateStructure } from './template.ts';
import { attr, child, findAll, parseWordXml, textOf, type XNode } from './wordXml.ts';

const reject = (code: string, message: string, fields?: Record<string, string>) => new AppError(code, 422, message, fields);

/** Code values accept the code itself or its label in any of the six languages ("Implemented", "Mis en œuvre"). */
const LABELS = (() => {
  const map = new Map<string, string>();
  const cat = CATALOGUES.reporting as unknown as Record<string, Record<string, string>>;
  for (const lang of LANGUAGES) {
    for (const [k, v] of Object.entries(cat[lang] ?? {})) {
      const m = /^reporting\.(st|kind|prio)\.(.+)$/.exec(k);
      if (m && m[2] !== 'none') map.set(`${m[1]}:${v.trim().toLowerCase()}`, m[2]!);
    }
  }
  return map;
})();
/** What an empty answer box or list shows, in every language: read back as "not answered". */
const PLACEHOLDERS = (() => {
  const cat = CATALOGUES.reporting as unknown as Record<string, Record<string, string>>;
  return new Set(LANGUAGES.flatMap((l) => ['reporting.docx.placeholder', 'reporting.docx.choose'].map((k) => (cat[l]?.[k] ?? '').trim())).filter(Boolean));
})();

function codeOf(field: string, value: string): string {
  const v = value.trim();
  if (!v || /^—.*—$/.test(v) || PLACEHOLDERS.has(v)) return '';
  const kind = field.endsWith('.status') ? 'st' : field.endsWith('.kind') ? 'kind' : field.endsWith('.priority') ? 'prio' : null;
  if (!kind) return value;
  const lower = v.toLowerCase();
  // "implemented (Implemented)" as printed in the allowed-values hint of the table questionnaire
  return LABELS.get(`${kind}:${lower}`) ?? lower.replace(/\s*\(.*\)\s*$/, '');
}

export interface ParsedDocx {
  structure: TemplateStructure;
  flat: Record<string, string>;
}

const FIELD_KEY = /^(general|elements|capacityNeeds)\./;
const PARTS = ['docProps/custom.xml', 'word/document.xml'];
/**
 * A filled questionnaire's body is well under 2 MB (every box of every element at 5,000 Cyrillic
 * characters: 1.8 MB); parsing takes ~0.35 s a MB of dense markup, so a part far beyond any
 * questionnaire is refused while it is inflated, before it can hold the server for seconds.
 */
const MAX_PART_BYTES = 10_000_000;
/**
 * Tighter than a source document's 50 MB: a filled questionnaire is text, and counting a bomb up to
 * the cap is the cost of refusing it (JavaScript inflate runs at ~75 MB/s on a busy core).
 */
const QUESTIONNAIRE_ZIP_LIMITS = { maxUncompressedBytes: 25 * 1024 * 1024, maxRatio: 100 };

const partTooLarge = (what: string) =>
  reject(
    'import.docx_too_large',
    `${what} A filled questionnaire's text is far smaller (at most ${MAX_PART_BYTES / 1e6} MB); remove pasted images or very long texts and upload again. Nothing was saved.`,
  );

/** Unzips within the shared limits (src/text/extract/zipGuard.ts), keeping only the two parts read. */
function unzipQuestionnaire(bytes: Uint8Array): Record<string, string> {
  let files: Record<string, Uint8Array>;
  try {
    files = readZipWithinLimits(bytes, { limits: QUESTIONNAIRE_ZIP_LIMITS, keep: (n) => PARTS.includes(n), maxKeptEntryBytes: MAX_PART_BYTES }).files;
  } catch (e) {
    if (isTextError(e) && e.code === 'upload.zip_bomb') throw reject('import.docx_too_large', `${e.message} Nothing was saved.`);
    if (isTextError(e) && e.code === 'upload.too_large') throw partTooLarge(e.message);
    throw reject(
      'import.docx_unreadable',
      'The file is not a readable DOCX (it is not an intact ZIP package). Download the questionnaire again from Accord and fill that file.',
    );
  }
  const decoder = new TextDecoder('utf-8');
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, decoder.decode(v)]));
}

/**
 * Reads a questionnaire DOCX back. Refuses files without our marker, with a signature that does not
 * match the structure, or whose fields differ from the signed ones.
 */
export function parseDocx(bytes: Uint8Array, secret: string): ParsedDocx {
  const parts = unzipQuestionnaire(bytes);
  const props = new Map<string, string>();
  if (parts['docProps/custom.xml']) {
    for (const p of findAll(parseWordXml(parts['docProps/custom.xml'], 'docProps/custom.xml'), 'property')) {
      const value = child(p, 'vt:lpwstr');
      if (p.attrs.name && value) props.set(p.attrs.name, value.children.map((c) => c.text ?? '').join(''));
    }
  }
  const marker = props.get('AccordTemplate');
  if ((marker !== TEMPLATE_MARKER && marker !== TABLE_TEMPLATE_MARKER) || !props.get('AccordStructure')) {
    throw reject(
      'import.docx_not_template',
      'This DOCX is not an Accord national-report questionnaire (its template marker is missing). Download the questionnaire from the report page, fill it, and upload that file.',
    );
  }
  const structureJson = props.get('AccordStructure')!;
  if (!verifySignature(secret, structureJson, props.get('AccordSignature') ?? '')) {
    throw reject(
      'import.docx_tampered',
      'The questionnaire’s signature does not match its description: the file was altered outside a word processor’s normal editing, or comes from another installation. Download a fresh questionnaire.',
    );
  }
  const structure = JSON.parse(structureJson) as TemplateStructure;
  if (!parts['word/document.xml'])
    throw reject(
      'import.docx_unreadable',
      'The DOCX has no document body (word/document.xml). Open it in a word processor, save it again as .docx and upload that copy.',
    );
  const doc = parseWordXml(parts['word/document.xml'], 'word/document.xml');
  const fields = marker === TEMPLATE_MARKER ? controlFields(doc) : tableFields(doc);
  if (!fields.length) {
    // Every answer box gone at once is a word processor that does not keep content controls, not a delegate's edit.
    throw reject(
      'import.docx_controls_lost',
      'The word processor that saved this file removed the questionnaire’s answer boxes and lists (Word content controls), so the answers cannot be told apart. Fill the questionnaire in Microsoft Word or LibreOffice 7.5 or later, or use the CSV download instead.',
    );
  }
  if (keysHash(fields.map(([k]) => k)) !== structure.keysHash) {
    throw reject(
      'import.docx_tampered',
      `The questionnaire’s answer fields were changed (${fields.length} found): boxes or lists were deleted, copied or added. Write only inside the boxes and choose from the lists; download a fresh questionnaire if needed.`,
    );
  }
  return { structure, flat: Object.fromEntries(fields.map(([k, v]) => [k, codeOf(k, v)])) };
}

/** Form questionnaire: each content control tagged with a field key is one answer. */
function controlFields(doc: XNode): [string, string][] {
  const out: [string, string][] = [];
  for (const sdt of findAll(doc, 'w:sdt')) {
    const pr = child(sdt, 'w:sdtPr');
    const key = attr(child(pr, 'w:tag'), 'w:val') ?? '';
    if (!FIELD_KEY.test(key)) continue; // a control the delegate added themselves
    const content = child(sdt, 'w:sdtContent');
    const shown = child(pr, 'w:showingPlcHdr') || !content ? '' : textOf(content);
    const list = child(pr, 'w:dropDownList') ?? child(pr, 'w:comboBox');
    if (!list) {
      out.push([key, shown]);
      continue;
    }
    // Word keeps the chosen item's value in lastValue; other editors only change the text shown.
    const items = list.children
      .filter((c) => c.name === 'w:listItem')
      .map((c) => ({ value: c.attrs['w:value'] ?? '', text: (c.attrs['w:displayText'] ?? '').trim() }));
    const last = attr(list, 'w:lastValue');
    const byText = items.find((i) => i.text === shown.trim());
    out.push([key, !shown ? '' : byText ? byText.value : last !== undefined && items.some((i) => i.value === last) ? last : shown]);
  }
  return out;
}

/** Table questionnaire (version 1): rows "field key | question | answer". */
function tableFields(doc: XNode): [string, string][] {
  const out: [string, string][] = [];
  for (const tr of findAll(doc, 'w:tr')) {
    const cells = tr.children.filter((c) => c.name === 'w:tc').map(textOf);
    if (FIELD_KEY.test(cells[0] ?? '')) out.push([cells[0]!, cells[2] ?? '']);
  }
  return out;
}

/**
 * CSV (or tab-separated text) with a header naming `field` and `value` columns, as exported. A cell
 * a spreadsheet would run as a formula is refused, naming its field, since Accord's own export never
 * writes one (it defuses them with a leading quote, taken off again here).
 */
export function csvToFlat(bytes: Uint8Array): Record<string, string> {
  const { header, rows } = readCsv(bytes);
  const fi = header.indexOf('field');
  const vi = header.indexOf('value');
  const flat: Record<string, string> = {};
  const formulas: Record<string, string> = {};
  const defused = (v: string) => /^'[=+\-@\t\r]/.test(v);
  for (const r of rows) {
    const k = (r[fi] ?? '').trim();
    const v = r[vi] ?? '';
    if (!k) continue;
    if (looksLikeFormula(k) || (!defused(v) && looksLikeFormula(v.trimStart()))) {
      formulas[k.slice(0, 80)] = 'This cell is a spreadsheet formula; write the answer as text.';
      continue;
    }
    flat[k] = codeOf(k, defused(v) ? v.slice(1) : v);
  }
  if (Object.keys(formulas).length) {
    throw reject(
      'import.csv_formula',
      `The CSV contains spreadsheet formulas (${Object.keys(formulas).slice(0, 5).join(', ')}). Accord never writes formulas; replace them with plain text and upload again. Nothing was saved.`,
      formulas,
    );
  }
  return flat;
}

/** JSON: the answers object, or an export ({ answers: … }). */
export function jsonToAnswers(text: string): unknown {
  let v: unknown;
  try {
    v = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw reject('import.json_malformed', 'The file is not valid JSON. Check quotes, commas and brackets.');
  }
  if (v && typeof v === 'object' && 'answers' in v) return (v as { answers: unknown }).answers;
  return v;
}

/** Flat fields → answers, with unknown field names reported per field. */
export function flatToAnswers(flat: Record<string, string>): { answers: Answers; unknown: string[] } {
  return unflatten(flat);
}
