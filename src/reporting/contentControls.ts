import { BorderStyle, BuilderElement, FileChild, Paragraph, ShadingType, TextRun, type XmlComponent } from 'docx';

/**
 * Word content controls (w:sdt) for the offline questionnaire. The docx package writes only
 * checkboxes and tables of contents as content controls, so the two kinds a form needs are built
 * here from its element builder: a text box (block-level rich text, several paragraphs allowed) and
 * a drop-down list (inline, beside its label). Each carries the field key as its tag, which is how
 * the import reads it back, and is locked against deletion (`sdtLocked`) so editing the answer
 * cannot remove the field by accident.
 */

type Attrs = Record<string, string | number>;
const el = (name: string, attrs?: Attrs, children: XmlComponent[] = []) =>
  new BuilderElement({
    name,
    attributes: attrs ? Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, { key: k, value: v }])) : undefined,
    children,
  });

let nextId = 1;
const properties = (tag: string, alias: string, placeholder: boolean, extra: XmlComponent[] = []) =>
  el('w:sdtPr', undefined, [
    el('w:alias', { 'w:val': alias.slice(0, 200) }),
    el('w:tag', { 'w:val': tag }),
    el('w:id', { 'w:val': nextId++ % 2_000_000_000 }),
    el('w:lock', { 'w:val': 'sdtLocked' }),
    ...(placeholder ? [el('w:showingPlcHdr')] : []),
    ...extra,
  ]);

const PLACEHOLDER_COLOUR = '6B7280';
const BOX = { style: BorderStyle.SINGLE, size: 4, color: '9CA3AF', space: 4 };

class Block extends FileChild {
  constructor(children: XmlComponent[]) {
    super('w:sdt');
    this.root.push(...children);
  }
}

export interface TextControl {
  tag: string;
  alias: string;
  value: string;
  placeholder: string;
  rtl: boolean;
}

/** A framed answer box; empty, it shows the placeholder in grey (and says so with showingPlcHdr). */
export function textControl(o: TextControl): FileChild {
  const empty = !o.value.trim();
  const lines = empty ? [o.placeholder] : o.value.split('\n');
  const paragraphs = lines.map(
    (line) =>
      new Paragraph({
        bidirectional: o.rtl,
        border: { top: BOX, bottom: BOX, left: BOX, right: BOX },
        shading: { type: ShadingType.CLEAR, fill: 'F9FAFB', color: 'auto' },
        children: [new TextRun({ text: line, rightToLeft: o.rtl, color: empty ? PLACEHOLDER_COLOUR : undefined, italics: empty })],
      }),
  );
  return new Block([properties(o.tag, o.alias, empty), el('w:sdtContent', undefined, paragraphs)]);
}

export interface Choice {
  value: string;
  text: string;
}
export interface ChoiceControl {
  tag: string;
  alias: string;
  label: string;
  choices: Choice[];
  value: string;
  placeholder: string;
  rtl: boolean;
}

class ChoiceParagraph extends Paragraph {
  constructor(opts: ConstructorParameters<typeof Paragraph>[0], control: XmlComponent) {
    super(opts);
    this.root.push(control);
  }
}

/**
 * "Label [drop-down]". The list's first item is the empty choice, so a delegate can also clear an
 * answer; like Word's own "Choose an item." its value is its text (Word expects no empty value), and
 * the import reads that text as "not answered". `lastValue` carries the chosen code, which Word keeps
 * up to date as the choice changes.
 */
export function choiceControl(o: ChoiceControl): FileChild {
  const chosen = o.choices.find((c) => c.value === o.value);
  const items = [{ value: o.placeholder, text: o.placeholder }, ...o.choices].map((c) =>
    el('w:listItem', { 'w:displayText': c.text.slice(0, 255), 'w:value': c.value }),
  );
  const list = el('w:dropDownList', chosen ? { 'w:lastValue': chosen.value } : undefined, items);
  const shown = new TextRun({
    text: chosen?.text ?? o.placeholder,
    rightToLeft: o.rtl,
    bold: !!chosen,
    color: chosen ? undefined : PLACEHOLDER_COLOUR,
    shading: { type: ShadingType.CLEAR, fill: 'EEF2F7', color: 'auto' },
  });
  const control = el('w:sdt', undefined, [properties(o.tag, o.alias, !chosen, [list]), el('w:sdtContent', undefined, [shown])]);
  return new ChoiceParagraph(
    { bidirectional: o.rtl, children: [new TextRun({ text: o.label, bold: true, rightToLeft: o.rtl }), new TextRun({ text: '  ', rightToLeft: o.rtl })] },
    control,
  );
}
