// Atomic output: a build writes into a fresh folder beside DIR and swaps it in only when every
// file is written, so a failed or killed build leaves the previous DIR exactly as it was.
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Name prefix of the work folders beside DIR; the pid lets a later build tell a dead one from a live one. */
function workPrefix(out: string): string {
  return `.${basename(out)}.building-`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes work folders left beside DIR by builds that were killed (their process is gone). */
async function removeAbandoned(out: string): Promise<void> {
  const parent = dirname(out);
  const prefix = workPrefix(out);
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) {
      await rm(join(parent, name), { recursive: true, force: true });
    }
  }
}

/**
 * Runs `write(work)` with an empty work folder, then replaces `out` with it. If `write` throws,
 * the work folder is removed and `out` is untouched.
 */
export async function writeAtomically<T>(out: string, write: (work: string) => Promise<T>): Promise<T> {
  const target = resolve(out);
  await mkdir(dirname(target), { recursive: true });
  await removeAbandoned(target);
  const work = await mkdtemp(join(dirname(target), `${workPrefix(target)}${process.pid}-`));
  let result: T;
  try {
    result = await write(work);
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
  const old = `${work}.old`;
  let moved = false;
  try {
    await rename(target, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(work, { recursive: true, force: true });
      throw error;
    }
  }
  await rename(work, target);
  if (moved) await rm(old, { recursive: true, force: true });
  return result;
}

/**
 * Writes many files under `root` with a bounded number of writes in flight.
 * `files` yields [relative path, contents]; folders are made as needed.
 */
export async function writeFiles(
  root: string,
  files: Iterable<readonly [string, string | Uint8Array]>,
  concurrency = 64,
): Promise<number> {
  const folders = new Map<string, Promise<unknown>>();
  const inFlight = new Set<Promise<void>>();
  let count = 0;
  for (const [path, contents] of files) {
    const full = join(root, path);
    const folder = dirname(full);
    const task = (async () => {
      let made = folders.get(folder);
      if (!made) {
        made = mkdir(folder, { recursive: true });
        folders.set(folder, made);
      }
      await made;
      await writeFile(full, contents);
    })();
    const tracked: Promise<void> = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    count += 1;
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return count;
}
