import { spawn } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
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
      await expect(withBundleLock(dir, async () => 'second')).rejects.toThrow(/another import \(pid \d+\) is writing this bundle/);
    });
  });

  it('takes over the lock of a writer that died', async () => {
    const dir = await tempDir();
    const child = spawn(process.execPath, ['-e', '']);
    const deadPid = await new Promise<number>((resolve) => child.once('exit', () => resolve(child.pid!)));
    await writeFile(join(dir, LOCK_FILE), `${deadPid}\n`);
    expect(await withBundleLock(dir, async () => 'done')).toBe('done');
  });
});
