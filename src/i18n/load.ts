import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths.ts';
import type { Catalogue, Messages } from './catalogue.ts';
import { LANGUAGES } from './languages.ts';

/**
 * The folder of each capability's messages: `src/<capability>/locales/<lang>.json`, one flat
 * `{ "key": "ICU message" }` object per language, so a translator takes one file. The foundation's
 * own messages (keys `core.*`) live in `src/i18n/locales/`.
 * They are read from the source tree at start-up (relative to ROOT), so the same files serve the
 * tests, `tsx` and the esbuild bundle in dist/, and a corrected translation needs no rebuild.
 */
export const LOCALE_DIRS_ROOT = path.join(ROOT, 'src');

/** The capability a locales folder belongs to: its folder's name, `core` for src/i18n. */
const capabilityOf = (dir: string) => (dir === 'i18n' ? 'core' : dir);

/** Every catalogue found under src/*\/locales/, by capability; a missing language file is an empty one. */
export function loadJsonCatalogues(srcDir = LOCALE_DIRS_ROOT): Record<string, Catalogue> {
  const found: Record<string, Catalogue> = {};
  for (const entry of fs.readdirSync(srcDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(srcDir, entry.name, 'locales');
    if (!fs.existsSync(dir)) continue;
    const catalogue = {} as Record<string, Messages>;
    for (const lang of LANGUAGES) {
      const file = path.join(dir, `${lang}.json`);
      catalogue[lang] = fs.existsSync(file) ? readMessages(file) : {};
    }
    found[capabilityOf(entry.name)] = catalogue as Catalogue;
  }
  return found;
}

function readMessages(file: string): Messages {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${path.relative(ROOT, file)}: not valid JSON (${(err as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${path.relative(ROOT, file)}: expected one object of messages`);
  for (const [k, v] of Object.entries(parsed)) {
    if (typeof v !== 'string') throw new Error(`${path.relative(ROOT, file)}: ${k} is not a string`);
  }
  return parsed as Messages;
}
