/**
 * The drafting workbench at working size: the checks panel for a 10,000-word draft against a reference
 * corpus stored in the database (load + index + check, cold and with the cached index), and the DOCX
 * of the next version with Word tracked changes. Text is generated here (deterministic), not real UN text.
 */
import { systemActor } from '../src/accounts/actor.ts';
import { preparePgliteTemplate, testDb } from '../src/testing/database.ts';
import { runChecks } from '../src/drafting/checksPanel.ts';
import { createDraft } from '../src/drafting/commands/createDraft.ts';
import { versionDocx } from '../src/drafting/docx.ts';
import { editParagraph } from '../src/drafting/commands/editParagraph.ts';
import { issueVersion } from '../src/drafting/commands/issueVersion.ts';
import { paragraphsOf } from '../src/drafting/queries.ts';
import { invalidateAgreedLanguageIndex } from '../src/drafting/agreedLanguageCache.ts';
import { SECTION_IDS } from '../src/drafting/sections.ts';

const VOCAB = (
  'states international security information communications technologies cooperation norms responsible behaviour law charter ' +
  'critical infrastructure capacity building confidence measures points contact dialogue mechanism voluntary non-binding framework ' +
  'sovereignty peaceful settlement disputes human rights humanitarian private sector civil society academia vulnerabilities ' +
  'incidents ransomware supply chain integrity assistance requests exchange views implementation national regional global'
).split(' ');

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

export async function run(): Promise<Record<string, number | string>> {
  await preparePgliteTemplate();
  const t = await testDb();
  try {
    const rand = rng(42);
    const sentence = (n: number) => Array.from({ length: n }, () => VOCAB[Math.floor(rand() * VOCAB.length)]).join(' ');
    // Agreed language: 200 documents × 40 paragraphs × ~30 words ≈ 240,000 words.
    const refParas: string[] = [];
    for (let d = 0; d < 200; d++) {
      const doc = await t.db
        .insertInto('agreed_language_documents')
        .values({
          symbol: `A/BENCH/${d + 1}`,
          title: `Synthetic agreed text ${d + 1}`,
          issued_on: null,
          consensus: d % 2 === 0,
          filename: null,
          format: 'text',
          sha256: '0'.repeat(64),
          original: new Uint8Array(),
          text: '',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const rows = Array.from({ length: 40 }, (_, i) => {
        const text = `States ${sentence(28)}.`;
        refParas.push(text);
        return { document_id: doc.id, position: i, paragraph: String(i + 1), text };
      });
      await t.db.insertInto('agreed_language_paragraphs').values(rows).execute();
    }
    // A 10,000-word draft: a third reuses agreed paragraphs (some edited), the rest is new text.
    const paragraphs: Array<{ section: (typeof SECTION_IDS)[number]; text: string }> = [];
    let words = 0;
    for (let i = 0; words < 10_000; i++) {
      let text = i % 3 === 0 ? refParas[Math.floor(rand() * refParas.length)] : `States ${sentence(24)}.`;
      if (i % 6 === 0) text = text.replace(/^States /, 'States shall ');
      words += text.split(/\s+/).length;
      paragraphs.push({ section: SECTION_IDS[i % SECTION_IDS.length], text });
    }
    const sys = systemActor('bench');
    const draft = await createDraft(t.db, sys, { title: 'Benchmark report', paragraphs });
    const version = { id: draft.versionId };

    invalidateAgreedLanguageIndex(t.db);
    const c0 = performance.now();
    const cold = await runChecks(t.db, version, { process: null });
    const coldMs = performance.now() - c0;
    const w0 = performance.now();
    const warm = await runChecks(t.db, version, { process: null });
    const warmMs = performance.now() - w0;

    await issueVersion(t.db, sys, draft.id);
    const rev = await t.db.selectFrom('draft_versions').select('id').where('draft_id', '=', draft.id).where('number', '=', 1).executeTakeFirstOrThrow();
    const working = await paragraphsOf(t.db, rev.id);
    for (const p of working.filter((_, i) => i % 10 === 0)) {
      await editParagraph(t.db, sys, draft.id, p.id, {
        text: p.text.replace(/^States (shall )?/, 'States should, as appropriate, '),
        lockVersion: p.lockVersion,
      });
    }
    const d0 = performance.now();
    const docx = await versionDocx(t.db, sys, draft.id, 1);
    const docxMs = performance.now() - d0;

    return {
      'reference corpus (paragraphs)': refParas.length,
      'reference corpus (words)': refParas.reduce((n, p) => n + p.split(/\s+/).length, 0),
      'draft words': words,
      'draft sentences checked': cold.result.sentences.length,
      'checks panel, cold: load draft + stance map (ms)': Math.round(cold.timings.loadMs - cold.timings.indexMs),
      'checks panel, cold: load + index reference corpus (ms)': Math.round(cold.timings.indexMs),
      'checks panel, cold: checkDraft (ms)': Math.round(cold.timings.checkMs),
      'checks panel, cold total (ms)': Math.round(coldMs),
      'checks panel, cached index total (ms)': Math.round(warmMs),
      'checks panel, cached index: checkDraft (ms)': Math.round(warm.timings.checkMs),
      'tracked-changes DOCX, paragraphs': working.length,
      'tracked-changes DOCX, changed paragraphs': Math.ceil(working.length / 10),
      'tracked-changes DOCX generation (ms)': Math.round(docxMs),
      'tracked-changes DOCX size (KB)': Math.round(docx.bytes.length / 1024),
    };
  } finally {
    await t.close();
  }
}
