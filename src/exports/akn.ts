/**
 * A tiny XML builder for Akoma Ntoso (and any other XML we export): elements are plain objects, text
 * and attribute values are escaped once, here, so no caller concatenates markup by hand.
 *
 * @example xml(el('akomaNtoso', { xmlns: AKN_NS }, [el('debate', { name: 'm1' }, ['a < b'])]))
 */
export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface XmlElement {
  name: string;
  attrs: Record<string, string | number | undefined>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export function el(name: string, attrs: Record<string, string | number | undefined> = {}, children: XmlNode[] = []): XmlElement {
  return { name, attrs, children };
}

// Characters XML 1.0 forbids (controls other than tab, LF, CR; lone surrogates; U+FFFE/FFFF).
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(s: string): string {
  return s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

function render(node: XmlNode, indent: string, out: string[]): void {
  if (typeof node === 'string') {
    out.push(escapeText(node));
    return;
  }
  if (!NAME.test(node.name)) throw new Error(`Not an XML name: ${node.name}`);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      if (!NAME.test(k)) throw new Error(`Not an XML name: ${k}`);
      return ` ${k}="${escapeAttr(String(v))}"`;
    })
    .join('');
  if (node.children.length === 0) {
    out.push(`${indent}<${node.name}${attrs}/>`);
    return;
  }
  // Elements holding text are written on one line, so no whitespace is added inside mixed content.
  if (node.children.some((c) => typeof c === 'string')) {
    const inner: string[] = [];
    for (const c of node.children) render(c, '', inner);
    out.push(`${indent}<${node.name}${attrs}>${inner.join('')}</${node.name}>`);
    return;
  }
  out.push(`${indent}<${node.name}${attrs}>`);
  for (const c of node.children) {
    render(c, indent + '  ', out);
  }
  out.push(`${indent}</${node.name}>`);
}

/** Serialises a document with the XML declaration, one element per line where there is no text. */
export function xml(root: XmlElement): string {
  const out: string[] = [];
  render(root, '', out);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out.map((l) => l).join('\n')}\n`;
}

/** An AKN-safe identifier (eId, TLC id) from any string: letters, digits, hyphen, underscore. */
export function aknId(s: string): string {
  const id = s
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[A-Za-z_]/.test(id) ? id : `x-${id}`;
}
