import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../foundation/errors.ts';

/**
 * PGlite has no server to arbitrate access, and two processes writing one data directory corrupt it.
 * A lock file holding the owner's pid refuses the second process; a lock left by a dead process
 * (kill -9) is taken over, since nobody is writing any more.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'accord.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(file, 'utf8').trim());
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new AppError(
          'db.locked',
          409,
          `The data directory ${dir} is in use by another Accord process (pid ${owner}). ` +
            'Stop that process, or talk to it over HTTP (the CLI does this), or set ACCORD_DATA_DIR to another folder.',
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('db.locked', 409, `Could not lock the data directory ${dir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
