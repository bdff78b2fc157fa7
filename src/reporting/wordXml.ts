import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../foundation/errors.ts';

/** An element of a Word XML part: name with its prefix (`w:p`), attributes, children in order. */
export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text?: string;
}

const reject = (code: string, message: string) => new AppError(code, 422, message);

// ECMA-376 forbids DTDs in package parts and Word never writes one, so any DOCTYPE or ENTITY
// declaration is hostile (billion laughs, external entities) and is refused before parsing.
const DTD = /<!DOCTYPE|<!ENTITY/i;

/** Elements and other markup (`<`) in one part; the blank questionnaire has ~15,000. */
const MAX_TAGS = 300_000;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true, // decodes &#233; and &#x4E2D; (Word may write character references)
  processEntities: true, // the five predefined entities only: DTDs are refused before parsing
  maxNestedTags: 200,
});

/**
 * Parses one XML part of a DOCX with a real parser. Refuses DTDs, and malformed XML (the validator
 * runs first: the parser alone is lenient and would read `<a><b></a>` as something).
 */
export function parseWordXml(xml: string, part: string): XNode {
  // Parsing costs per element far more than per character: a filled questionnaire has some tens of
  // thousands of elements, a hostile body millions in a few MB. Counted first, in one cheap pass.
  let tags = 0;
  for (let i = xml.indexOf('<'); i !== -1; i = xml.indexOf('<', i + 1)) {
    if (++tags > MAX_TAGS)
      throw reject(
        'import.docx_too_large',
        `The part ${part} of this DOCX has more than ${MAX_TAGS.toLocaleString('en')} XML elements, far more than a filled questionnaire. Save the answers in a fresh questionnaire and upload that. Nothing was saved.`,
      );
  }
  if (DTD.test(xml)) {
    throw reject(
      'import.docx_unsafe_xml',
      `The part ${part} of this DOCX declares a DTD or entities, which Word never writes and which can make a reader expand text without end. Download a fresh questionnaire from Accord and copy your answers into it.`,
    );
  }
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (valid !== true) {
    throw reject(
      'import.docx_unreadable',
      `The part ${part} of this DOCX is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}). Open the file in a word processor, save it again as .docx and upload that copy.`,
    );
  }
  let out: unknown;
  try {
    out = parser.parse(xml);
  } catch {
    throw reject(
      'import.docx_unreadable',
      `The part ${part} of this DOCX could not be read. Open the file in a word processor, save it again as .docx and upload that copy.`,
    );
  }
  return { name: '#document', attrs: {}, children: convert(out as RawNode[]) };
}

type RawNode = Record<string, unknown>;

function convert(raw: RawNode[]): XNode[] {
  const out: XNode[] = [];
  for (const r of raw) {
    if ('#text' in r) {
      out.push({ name: '#text', attrs: {}, children: [], text: String(r['#text']) });
      continue;
    }
    const name = Object.keys(r).find((k) => k !== ':@');
    if (!name || name.startsWith('?')) continue; // the XML declaration, processing instructions
    const attrs = (r[':@'] as Record<string, string> | undefined) ?? {};
    out.push({ name, attrs, children: convert((r[name] as RawNode[]) ?? []) });
  }
  return out;
}

/** Every descendant named `name`, in document order, without descending into matches. */
export function findAll(node: XNode, name: string, out: XNode[] = []): XNode[] {
  for (const c of node.children) {
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

export const child = (node: XNode | undefined, name: string) => node?.children.find((c) => c.name === name);
export const attr = (node: XNode | undefined, name: string) => node?.attrs[name];

/**
 * The text a reader sees in a run container: w:t, tabs and breaks; deleted text (w:delText of a
 * tracked deletion) and field instructions are not text.
 */
function runText(node: XNode): string {
  let s = '';
  for (const c of node.children) {
    if (c.name === '#text') continue; // whitespace between elements
    if (c.name === 'w:t') s += c.children.map((t) => t.text ?? '').join('');
    else if (c.name === 'w:tab') s += '\t';
    else if (c.name === 'w:br' || c.name === 'w:cr') s += '\n';
    else if (c.name === 'w:p')
      continue; // handled by textOf
    else if (c.name !== 'w:delText' && c.name !== 'w:instrText' && c.name !== 'w:del' && !c.name.endsWith('Pr')) s += runText(c);
  }
  return s;
}

/** Text of a block: paragraphs joined by newlines, trimmed. */
export function textOf(node: XNode): string {
  const paras = findAll(node, 'w:p');
  if (!paras.length) return runText(node).trim();
  return paras.map(runText).join('\n').trim();
}
