import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../foundation/errors.ts';
import { decodeText, detectDelimiter, looksLikeFormula, readCsv } from './csvRead.ts';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
};

test('encodings: UTF-8 with and without BOM, UTF-16 both ways with and without BOM, Windows-1252', () => {
  const text = 'field;value\r\nelements.norm-a.measures;Stratégie — l’ANSSI, 2 000 €\r\n';
  assert.deepEqual(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)])), { text, encoding: 'utf-8' });
  assert.deepEqual(decodeText(new Uint8Array(Buffer.from(text))), { text, encoding: 'utf-8' });
  const le = Buffer.from(text, 'utf16le');
  assert.deepEqual(decodeText(new Uint8Array([0xff, 0xfe, ...le])), { text, encoding: 'utf-16le' });
  assert.deepEqual(decodeText(new Uint8Array(le)), { text, encoding: 'utf-16le' }, 'no BOM: zeros in every other byte');
  const be = Buffer.from(le);
  be.swap16();
  assert.deepEqual(decodeText(new Uint8Array([0xfe, 0xff, ...be])), { text, encoding: 'utf-16be' });
  // Windows-1252: é 0xE9, — 0x97, ’ 0x92, € 0x80.
  const cp = new Uint8Array([...'Strat'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x67, 0x69, 0x65, 0x20, 0x97, 0x20, 0x6c, 0x92, 0x20, 0x80]));
  assert.deepEqual(decodeText(cp), { text: 'Stratégie — l’ €', encoding: 'windows-1252' });
  assert.equal(
    codeOf(() => decodeText(new Uint8Array([0x61, 0x81, 0x62]))),
    'import.csv_encoding',
    'a byte Windows-1252 leaves unassigned',
  );
  assert.equal(
    codeOf(() => decodeText(new Uint8Array([0x61, 0x00, 0x62, 0x63]))),
    'import.csv_encoding',
    'NUL in text',
  );
});

test('delimiter: from the header only, so commas and semicolons in answers do not matter', () => {
  assert.equal(detectDelimiter('field,value\nx,"a; b; c"'), ',');
  assert.equal(detectDelimiter('"field";"value"\nx;a, b, c'), ';');
  assert.equal(detectDelimiter('\n\nfield\tvalue\nx\ta, b; c'), '\t');
  assert.equal(detectDelimiter('Field ; Value\n'), ';', 'spaces and case in the header');
  assert.equal(detectDelimiter('key,text\n'), null);
  const t = readCsv(new Uint8Array(Buffer.from('field;value\r\nelements.norm-a.measures;"Line one\r\nLine ""two""; and more"\r\n\r\n')));
  assert.equal(t.delimiter, ';');
  assert.deepEqual(t.rows, [['elements.norm-a.measures', 'Line one\r\nLine "two"; and more']]);
});

test('formula cells', () => {
  for (const f of ['=1+1', '=HYPERLINK("x")', '@SUM(A1)', '+SUM(A1:A2)', "-2+3+cmd|' /C calc'!A0", '+cmd|x', '-A1!B2'])
    assert.equal(looksLikeFormula(f), true, f);
  for (const v of ['- a bullet point', '-5 %', '+33 1 23 45 67 89', 'Plain text (with brackets)', 'a=b', '– en dash list'])
    assert.equal(looksLikeFormula(v), false, v);
});
