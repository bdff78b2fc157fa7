/**
 * Chart labels measured before the chart is drawn, so a chart's margin fits its labels in every
 * script. The server has no font metrics (linkedom lays nothing out), so widths are estimated per
 * character from the advance widths of the fonts charts are drawn with (CHART_FONT, measured in
 * Chromium at 12 px): Latin and Cyrillic by letter class, CJK full width (1 em), Arabic letters
 * about 0.45 em with their vowel marks taking no room. Estimates err on the wide side.
 */
export const CHART_FONT = '"Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "Noto Naskh Arabic", sans-serif';
export type Script = 'latin' | 'cyrillic' | 'cjk' | 'arabic' | 'other';

export function scriptOf(cp: number): Script {
  if (cp < 0x0250 || (cp >= 0x1e00 && cp < 0x2000)) return 'latin';
  if (cp >= 0x0400 && cp < 0x0530) return 'cyrillic';
  if (
    (cp >= 0x0600 && cp < 0x0700) ||
    (cp >= 0x0750 && cp < 0x0780) ||
    (cp >= 0x08a0 && cp < 0x0900) ||
    (cp >= 0xfb50 && cp < 0xfe00) ||
    (cp >= 0xfe70 && cp < 0xff00)
  )
    return 'arabic';
  if (
    (cp >= 0x1100 && cp < 0x1160) ||
    (cp >= 0x2e80 && cp < 0xa4d0) ||
    (cp >= 0xac00 && cp < 0xd7a4) ||
    (cp >= 0xf900 && cp < 0xfb00) ||
    (cp >= 0xfe30 && cp < 0xfe50) ||
    (cp >= 0xff00 && cp < 0xff61) ||
    (cp >= 0xffe0 && cp < 0xffe7) ||
    cp >= 0x20000
  )
    return 'cjk';
  return 'other';
}

const NARROW = new Set([...' .,;:’‘\'!|()[]ijlftrI-/"']);
const WIDE_LATIN = new Set([...'mwMWœŒæÆ']);
const WIDE_CYRILLIC = new Set([...'жмшщюыфЖМШЩЮЫФ']);
const isArabicMark = (cp: number) => (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 || (cp >= 0x06d6 && cp <= 0x06ed) || cp === 0x0640;
const isUpper = (ch: string) => ch !== ch.toLowerCase();

/** The width of one character in em. */
function charEm(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp === 0x200b || (cp >= 0x200c && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return 0;
  if (NARROW.has(ch)) return 0.34;
  switch (scriptOf(cp)) {
    case 'latin':
      return WIDE_LATIN.has(ch) ? 0.94 : /\d/.test(ch) ? 0.58 : isUpper(ch) ? 0.72 : 0.6;
    case 'cyrillic':
      return WIDE_CYRILLIC.has(ch) ? (isUpper(ch) ? 1.06 : 0.92) : isUpper(ch) ? 0.74 : 0.62;
    case 'cjk':
      return 1;
    case 'arabic':
      return isArabicMark(cp) ? 0 : 0.5;
    default:
      return cp === 0x2026 ? 1 : 0.7;
  }
}

/** The estimated width of `text` in pixels at `fontSize` (px). @example textWidth('norm', 12) */
export function textWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

/** The largest prefix of `text` that fits `max` px with an ellipsis after it. */
function truncate(text: string, max: number, fontSize: number): string {
  const chars = [...text];
  let w = textWidth('…', fontSize);
  let n = 0;
  while (n < chars.length && w + charEm(chars[n]!) * fontSize <= max) w += charEm(chars[n++]!) * fontSize;
  return `${chars.slice(0, n).join('').trimEnd()}…`;
}

/** Break points: after spaces in most scripts, between any two characters in CJK (its punctuation kept with the character before). */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const cjk = scriptOf(ch.codePointAt(0)!) === 'cjk';
    const last = out.at(-1);
    if (
      last === undefined ||
      (cjk && !/[\u3001\u3002\uff0c\uff1b\uff1a\uff09]/u.test(ch)) ||
      (!cjk && /\s$/u.test(last) && !/\s/u.test(ch)) ||
      (!cjk && scriptOf(last.codePointAt(0)!) === 'cjk' && !/\s/u.test(ch))
    )
      out.push(ch);
    else out[out.length - 1] = last + ch;
  }
  return out;
}

/**
 * `text` in at most `maxLines` lines of at most `max` px each, the last cut with "…" when it still
 * does not fit. @example wrapLabel('Responsible reporting of vulnerabilities', 120) // two lines
 */
export function wrapLabel(text: string, max: number, fontSize = 12, maxLines = 2): { lines: string[]; shortened: boolean } {
  if (textWidth(text, fontSize) <= max) return { lines: [text], shortened: false };
  const lines: string[] = [];
  let line = '';
  for (const p of pieces(text)) {
    if (line && textWidth((line + p).trimEnd(), fontSize) > max) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += p;
  }
  if (line.trim()) lines.push(line.trimEnd());
  const kept = lines.slice(0, maxLines);
  const rest = lines.slice(maxLines - 1).join(' ');
  if (lines.length > maxLines || textWidth(kept.at(-1)!, fontSize) > max)
    kept[kept.length - 1] = truncate(lines.length > maxLines ? rest : kept.at(-1)!, max, fontSize);
  return { lines: kept.map((l) => (textWidth(l, fontSize) > max ? truncate(l, max, fontSize) : l)), shortened: true };
}

export interface AxisLabels {
  /** Room the labels need beside the axis (px), tick and padding included. */
  margin: number;
  /** The most lines any label takes (rows must be at least this many lines tall). */
  lines: number;
  /** Plot's tickFormat: the label as drawn, lines joined with "\n". */
  format: (label: string) => string;
  /** Full text of each label drawn shortened, keyed by the text as drawn (lines joined without a break): renderPlot's `titles`. */
  titles: Map<string, string>;
}

/**
 * Fits a band axis's labels: each label kept whole when it fits `max` px, else wrapped onto at
 * most `maxLines` lines and cut with "…", its full text kept as the label's <title>.
 * @example const y = axisLabels(rows.map((r) => r.label), { max: 280 }); // marginLeft: y.margin
 */
export function axisLabels(labels: string[], o: { max: number; fontSize?: number; maxLines?: number; min?: number }): AxisLabels {
  const fontSize = o.fontSize ?? 12;
  const drawn = new Map<string, string[]>();
  const titles = new Map<string, string>();
  let widest = 0;
  for (const label of new Set(labels)) {
    const { lines, shortened } = wrapLabel(label, o.max, fontSize, o.maxLines ?? 2);
    drawn.set(label, lines);
    if (shortened) titles.set(lines.join(''), label);
    widest = Math.max(widest, ...lines.map((l) => textWidth(l, fontSize)));
  }
  // Plot draws band labels 9 px from the plot (6 px tick, 3 px padding); 8 px more against rounding.
  const margin = Math.ceil(Math.max(o.min ?? 0, widest + 9 + 8));
  const lines = Math.max(1, ...[...drawn.values()].map((l) => l.length));
  return { margin, lines, format: (label) => (drawn.get(label) ?? [String(label)]).join('\n'), titles };
}
