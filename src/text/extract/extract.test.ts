import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import { zipSync } from 'fflate';
import { TextError } from '../errors.ts';
import { extractText } from './index.ts';

const enc = (s: string) => new TextEncoder().encode(s);

async function rejectsWith(p: Promise<unknown>, code: string) {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof TextError, `expected a TextError, got ${String(e)}`);
    assert.equal(e.code, code);
    assert.ok(e.message.length > 20, 'the message says what to do');
    return true;
  });
}

/** A one-page PDF with a correct cross-reference table, written by hand. */
function minimalPdf(lines: string[], extraTrailer = ''): Uint8Array {
  const content = 'BT /F1 12 Tf 72 720 Td 14 TL ' + lines.map((l) => `(${l}) Tj T*`).join(' ') + ' ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  if (extraTrailer) {
    offsets.push(out.length);
    out += `6 0 obj\n${extraTrailer}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const encrypt = extraTrailer ? ' /Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]' : '';
  out += `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return enc(out);
}

test('plain text keeps its lines and drops a BOM', async () => {
  const r = await extractText(enc('\ufeffTitle\r\n\r\nFirst paragraph.\nSecond.'), { filename: 'a.txt' });
  assert.equal(r.format, 'text');
  assert.equal(r.text, 'Title\n\nFirst paragraph.\nSecond.');
});

test('markdown joins wrapped lines and drops markup', async () => {
  const md = '# Seventh meeting\n\nThe **representative** of [France](http://x) stated\nthat dialogue matters.\n\n- first item\n- second item\n';
  const r = await extractText(enc(md), { filename: 'r.md' });
  assert.equal(r.format, 'markdown');
  assert.equal(r.text, 'Seventh meeting\nThe representative of France stated that dialogue matters.\nfirst item\nsecond item');
});

test('html keeps paragraphs and strips tags, scripts and entities', async () => {
  const html =
    '<html><head><title>Report</title><style>p{}</style></head><body><p>France&nbsp;stated <b>that</b> &amp; more.</p><script>alert(1)</script><div>Canada&#8217;s view</div></body></html>';
  const r = await extractText(enc(html), { mediaType: 'text/html; charset=utf-8' });
  assert.equal(r.format, 'html');
  assert.equal(r.text, 'Report\nFrance stated that & more.\nCanada’s view');
});

test('docx text comes out one paragraph per line', async () => {
  const doc = new Document({ sections: [{ children: [new Paragraph('Event report'), new Paragraph('Brazil stated that capacity matters.')] }] });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  const r = await extractText(bytes, { filename: 'report.docx' });
  assert.equal(r.format, 'docx');
  assert.equal(r.text, 'Event report\nBrazil stated that capacity matters.');
});

test('a docx zip bomb is refused before it is expanded', async () => {
  const bomb = zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
  assert.ok(bomb.length < 200_000);
  await rejectsWith(extractText(bomb, { filename: 'bomb.docx' }), 'upload.zip_bomb');
  const small = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
  await rejectsWith(extractText(small, { filename: 'ratio.docx' }), 'upload.zip_bomb');
});

test('a damaged docx or a zip without a document is malformed', async () => {
  await rejectsWith(extractText(enc('PK\u0003\u0004 not really a zip'), { filename: 'x.docx' }), 'upload.docx_malformed');
  const noDoc = zipSync({ 'hello.txt': enc('hi') });
  await rejectsWith(extractText(noDoc, { filename: 'x.docx' }), 'upload.docx_malformed');
  await rejectsWith(extractText(enc('plain words'), { filename: 'x.docx' }), 'upload.docx_malformed');
});

test('pdf text is extracted', async () => {
  const r = await extractText(minimalPdf(['Summary record', 'The Chair said that the meeting opened.']), { filename: 'r.pdf' });
  assert.equal(r.format, 'pdf');
  assert.match(r.text, /Summary record/);
  assert.match(r.text, /The Chair said that the meeting opened\./);
});

test('encrypted and malformed pdfs get their own codes', async () => {
  const encrypted = minimalPdf(['Secret'], '<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <' + 'ab'.repeat(32) + '> /U <' + 'cd'.repeat(32) + '> >>');
  await rejectsWith(extractText(encrypted, { filename: 'locked.pdf' }), 'upload.pdf_encrypted');
  await rejectsWith(extractText(enc('%PDF-1.4\n1 0 obj << /Type /Catalog'), { filename: 'broken.pdf' }), 'upload.pdf_malformed');
  await rejectsWith(extractText(enc('hello'), { filename: 'not.pdf' }), 'upload.pdf_malformed');
});

test('bad input gets clear errors', async () => {
  await rejectsWith(extractText(new Uint8Array(0), { filename: 'a.txt' }), 'upload.empty');
  await rejectsWith(extractText(enc('  \n\n '), { filename: 'a.txt' }), 'upload.empty');
  await rejectsWith(extractText(new Uint8Array([0x48, 0x69, 0, 1, 2, 0xff, 0xfe]), { filename: 'a.txt' }), 'upload.binary');
  const latin = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0xe9 : 0x61));
  await rejectsWith(extractText(latin, { filename: 'a.txt' }), 'upload.binary');
  await rejectsWith(extractText(enc('x'.repeat(2000)), { filename: 'big.txt', maxBytes: 1000 }), 'upload.too_large');
  await rejectsWith(extractText(enc('x'), { filename: 'a.exe' }), 'upload.unsupported_type');
  await rejectsWith(extractText(enc('x'), { mediaType: 'image/png' }), 'upload.unsupported_type');
});

test('without a name the format is sniffed from the bytes', async () => {
  assert.equal((await extractText(minimalPdf(['Hello']))).format, 'pdf');
  assert.equal((await extractText(enc('<!DOCTYPE html><p>Hi</p>'))).format, 'html');
  assert.equal((await extractText(enc('Just text'))).format, 'text');
});
