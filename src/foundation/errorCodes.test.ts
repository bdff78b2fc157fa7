import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../paths.ts';

/**
 * Error codes are part of the API contract: clients branch on `error.code`, and messages in six
 * languages are keyed by it (`core.err.<code>`). This snapshot makes a renamed or removed code a
 * deliberate act: the test lists what changed, and `ACCORD_UPDATE_ERROR_CODES=1 npm test --
 * src/foundation/errorCodes.test.ts` rewrites errorCodes.txt for review in the diff.
 *
 * Codes are read from the source where errors are made: throw statements, the AppError constructor,
 * its factories (NotFound, Conflict, Forbidden, ValidationError, fromZod), parseInput and parseForm, each capability's
 * form-error helpers, whose code argument is a literal `capability.reason`, and the access policy's
 * item-state refusals (`refuse(…)` in src/accounts/policy.ts).
 */
const SNAPSHOT = path.join(ROOT, 'src/foundation/errorCodes.txt');
const MAKERS =
  /\b(?:throw\s|new AppError\(|refuse\(|NotFound\(|Conflict\(|Forbidden\(|ValidationError\(|fromZod\(|parseInput\(|parseForm\(|fromIssues\(|\w*FormError\(|formError\()([^;]*)/gs;
const CODE = /'([a-z][a-zA-Z]*(?:\.[a-z][a-z_]*)+|[a-z]+_[a-z_]+|not_found|internal)'/g;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'locales' && e.name !== 'node_modules') sourceFiles(p, out);
    } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

function codesInSource(): string[] {
  const codes = new Set<string>();
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const call of text.matchAll(MAKERS)) {
      for (const m of call[1]!.matchAll(CODE)) if (!m[1]!.startsWith('core.') && !/\.err\./.test(m[1]!)) codes.add(m[1]!);
    }
  }
  return [...codes].sort();
}

test('error codes match the snapshot (a renamed code is a breaking change)', () => {
  const now = codesInSource();
  if (process.env.ACCORD_UPDATE_ERROR_CODES) fs.writeFileSync(SNAPSHOT, now.join('\n') + '\n');
  const before = fs.readFileSync(SNAPSHOT, 'utf8').split('\n').filter(Boolean);
  const added = now.filter((c) => !before.includes(c));
  const removed = before.filter((c) => !now.includes(c));
  assert.deepEqual(
    { added, removed },
    { added: [], removed: [] },
    'error codes changed; if deliberate, update the snapshot (see the comment at the top of this test) and say so in the change',
  );
  assert.ok(now.length > 100, `only ${now.length} codes found: the scan no longer sees how errors are made`);
});
