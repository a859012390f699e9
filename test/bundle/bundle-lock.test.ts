import { spawn } from 'node:child_process';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, withBundleLock } from '../../src/bundle/bundle-lock.js';
import { useTempDirs } from '../helpers/temp-dir.js';

describe('withBundleLock', () => {
  const tempDir = useTempDirs();

  it('creates the folder, holds the lock while the work runs, and removes it after, also on failure', async () => {
    const dir = join(await tempDir(), 'new');
    const seen = await withBundleLock(dir, async () => readdir(dir));
    expect(seen).toEqual([LOCK_FILE]);
    expect(await readdir(dir)).toEqual([]);
    await expect(withBundleLock(dir, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a second writer while the first one runs', async () => {
    const dir = await tempDir();
    await withBundleLock(dir, async () => {
      await expect(withBundleLock(dir, async () => 'second')).rejects.toThrow(
        /another import \(pid \d+\) is writing this bundle/,
      );
    });
  });

  it('waits for a writer in another process to finish, or refuses at once with waitMs 0', async () => {
    const dir = await tempDir();
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      await writeFile(join(dir, LOCK_FILE), `${other.pid}\n`);
      await expect(withBundleLock(dir, async () => 'never', { waitMs: 0 })).rejects.toThrow(
        `another import (pid ${other.pid}) is writing this bundle`,
      );
      const waitedFor: number[] = [];
      // The other writer finishes (removes its lock) once this one has said it waits.
      const result = await withBundleLock(dir, async () => 'mine', {
        waitMs: 30_000,
        onWait: (owner) => void rm(join(dir, LOCK_FILE)).then(() => waitedFor.push(owner)),
      });
      expect(result).toBe('mine');
      expect(waitedFor).toEqual([other.pid]);
    } finally {
      other.kill();
    }
  });

  it('takes over the lock of a writer that died', async () => {
    const dir = await tempDir();
    const child = spawn(process.execPath, ['-e', '']);
    const deadPid = await new Promise<number>((resolve) => child.once('exit', () => resolve(child.pid!)));
    await writeFile(join(dir, LOCK_FILE), `${deadPid}\n`);
    expect(await withBundleLock(dir, async () => 'done')).toBe('done');
  });
});
