/**
 * `npm test`: finds the tests beside the code, builds the seeded template database once (PGlite
 * dump, or a PostgreSQL template database when ACCORD_TEST_DATABASE_URL is set), then runs them with
 * Node's test runner. `--browser` runs the browser tests (*.browser.test.ts) instead.
 * Extra arguments narrow the run to files whose path contains them.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preparePgliteTemplate, preparePostgresTemplate } from '../src/testing/database.ts';

const args = process.argv.slice(2);
const browser = args.includes('--browser');
const filters = args.filter((a) => !a.startsWith('--'));

function find(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : find(p);
    return /\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const files = find('src')
  .filter((f) => browser === /\.browser\.test\.tsx?$/.test(f))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error('No test files matched.');
  process.exit(1);
}

process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'silent';
const url = process.env.ACCORD_TEST_DATABASE_URL;
const started = Date.now();
if (url) await preparePostgresTemplate(url);
else await preparePgliteTemplate();
console.log(`# template database ready on ${url ? 'PostgreSQL' : 'PGlite'} in ${Date.now() - started} ms; ${files.length} test files`);

// Browser tests share one Chromium and one server each: run them one file at a time.
const concurrency = browser ? 1 : Math.max(2, os.availableParallelism());
const child = spawn(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit', env: process.env });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
