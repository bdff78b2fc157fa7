import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openEngine } from './engine.ts';

const writer = path.join(path.dirname(fileURLToPath(import.meta.url)), 'crashWriter.ts');

test(
  'kill -9 in the middle of a burst of writes loses no committed write and leaves no partial one; a second opener is refused',
  { timeout: 120_000 },
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-crash-'));
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const committed: number[] = [];
    let ready = false;
    let killed = false;
    let buffer = '';
    await new Promise<void>((resolve, reject) => {
      child.on('exit', (code) => reject(new Error(`writer exited early (${code})`)));
      child.stdout.on('data', async (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        for (const line of lines) {
          if (line === 'ready' && !ready) {
            ready = true;
            // While the writer holds the directory, a second process must be refused, not let in.
            await assert.rejects(openEngine({ engine: 'pglite', dataDir: dir }), (e: { code?: string }) => e.code === 'db.locked');
          }
          const m = line.match(/^committed (\d+)$/);
          if (m) committed.push(Number(m[1]));
        }
        // Once only: a later chunk must not remove the exit listener awaited below.
        if (committed.length >= 40 && !killed) {
          killed = true;
          child.removeAllListeners('exit');
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));

    const engine = await openEngine({ engine: 'pglite', dataDir: dir });
    try {
      const rows = await engine.db.selectFrom('regional_groups').select('id').where('id', 'like', 'w-%').execute();
      const ids = new Set(rows.map((r) => r.id));
      for (const i of committed) assert.ok(ids.has(`w-${i}-a`) && ids.has(`w-${i}-b`), `committed pair ${i} survived`);
      for (const id of ids) {
        const i = id.split('-')[1];
        assert.ok(ids.has(`w-${i}-a`) && ids.has(`w-${i}-b`), `pair ${i} is whole`);
      }
    } finally {
      await engine.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
);
