import fs from 'node:fs';

/**
 * A chart's SVG (renderPlot) drawn to PNG on the server with resvg, for documents that cannot
 * carry SVG (the DOCX). resvg draws text only with fonts it is given: the Noto fonts charts are
 * drawn with (CHART_FONT: Latin and Cyrillic, Arabic, CJK; Debian's fonts-noto-core and
 * fonts-noto-cjk) are loaded by file when present, which is far quicker than scanning every system
 * font; without them resvg falls back to the system's fonts. resvg is imported on first use and
 * renders off the main thread (renderAsync).
 */
const FONT_FILES = [
  '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
];
let fonts: { fontFiles: string[]; loadSystemFonts: boolean } | undefined;
function fontOptions() {
  if (!fonts) {
    const fontFiles = FONT_FILES.filter((f) => fs.existsSync(f));
    fonts = { fontFiles, loadSystemFonts: fontFiles.length < FONT_FILES.length };
  }
  return fonts;
}

export interface Png {
  data: Buffer;
  width: number;
  height: number;
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const CJK = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u;

/**
 * Two things resvg draws differently from a browser, made explicit: it picks one font for a run
 * of text rather than one for each character (so an Arabic label with brackets came out as empty
 * boxes in Noto Sans), and it misplaces the lines of a wrapped label offset in em. A text with
 * Arabic or CJK gets that script's font first; em offsets become pixels at the chart's font size.
 */
export function forResvg(svg: string): string {
  const size = Number(/^<svg[^>]*?font-size:\s*([\d.]+)px/.exec(svg)?.[1] ?? /^<svg[^>]*? font-size="([\d.]+)"/.exec(svg)?.[1] ?? 10);
  return (
    svg
      .replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (whole, attrs: string, body: string) => {
        const first = ARABIC.test(body) ? '"Noto Naskh Arabic", "Noto Sans Arabic"' : CJK.test(body) ? '"Noto Sans CJK SC"' : null;
        return first && !/font-family=/.test(attrs) ? `<text font-family='${first}, "Noto Sans", sans-serif'${attrs}>${body}</text>` : whole;
      })
      .replace(/\b(dy|dx|y|x)="(-?[\d.]+)em"/g, (_m, attr: string, n: string) => `${attr}="${Math.round(Number(n) * size * 100) / 100}"`)
      // Lines of a wrapped label at absolute positions (resvg drew `dy` lines over the first).
      .replace(/(<text\b[^>]*>)((?:<tspan\b[^>]*>[^<]*<\/tspan>)+)/g, (_m, open: string, spans: string) => {
        let y = 0;
        return (
          open +
          spans.replace(/<tspan\b([^>]*)>/g, (_t, a: string) => {
            const abs = /\by="(-?[\d.]+)"/.exec(a);
            const rel = /\bdy="(-?[\d.]+)"/.exec(a);
            y = abs ? Number(abs[1]) : y + (rel ? Number(rel[1]) : 0);
            return `<tspan${a.replace(/\s*\bd?y="[^"]*"/g, '')} y="${Math.round(y * 100) / 100}">`;
          })
        );
      })
  );
}

/**
 * `svg` as a PNG `scale` times its own size (2 for print), on white.
 * @example const png = await svgToPng(await seriesSvg(s, { legend: false }))
 */
export async function svgToPng(svg: string, scale = 2): Promise<Png> {
  const { renderAsync } = await import('@resvg/resvg-js');
  const image = await renderAsync(forResvg(svg), {
    font: { ...fontOptions(), defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    logLevel: 'off',
  });
  return { data: image.asPng(), width: image.width, height: image.height };
}
