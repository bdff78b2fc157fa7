import assert from 'node:assert/strict';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { after, before, test } from 'node:test';
import { testDb, type TestDatabase } from '../testing/database.ts';
import { flatten } from './answers.ts';
import { createCycle } from './commands/createCycle.ts';
import { getCycle, type Cycle } from './cycles.ts';
import { questionnaireDocx } from './docxExport.ts';
import { confirmImport } from './commands/confirmImport.ts';
import { previewImport } from './commands/previewImport.ts';
import { loadQuestionnaire, type Questionnaire } from './questionnaire.ts';
import { startReport } from './commands/startReport.ts';
import { keysHash, questionnaireKeys, sign, TABLE_TEMPLATE_MARKER, templateSecret } from './template.ts';
import { demoActors } from '../testing/factories.ts';
import { rejection } from './testing.ts';

let t: TestDatabase;
let A: Awaited<ReturnType<typeof demoActors>>;
let cycle: Cycle;
let q: Questionnaire;
before(async () => {
  t = await testDb();
  A = await demoActors(t.db);
  cycle = await getCycle(
    t.db,
    (await createCycle(t.db, A.secretariat, { title: 'Offline survey 2026', opensOn: '2026-01-01', dueOn: '2099-06-30', closesOn: '2099-12-31' })).id,
  );
  q = await loadQuestionnaire(t.db, cycle.framework_version);
});
after(() => t.close());

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The content control tagged `key`: its start and end in the XML. */
function control(xml: string, key: string) {
  const tag = xml.indexOf(`<w:tag w:val="${key}"/>`);
  assert.ok(tag > 0, `no control ${key}`);
  const start = xml.lastIndexOf('<w:sdt>', tag);
  return { start, end: xml.indexOf('</w:sdt>', tag) + '</w:sdt>'.length };
}
/** Types into an answer box as Word does: the placeholder goes, one paragraph per line. */
function type(xml: string, key: string, text: string) {
  const { start, end } = control(xml, key);
  const sdt = xml
    .slice(start, end)
    .replace('<w:showingPlcHdr/>', '')
    .replace(
      /<w:sdtContent>[\s\S]*<\/w:sdtContent>/,
      `<w:sdtContent>${text
        .split('\n')
        .map((l) => `<w:p><w:r><w:t xml:space="preserve">${escape(l)}</w:t></w:r></w:p>`)
        .join('')}</w:sdtContent>`,
    );
  return xml.slice(0, start) + sdt + xml.slice(end);
}
/** Picks a list item as Word does (lastValue and the text shown), or as other editors do (text only). */
function pick(xml: string, key: string, shown: string, lastValue?: string) {
  const { start, end } = control(xml, key);
  let sdt = xml
    .slice(start, end)
    .replace('<w:showingPlcHdr/>', '')
    .replace(/ w:lastValue="[^"]*"/, '');
  if (lastValue !== undefined) sdt = sdt.replace('<w:dropDownList', `<w:dropDownList w:lastValue="${lastValue}"`);
  sdt = sdt.replace(/<w:sdtContent>[\s\S]*<\/w:sdtContent>/, `<w:sdtContent><w:r><w:t>${escape(shown)}</w:t></w:r></w:sdtContent>`);
  return xml.slice(0, start) + sdt + xml.slice(end);
}
const unpack = (buf: Buffer) => unzipSync(new Uint8Array(buf));
const repack = (files: Record<string, Uint8Array>, xml: string) => zipSync({ ...files, 'word/document.xml': strToU8(xml) });
/** What a reader sees: the text of every w:t, in order. */
const visibleText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');

test('the Word questionnaire reads as a form: element titles, guidance and citations in the reader’s language, no machine ids', async () => {
  const xml = strFromU8(unpack(await questionnaireDocx(t.db, { cycle, questionnaire: q, lang: 'fr' }))['word/document.xml']!);
  const text = visibleText(xml);
  assert.match(text, /Protéger ses propres infrastructures critiques/);
  assert.match(text, /Les États prennent les mesures appropriées pour protéger leurs infrastructures critiques/);
  assert.match(text, /A\/70\/174, par\. 13 \(g\)/);
  assert.doesNotMatch(text, /elements\.|norm-g|in-progress|capacityNeeds/, 'no field keys or codes are shown');
  // Status is a drop-down of the five statuses in French, with an empty first choice.
  const { start, end } = control(xml, 'elements.norm-g.status');
  const status = xml.slice(start, end);
  assert.match(status, /<w:dropDownList>/);
  assert.deepEqual(
    [...status.matchAll(/w:displayText="([^"]+)"/g)].map((m) => m[1]),
    ['— Choisir —', 'Pas commencé', 'Prévu', 'En cours', 'Mis en œuvre', 'Sans objet'],
  );
  // One locked, tagged control per question, in the signed order.
  const tags = [...xml.matchAll(/<w:tag w:val="([^"]+)"\/>/g)].map((m) => m[1]);
  assert.deepEqual(tags, questionnaireKeys(q, 5));
  assert.equal((xml.match(/<w:lock w:val="sdtLocked"\/>/g) ?? []).length, tags.length);
  // Arabic: right-to-left paragraphs and the Arabic element title.
  const ar = strFromU8(unpack(await questionnaireDocx(t.db, { cycle, questionnaire: q, lang: 'ar' }))['word/document.xml']!);
  assert.match(visibleText(ar), /حماية البنية التحتية الحيوية الوطنية/);
  assert.match(ar, /<w:bidi\/>/);
});

test('signed round trip: a questionnaire filled in Word previews field by field and saves on confirmation', async () => {
  const r = await startReport(t.db, A.mex, cycle.id, { language: 'es' });
  const docx = await questionnaireDocx(t.db, {
    cycle,
    questionnaire: q,
    lang: 'es',
    report: { id: r.id, stateIso3: 'MEX', stateName: 'México', lockVersion: 0, answers: {} },
  });
  const files = unpack(docx);
  let xml = strFromU8(files['word/document.xml']!);
  xml = pick(xml, 'elements.norm-g.status', 'Aplicado', 'implemented'); // Word
  xml = pick(xml, 'elements.norm-h.status', 'En curso'); // an editor that only changes the text shown
  xml = type(xml, 'elements.norm-g.measures', 'Ley de ciberseguridad & CSIRT nacional.\nPlan 2026 <revisado>.');
  xml = type(xml, 'elements.norm-g.links', 'https://example.org/ley\nhttps://example.org/plan');
  xml = pick(xml, 'capacityNeeds.0.element', 'irrelevant text', 'norm-g');
  xml = pick(xml, 'capacityNeeds.0.kind', 'Capacitación', 'training');
  xml = pick(xml, 'capacityNeeds.0.priority', 'Alta', 'high');
  const p = await previewImport(t.db, A.mex, r.id, 'docx', repack(files, xml));
  assert.equal(p.valid, true, JSON.stringify(p.errors));
  const after = Object.fromEntries(p.changes.map((c) => [c.field, c.after]));
  assert.deepEqual(after, {
    'elements.norm-g.status': 'implemented',
    'elements.norm-h.status': 'in-progress',
    'elements.norm-g.measures': 'Ley de ciberseguridad & CSIRT nacional.\nPlan 2026 <revisado>.',
    'elements.norm-g.links': 'https://example.org/ley\nhttps://example.org/plan',
    'capacityNeeds.0.element': 'norm-g',
    'capacityNeeds.0.kind': 'training',
    'capacityNeeds.0.priority': 'high',
  });
  const lock = async () => (await t.db.selectFrom('national_reports').select('lock_version').where('id', '=', r.id).executeTakeFirstOrThrow()).lock_version;
  assert.equal(await lock(), 0, 'a preview saves nothing');
  const saved = await confirmImport(t.db, A.mex, r.id, p.importId!);
  assert.equal(saved.answers.elements?.['norm-g']?.status, 'implemented');
  assert.deepEqual(saved.answers.capacityNeeds, [{ element: 'norm-g', kind: 'training', priority: 'high' }]);

  // Downloaded again, the filled questionnaire shows the answers, and uploading it unchanged changes nothing.
  const again = await questionnaireDocx(t.db, {
    cycle,
    questionnaire: q,
    lang: 'es',
    report: { id: r.id, stateIso3: 'MEX', stateName: 'México', lockVersion: saved.lockVersion, answers: saved.answers },
  });
  const againXml = strFromU8(unpack(again)['word/document.xml']!);
  assert.match(visibleText(againXml), /Ley de ciberseguridad &amp; CSIRT nacional\. Plan 2026 &lt;revisado&gt;\./);
  const same = await previewImport(t.db, A.mex, r.id, 'docx', new Uint8Array(again));
  assert.equal(same.valid, true, JSON.stringify(same.errors));
  assert.deepEqual(same.changes, []);
  // Choosing the list's first item ("— Elegir —") clears a status.
  const cleared = pick(againXml, 'elements.norm-h.status', '— Elegir —', '— Elegir —');
  const c = await previewImport(t.db, A.mex, r.id, 'docx', repack(unpack(again), cleared));
  assert.deepEqual(
    c.changes.map((x) => [x.field, x.kind]),
    [['elements.norm-h.status', 'removed']],
  );
  assert.deepEqual(
    flatten(saved.answers),
    flatten((await t.db.selectFrom('national_reports').select('draft_answers').where('id', '=', r.id).executeTakeFirstOrThrow()).draft_answers),
  );
});

test('a Word questionnaire whose fields were deleted, renamed or copied, or whose signature does not match, is refused', async () => {
  const r = await startReport(t.db, A.nzl, cycle.id);
  const files = unpack(
    await questionnaireDocx(t.db, {
      cycle,
      questionnaire: q,
      lang: 'en',
      report: { id: r.id, stateIso3: 'NZL', stateName: 'New Zealand', lockVersion: 0, answers: {} },
    }),
  );
  const xml = strFromU8(files['word/document.xml']!);
  const code = async (bytes: Uint8Array) => (await rejection(previewImport(t.db, A.nzl, r.id, 'docx', bytes))).code;
  const box = control(xml, 'elements.norm-c.challenges');
  assert.equal(await code(repack(files, xml.slice(0, box.start) + xml.slice(box.end))), 'import.docx_tampered', 'a deleted box');
  assert.equal(await code(repack(files, xml.slice(0, box.end) + xml.slice(box.start, box.end) + xml.slice(box.end))), 'import.docx_tampered', 'a copied box');
  assert.equal(
    await code(repack(files, xml.replace('w:val="elements.norm-c.challenges"', 'w:val="elements.norm-d.challenges"'))),
    'import.docx_tampered',
    'a renamed box',
  );
  const custom = strFromU8(files['docProps/custom.xml']!).replace('&quot;NZL&quot;', '&quot;FRA&quot;');
  assert.equal(await code(zipSync({ ...files, 'docProps/custom.xml': strToU8(custom) })), 'import.docx_tampered', 'another State written into the description');
  const { 'docProps/custom.xml': _drop, ...noMarker } = files;
  void _drop;
  assert.equal(await code(zipSync(noMarker)), 'import.docx_not_template');
  assert.equal(await code(strToU8('plain text')), 'import.docx_unreadable');
  // Saved by an editor that drops content controls but keeps their text: said as such.
  const flattened = xml.replace(/<w:sdt>[\s\S]*?<w:sdtContent>([\s\S]*?)<\/w:sdtContent><\/w:sdt>/g, '$1');
  assert.equal(await code(repack(files, flattened)), 'import.docx_controls_lost');
  // A content control the delegate added themselves (no field tag) is not a field: still accepted.
  const own = xml.replace(
    '<w:body>',
    '<w:body><w:sdt><w:sdtPr><w:alias w:val="Mine"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Internal note</w:t></w:r></w:p></w:sdtContent></w:sdt>',
  );
  assert.equal((await previewImport(t.db, A.nzl, r.id, 'docx', repack(files, own))).valid, true);
});

test('a questionnaire of the earlier table layout (field key | question | answer) is still read back', async () => {
  const r = await startReport(t.db, A.fra, cycle.id, { language: 'fr' });
  const keys = questionnaireKeys(q, 5);
  const filled: Record<string, string> = { 'elements.norm-e.status': 'Mis en œuvre', 'elements.norm-e.measures': 'Loi de programmation militaire.' };
  const cell = (s: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${escape(s)}</w:t></w:r></w:p></w:tc>`;
  const body = keys.map((k) => `<w:tr>${cell(k)}${cell('Question')}${cell(filled[k] ?? '')}</w:tr>`).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>${body}</w:tbl></w:body></w:document>`;
  const structure = JSON.stringify({
    marker: TABLE_TEMPLATE_MARKER,
    cycleId: cycle.id,
    cycleCode: cycle.code,
    frameworkVersion: cycle.framework_version,
    stateIso3: 'FRA',
    reportId: r.id,
    lockVersion: 0,
    lang: 'fr',
    keysHash: keysHash(keys),
  });
  const prop = (pid: number, name: string, value: string) =>
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}"><vt:lpwstr>${escape(value).replace(/"/g, '&quot;')}</vt:lpwstr></property>`;
  const custom = `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${prop(2, 'AccordTemplate', TABLE_TEMPLATE_MARKER)}${prop(3, 'AccordStructure', structure)}${prop(4, 'AccordSignature', sign(await templateSecret(t.db), structure))}</Properties>`;
  const p = await previewImport(t.db, A.fra, r.id, 'docx', zipSync({ 'word/document.xml': strToU8(xml), 'docProps/custom.xml': strToU8(custom) }));
  assert.equal(p.valid, true, JSON.stringify(p.errors));
  assert.deepEqual(Object.fromEntries(p.changes.map((c) => [c.field, c.after])), {
    'elements.norm-e.status': 'implemented',
    'elements.norm-e.measures': 'Loi de programmation militaire.',
  });
});
