#!/usr/bin/env node
// Runs Accord. The TypeScript source is bundled with esbuild into dist/ the first time and again
// whenever a source file is newer than the bundle (about half a second), so `npx accord` works right
// after `npm install` with no build step, and starts fast: loading ~200 modules through a
// TypeScript loader took longer than the whole start should. If bundling is impossible, the
// source runs directly through tsx.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const entry = path.join(dist, 'main.js');

function newestSource(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

async function bundle() {
  const { build } = await import('esbuild');
  // Built beside, then swapped in, so a second process never runs half a bundle.
  const tmp = `${dist}.${process.pid}.tmp`;
  await build({
    entryPoints: [path.join(root, 'src/cli/main.ts')],
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  fs.rmSync(dist, { recursive: true, force: true });
  try {
    fs.renameSync(tmp, dist);
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

let useBundle = process.env.ACCORD_FROM_SOURCE !== '1';
if (useBundle) {
  try {
    const built = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0;
    if (built < newestSource(path.join(root, 'src'))) await bundle();
  } catch (err) {
    process.stderr.write(`accord: running from source (could not bundle: ${err.message})\n`);
    useBundle = false;
  }
}
if (useBundle && fs.existsSync(entry)) {
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
