import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { Db } from '../db/engine.ts';
import { AppError } from '../foundation/errors.ts';

/** Reporting's own test helpers (the people, cycles and reports are the shared factories in src/testing/factories.ts). */

/** The stable code a promise rejects with, 'ok' when it resolves (an error that is not an AppError as its text). */
export async function codeOf(p: Promise<unknown>) {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
}

/** The AppError a promise rejects with (fails the test when it resolves). */
export const rejection = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e) => e as AppError,
  );

/** A report's lock version as stored. */
export const lockOf = async (db: Db, reportId: number) =>
  (await db.selectFrom('national_reports').select('lock_version').where('id', '=', reportId).executeTakeFirstOrThrow()).lock_version;

// axe-core is evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * Runs axe-core on the page as it is now (after a script changed it: the session's own check runs on
 * each load, src/server/browserAxe.ts) and fails on any violation.
 */
export async function assertAccessible(page: Page, what: string) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () =>
    (await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run()).violations.map(
      (v) => `${v.id} (${v.nodes.length})`,
    ),
  );
  assert.deepEqual(violations, [], `${what}: axe violations`);
}
