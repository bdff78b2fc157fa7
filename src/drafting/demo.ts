/**
 * Demo content for the first start: an invented corpus of agreed language (symbols A/DEMO/…, marked synthetic
 * in their titles), the zero draft of a "Final report", issued, and one amendment proposed by New
 * Zealand; the Global Mechanism's first progress report as an issued zero draft. Skips itself when the corpus already holds the demo documents.
 */
import { toActor } from '../accounts/signIn.ts';
import { systemActor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { createDraft } from './commands/createDraft.ts';
import { DEMO_DRAFT, DEMO_GM_AGREED_LANGUAGE, DEMO_PROGRESS_REPORT, DEMO_AGREED_LANGUAGE } from './demoText.ts';
import { importAgreedLanguage } from './commands/importAgreedLanguage.ts';
import { issueVersion } from './commands/issueVersion.ts';
import { proposeAmendment } from './commands/proposeAmendment.ts';

export async function seedDemo(db: Db) {
  const done = await db.selectFrom('agreed_language_documents').select('id').where('symbol', '=', DEMO_AGREED_LANGUAGE[0].symbol).executeTakeFirst();
  if (done) return { seeded: false };
  const system = systemActor('demo');
  for (const r of [...DEMO_AGREED_LANGUAGE, DEMO_GM_AGREED_LANGUAGE]) {
    await importAgreedLanguage(db, system, {
      symbol: r.symbol,
      title: r.title,
      date: r.date,
      consensus: r.consensus,
      filename: `${r.symbol.replaceAll('/', '-')}.txt`,
      bytes: new TextEncoder().encode(r.text),
    });
  }
  const draft = await createDraft(db, system, {
    title: DEMO_DRAFT.title,
    process: DEMO_DRAFT.process,
    paragraphs: DEMO_DRAFT.paragraphs.map((p) => ({ ...p })),
  });
  await issueVersion(db, system, draft.id);
  const nzl = await db.selectFrom('users').selectAll().where('email', '=', 'nzl@accord.test').executeTakeFirst();
  if (nzl) {
    await proposeAmendment(db, toActor(nzl), draft.id, {
      version: 0,
      paragraph: 6,
      kind: 'replace',
      text: 'States should not conduct or knowingly support ICT activity that intentionally damages critical infrastructure.',
      justification: 'Restores the agreed, voluntary wording of A/DEMO/1, paragraph 4 (a): norms are not obligations.',
    });
  }
  // The Global Mechanism's first progress report, issued as a zero draft: both processes show at first start.
  const report = await createDraft(db, system, {
    title: DEMO_PROGRESS_REPORT.title,
    process: DEMO_PROGRESS_REPORT.process,
    paragraphs: DEMO_PROGRESS_REPORT.paragraphs.map((p) => ({ ...p })),
  });
  await issueVersion(db, system, report.id);
  return { seeded: true, draftId: draft.id, progressReportId: report.id };
}
