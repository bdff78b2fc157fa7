import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AKN_NS, el, xml } from './akn.ts';
import { csvCell, toCsv } from './csv.ts';

test('CSV quotes per RFC 4180 and defuses formulas', () => {
  assert.equal(
    toCsv([
      ['a', 'b,c'],
      ['say "hi"', 'two\nlines'],
    ]),
    'a,"b,c"\r\n"say ""hi""","two\nlines"\r\n',
  );
  assert.equal(csvCell('=SUM(A1:A9)'), "'=SUM(A1:A9)");
  assert.equal(csvCell('+1'), "'+1");
  assert.equal(csvCell('-cmd'), "'-cmd");
  assert.equal(csvCell('@x'), "'@x");
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell(-5), '-5');
  assert.equal(csvCell(null), '');
});

test('the XML builder escapes text and attributes and drops forbidden characters', () => {
  const out = xml(el('akomaNtoso', { xmlns: AKN_NS }, [el('speech', { by: '#A"<&' }, ['x < y & z > w\u0001'])]));
  assert.match(out, /<speech by="#A&quot;&lt;&amp;">x &lt; y &amp; z &gt; w<\/speech>/);
  assert.ok(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>'));
  assert.throws(() => xml(el('bad name')));
});
