import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { systemActor } from '../accounts/actor.ts';
import { testDb, type TestDatabase } from '../testing/database.ts';
import { compileAnalysis } from './compile.ts';
import type { Analysis } from './compile.ts';
import { generateDemo } from './demo.ts';
import { analysisDocx } from './docx.ts';

let t: TestDatabase;
let a: Analysis;
before(async () => {
  t = await testDb();
  const cycle = (await generateDemo(t.db, { states: 24, cycles: 2, seed: 5 })).cycles.at(-1)!;
  a = await compileAnalysis(t.db, systemActor('test'), cycle, { minAggregate: 3 });
});
after(() => t.close());

/** Width, height and the decoded size of a PNG: IHDR read, every IDAT inflated (throws on a broken image). */
function decodePng(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  while (at < png.length) {
    const len = view.getUint32(at);
    const type = strFromU8(png.subarray(at + 4, at + 8));
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      channels = ({ 2: 3, 6: 4, 0: 1, 4: 2 } as Record<number, number>)[png[at + 17]!] ?? 0;
    }
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return { width, height, complete: raw.length === height * (1 + width * channels) };
}

for (const lang of ['en', 'ar', 'zh'] as const) {
  test(`the DOCX (${lang}) carries the charts as PNG images with alt text, and names elements`, async () => {
    const files = unzipSync(new Uint8Array(await analysisDocx(a, lang, new Map([['norm-i', 2]]))));
    const media = Object.keys(files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    const charts = a.previous ? 4 : 3;
    assert.equal(media.length, charts, `one image a chart: ${Object.keys(files).join(', ')}`);
    for (const f of media) {
      const png = decodePng(files[f]!);
      assert.ok(png.complete, `${f} decodes`);
      assert.equal(png.width, 1520, `${f}: the 760 px chart at twice its size`);
      assert.ok(png.height >= 200 && png.height <= 4000, `${f}: ${png.height} px tall`);
    }
    const xml = strFromU8(files['word/document.xml']!);
    assert.equal((xml.match(/<w:drawing>/g) ?? []).length, charts);
    const alts = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]!);
    assert.equal(alts.length, charts);
    for (const d of alts) assert.ok(d.length > 10 && /\d/.test(d), `alt text with the figures: ${d}`);
    assert.doesNotMatch(xml, /█/, 'no more bars of block characters');
    const name = { en: /Cooperate for stability/, ar: /التعاون من أجل الاستقرار/, zh: /合作促进稳定/ }[lang];
    assert.match(xml, name, 'elements by their name in the document language');
    assert.doesNotMatch(xml, /<w:t[^>]*>norm-a<\/w:t>/, 'not by their id');
  });
}
