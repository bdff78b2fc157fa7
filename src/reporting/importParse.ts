import { strFromU8, unzipSync } from 'fflate';
import { CATALOGUES, LANGUAGES } from '../i18n/index.ts';
import { AppError } from '../server/errors.ts';
import { unflatten, type Answers } from './answers.ts';
import { keysHash, TEMPLATE_MARKER, verifySignature, type TemplateStructure } from './template.ts';

const reject = (code: string, message: string) => new AppError(code, 422, message);

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&');

function cellText(cellXml: string): string {
  const paras = cellXml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  return paras.map((p) => {
    let out = '';
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)) out += m[1] !== undefined ? decode(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n';
    return out;
  }).join('\n').trim();
}

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
function codeOf(field: string, value: string): string {
  const v = value.trim();
  if (!v || /^—.*—$/.test(v)) return '';
  const kind = field.endsWith('.status') ? 'st' : field.endsWith('.kind') ? 'kind' : field.endsWith('.priority') ? 'prio' : null;
  if (!kind) return value;
  const lower = v.toLowerCase();
  // "implemented (Implemented)" as printed in the allowed-values hint
  return LABELS.get(`${kind}:${lower}`) ?? lower.replace(/\s*\(.*\)\s*$/, '');
}

export interface ParsedDocx { structure: TemplateStructure; flat: Record<string, string> }

/**
 * Reads a questionnaire DOCX back. Refuses files without our marker, with a signature that does not
 * match the structure, or whose field rows differ from the signed ones.
 */
export function parseDocx(bytes: Uint8Array, secret: string): ParsedDocx {
  let files: Record<string, Uint8Array>;
  try { files = unzipSync(bytes); } catch { throw reject('import.docx_unreadable', 'The file is not a readable DOCX (it is not a ZIP package). Download the questionnaire again from Accord and fill that file.'); }
  const custom = files['docProps/custom.xml'] ? strFromU8(files['docProps/custom.xml']) : '';
  const props = new Map<string, string>();
  for (const m of custom.matchAll(/<property\b[^>]*\bname="([^"]+)"[^>]*>\s*<vt:lpwstr>([\s\S]*?)<\/vt:lpwstr>/g)) props.set(decode(m[1]!), decode(m[2]!));
  if (props.get('AccordTemplate') !== TEMPLATE_MARKER || !props.get('AccordStructure')) {
    throw reject('import.docx_not_template', 'This DOCX is not an Accord national-report questionnaire (its template marker is missing). Download the questionnaire from the report page, fill it, and upload that file.');
  }
  const structureJson = props.get('AccordStructure')!;
  if (!verifySignature(secret, structureJson, props.get('AccordSignature') ?? '')) {
    throw reject('import.docx_tampered', 'The questionnaire’s signature does not match its description: the file was altered outside a word processor’s normal editing, or comes from another installation. Download a fresh questionnaire.');
  }
  const structure = JSON.parse(structureJson) as TemplateStructure;
  const doc = files['word/document.xml'] ? strFromU8(files['word/document.xml']) : '';
  const keys: string[] = []; const flat: Record<string, string> = {};
  for (const tr of doc.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []) {
    const cells = (tr.match(/<w:tc>[\s\S]*?<\/w:tc>|<w:tc [\s\S]*?<\/w:tc>/g) ?? []).map(cellText);
    const key = cells[0] ?? '';
    if (!/^(general|elements|capacityNeeds)\./.test(key)) continue;
    keys.push(key);
    flat[key] = codeOf(key, cells[2] ?? '');
  }
  if (keysHash(keys) !== structure.keysHash) {
    throw reject('import.docx_tampered', `The questionnaire’s rows were changed (${keys.length} field rows found): rows were added, deleted or their field names in the first column edited. Only write in the third column; download a fresh questionnaire if needed.`);
  }
  return { structure, flat };
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []; let row: string[] = []; let field = ''; let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.some((c) => c.trim()));
}

/** CSV with a header naming `field` and `value` columns (as exported) → flat fields. */
export function csvToFlat(text: string): Record<string, string> {
  const rows = parseCsv(text);
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const fi = header.indexOf('field'); const vi = header.indexOf('value');
  if (fi < 0 || vi < 0) throw reject('import.csv_header', 'The CSV needs a header row with the columns "field" and "value" (download the CSV export to see the layout).');
  const flat: Record<string, string> = {};
  // The export defuses formulas with a leading quote (see csvCell); take it off again here.
  const undefuse = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
  for (const r of rows) { const k = (r[fi] ?? '').trim(); if (k) flat[k] = codeOf(k, undefuse(r[vi] ?? '')); }
  return flat;
}

/** JSON: the answers object, or an export ({ answers: … }). */
export function jsonToAnswers(text: string): unknown {
  let v: unknown;
  try { v = JSON.parse(text.replace(/^\uFEFF/, '')); } catch { throw reject('import.json_malformed', 'The file is not valid JSON. Check quotes, commas and brackets.'); }
  if (v && typeof v === 'object' && 'answers' in v) return (v as { answers: unknown }).answers;
  return v;
}

/** Flat fields → answers, with unknown field names reported per field. */
export function flatToAnswers(flat: Record<string, string>): { answers: Answers; unknown: string[] } {
  return unflatten(flat);
}
