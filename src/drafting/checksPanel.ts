/**
 * Runs the draft checks on a version stored in the database: the version's text (lettered section
 * headings, numbered paragraphs), the cached agreed-language index, and the meeting record's stance map for
 * the draft's process when the records capability provides one, under the framework version of the
 * draft's process (its pillars are the ones balanced).
 */
import type { Db } from '../db/engine.ts';
import { checkDraft, CheckError, type CheckResult } from '../text/checks/index.ts';
import { AppError } from '../foundation/errors.ts';
import { frameworkOfProcess } from './framework.ts';
import { draftText, paragraphsOf } from './queries.ts';
import { agreedLanguageIndexFor } from './agreedLanguageCache.ts';
import { SECTION_HEADINGS } from './sectionHeadings.ts';
import { stanceMapFor } from './stanceMap.ts';

export interface PanelResult {
  result: CheckResult;
  timings: { loadMs: number; indexMs: number; checkMs: number };
  corpus: { documents: number; paragraphs: number };
  stanceMapUsed: boolean;
}

export async function runChecks(
  db: Db,
  version: { id: number },
  draft: { process: string | null; process_id?: number },
  opts: { minPillarShare?: number } = {},
): Promise<PanelResult> {
  const t0 = performance.now();
  const paragraphs = await paragraphsOf(db, version.id);
  if (paragraphs.length === 0) throw new AppError('check.empty_draft', 400, 'This version has no paragraphs yet. Add text before running the checks.');
  const ref = await agreedLanguageIndexFor(db);
  const stanceMap = await stanceMapFor(db, draft.process);
  const framework = await frameworkOfProcess(db, draft.process_id);
  const t1 = performance.now();
  let result: CheckResult;
  try {
    result = checkDraft(
      draftText(paragraphs, (s) => SECTION_HEADINGS[s]),
      ref.index,
      { minPillarShare: opts.minPillarShare, stanceMap: stanceMap.length ? stanceMap : undefined, framework },
    );
  } catch (err) {
    if (err instanceof CheckError) throw new AppError(err.code, 400, err.message);
    throw err;
  }
  return {
    result,
    timings: { loadMs: t1 - t0, indexMs: ref.buildMs + ref.loadMs, checkMs: performance.now() - t1 },
    corpus: { documents: ref.documents, paragraphs: ref.paragraphs },
    stanceMapUsed: stanceMap.length > 0,
  };
}
