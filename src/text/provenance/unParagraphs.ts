/**
 * Splits a UN document into the paragraphs its readers cite: "13", "13 (a)", "13 (a) (i)".
 *
 * Rules (each one mirrors how UN reports and resolutions are typeset):
 * - A line starting "13." (or "13 (a)" / "13(a)") opens numbered paragraph 13. A number that does not
 *   follow the previous one while that paragraph's text has not ended a sentence is a wrapped line,
 *   not a new paragraph ("… in paragraph\n5. of the report").
 * - "(a)", "(b)" … at a line start, or inline after ":" or ";" ("norms: (a) …; (b) …"), open
 *   sub-paragraphs of the current number. "(i)", "(ii)" … inside a lettered sub-paragraph nest below it,
 *   except that "(i)" right after "(h)" is the letter i.
 * - Leaves do not overlap: "13" holds only the chapeau, the text before "(a)".
 * - Headings ("II. Conclusions", "A. Threats", a short line without final punctuation between blocks)
 *   are returned with kind 'heading' and close the current paragraph.
 * - An unmarked line after a numbered paragraph continues it (PDF page breaks and wrapped lines), until
 *   a heading or the next marker. Elsewhere a blank line, or a line ending a sentence followed by one
 *   starting with a capital, starts a new unnumbered paragraph: "¶1", "¶2" …, counted in document order
 *   over unnumbered paragraphs only, so ids are stable as long as the unnumbered text is unchanged.
 * - Page furniture ("15-12345 7/17", "A/70/174" alone on a line after the first line) is dropped.
 * `start`/`end` span the paragraph in the original text, marker included; `text` is the paragraph
 * without its marker, whitespace collapsed.
 *
 * Drafts are read with `{ lineBreaks: 'paragraph' }`: a draft is typed, not typeset, and every text
 * extractor gives one paragraph per line, so a line break always ends a paragraph there. No line
 * continues the one before (not after a numbered paragraph, not after a line without a final full
 * stop), a number never counts as wrapped text, and a short unpunctuated line is a heading whatever
 * surrounds it. Markers, sub-paragraph numbering and inline "(a) …; (b) …" splitting are the same.
 */

export interface SplitOptions {
  /** 'wrap' (default, for agreed documents): lines may wrap; 'paragraph' (drafts): each line ends a paragraph. */
  lineBreaks?: 'wrap' | 'paragraph';
}

export interface UnParagraph {
  /** '13', '13 (a)', '13 (a) (i)', '¶2', or for headings the heading text's label. */
  paragraph: string;
  text: string;
  start: number;
  end: number;
  kind: 'numbered' | 'sub' | 'unnumbered' | 'heading';
}

interface Line {
  start: number;
  end: number;
  text: string;
}

interface Open {
  id: string;
  kind: UnParagraph['kind'];
  /** Original-text segments holding this paragraph's content (marker excluded). */
  segments: Array<[number, number]>;
  start: number;
  end: number;
}

const NUMBERED = /^(\d{1,3})\.(?:[ \t]+|$)/;
const NUMBERED_SUB = /^(\d{1,3})\s?\(([a-z]{1,4})\)[ \t]+/;
const SUB = /^\(([a-z]{1,4})\)[ \t]+/;
const LETTERED_HEADING = /^(?:[IVXLC]+|[A-Z])\.[ \t]+\S/;
const FURNITURE = [
  /^\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d+\/\d+)?$/,
  /^\d+\/\d+(?:\s+\d{2}-\d{5}(?:\s*\([A-Z]\))?)?$/,
  /^[A-Z]{1,2}\/(?:[A-Z0-9.]+\/)*[A-Z0-9.]+(?:\/Rev\.\d+)?$/,
  /^Page \d+(?: of \d+)?$/i,
];
const SENTENCE_END = /[.!?;:"”)\]]$/;

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];
const isRoman = (s: string) => ROMAN.includes(s);
const nextLetter = (s: string | null) => (s === null ? 'a' : s.length === 1 && s < 'z' ? String.fromCharCode(s.charCodeAt(0) + 1) : null);
const nextRoman = (s: string | null) => (s === null ? 'i' : (ROMAN[ROMAN.indexOf(s) + 1] ?? null));

function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    out.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
    if (re.lastIndex >= text.length) break;
  }
  return out;
}

/** Collapses whitespace and rejoins words hyphenated across a line break. */
function clean(s: string): string {
  return s
    .replace(/(\p{L})-[ \t]*\r?\n\s*(\p{L})/gu, '$1-$2')
    .replace(/\s+/g, ' ')
    .trim();
}

const isHeadingLike = (line: Line, prev: Line | undefined, next: Line | undefined, eachLine = false) => {
  if (LETTERED_HEADING.test(line.text) && line.text.split(/\s+/).length <= 14 && !/[.;]$/.test(line.text)) return true;
  const words = line.text.split(/\s+/).length;
  if (words > 8 || /[.,;:!?]$/.test(line.text) || !/^[\p{Lu}\d"“]/u.test(line.text)) return false;
  if (eachLine) return true;
  const prevClosed = !prev || prev.text === '' || SENTENCE_END.test(prev.text);
  const nextOpens = !next || next.text === '' || /^[\p{Lu}\d("“]/u.test(next.text);
  return prevClosed && nextOpens;
};

/**
 * @example splitUnParagraphs('13. States should:\n(a) Cooperate;\n(b) Consider all information.')
 *   .map((p) => p.paragraph) // ['13', '13 (a)', '13 (b)']
 */
export function splitUnParagraphs(text: string, opts: SplitOptions = {}): UnParagraph[] {
  const eachLine = opts.lineBreaks === 'paragraph';
  const all = lines(text);
  const out: UnParagraph[] = [];
  let open: Open | null = null;
  let number: string | null = null;
  let letter: string | null = null;
  let roman: string | null = null;
  let unnumbered = 0;

  const close = () => {
    if (open) emit(text, open, out);
    open = null;
  };
  const begin = (id: string, kind: Open['kind'], line: Line, contentStart: number) => {
    close();
    open = { id, kind, segments: contentStart < line.end ? [[contentStart, line.end]] : [], start: line.start, end: line.end };
  };
  const subId = (label: string): string => {
    const base = number ?? (unnumbered > 0 ? `¶${unnumbered}` : '');
    if (roman !== null && label === nextRoman(roman)) {
      roman = label;
    } else if (label === nextLetter(letter)) {
      letter = label;
      roman = null;
    } else if (label === 'i' && letter !== null) {
      roman = 'i';
    } else if (label.length === 1 || !isRoman(label) || letter === null) {
      letter = label;
      roman = null;
    } else {
      roman = label;
    }
    const parts = [base, letter !== null ? `(${letter})` : '', roman !== null ? `(${roman})` : ''].filter(Boolean);
    return parts.join(' ');
  };

  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    if (line.text === '') continue;
    if (i > 0 && FURNITURE.some((re) => re.test(line.text))) continue;
    const current = open as Open | null;

    const ns = NUMBERED_SUB.exec(line.text);
    const nm = ns ? null : NUMBERED.exec(line.text);
    if (ns || nm) {
      const n = (ns ?? nm)![1];
      const continuesText =
        !eachLine &&
        current !== null &&
        number !== null &&
        Number(n) !== Number(number) + 1 &&
        Number(n) !== Number(number) &&
        !SENTENCE_END.test(text.slice(current.start, current.end).trimEnd());
      if (!continuesText) {
        number = n;
        letter = null;
        roman = null;
        if (ns) {
          letter = ns[2];
          begin(`${n} (${ns[2]})`, 'sub', line, line.start + ns[0].length);
        } else {
          begin(n, 'numbered', line, line.start + nm![0].length);
        }
        continue;
      }
    }

    const sm = SUB.exec(line.text);
    if (sm && (number !== null || unnumbered > 0)) {
      begin(subId(sm[1]), 'sub', line, line.start + sm[0].length);
      continue;
    }

    if (
      isHeadingLike(line, all[i - 1], all[i + 1], eachLine) &&
      !(!eachLine && current && !SENTENCE_END.test(text.slice(current.start, current.end).trimEnd()) && !LETTERED_HEADING.test(line.text))
    ) {
      close();
      out.push({ paragraph: line.text.replace(/\.[ \t].*$/, ''), text: clean(line.text), start: line.start, end: line.end, kind: 'heading' });
      number = null;
      letter = null;
      roman = null;
      continue;
    }

    const prevBlank = i > 0 && all[i - 1].text === '';
    const startsNew =
      eachLine ||
      current === null ||
      (current.kind === 'unnumbered' && (prevBlank || (SENTENCE_END.test(all[i - 1].text) && /^[\p{Lu}\d"“(]/u.test(line.text))));
    if (startsNew) {
      unnumbered += 1;
      number = null;
      letter = null;
      roman = null;
      begin(`¶${unnumbered}`, 'unnumbered', line, line.start);
      continue;
    }
    current!.segments.push([line.start, line.end]);
    current!.end = line.end;
  }
  close();
  return out;
}

/** Emits one paragraph, splitting inline sub-paragraphs ("…: (a) …; (b) …") when they run in sequence. */
function emit(source: string, p: Open, out: UnParagraph[]) {
  const joined = p.segments.map(([s, e]) => source.slice(s, e)).join('\n');
  const bases: number[] = [];
  let acc = 0;
  for (const [s, e] of p.segments) {
    bases.push(acc);
    acc += e - s + 1;
  }
  const toOriginal = (pos: number) => {
    let k = 0;
    while (k + 1 < bases.length && bases[k + 1] <= pos) k++;
    return p.segments.length ? p.segments[k][0] + (pos - bases[k]) : p.start;
  };

  const cuts: Array<{ at: number; contentAt: number; label: string }> = [];
  const inline = /(?:^|[:;])\s+\(([a-z]{1,4})\)\s+/g;
  let expectLetter = p.kind === 'sub' ? nextLetter(/\(([a-z]+)\)$/.exec(p.id)?.[1] ?? null) : 'a';
  for (let m = inline.exec(joined); m; m = inline.exec(joined)) {
    if (m[1] !== expectLetter) continue;
    const markerAt = m.index + m[0].indexOf('(');
    cuts.push({ at: markerAt, contentAt: m.index + m[0].length, label: m[1] });
    expectLetter = nextLetter(m[1]);
  }
  const base = p.kind === 'sub' ? p.id.replace(/ \([a-z]+\)$/, '') : p.id;
  const firstEnd = cuts.length ? cuts[0].at : joined.length;
  const head = clean(joined.slice(0, firstEnd));
  if (head || cuts.length === 0) {
    out.push({ paragraph: p.id, text: head, start: p.start, end: cuts.length ? toOriginal(firstEnd) : p.end, kind: p.kind });
  }
  cuts.forEach((c, k) => {
    const endAt = k + 1 < cuts.length ? cuts[k + 1].at : joined.length;
    out.push({
      paragraph: `${base} (${c.label})`,
      text: clean(joined.slice(c.contentAt, endAt)),
      start: toOriginal(c.at),
      end: k + 1 < cuts.length ? toOriginal(endAt) : p.end,
      kind: 'sub',
    });
  });
}
