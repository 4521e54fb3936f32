// Atomic output: a build writes into a fresh folder beside DIR and swaps it in only when every
// file is written, so a failed or killed build leaves the previous DIR exactly as it was.
import { mkdirSync, writeFileSync } from 'node:fs';
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

/**
 * writeFiles with blocking calls, for a worker thread (nothing else waits on its event loop). Each folder
 * is made once, parent first, without `recursive` (which tries the deepest folder first and fails its way
 * up): a security's five folders and two files are seven creations, the least its layout allows, and on a
 * disk where creating an entry costs more than writing 100 KB, most of the time of writing.
 */
export function writeFilesSync(root: string, files: Iterable<readonly [string, string | Uint8Array]>): number {
  const base = resolve(root);
  const made = new Set<string>([base]);
  const folder = (path: string): void => {
    if (made.has(path)) return;
    folder(dirname(path));
    try {
      mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    made.add(path);
  };
  let count = 0;
  for (const [path, contents] of files) {
    const full = join(base, path);
    folder(dirname(full));
    writeFileSync(full, contents);
    count += 1;
  }
  return count;
}
