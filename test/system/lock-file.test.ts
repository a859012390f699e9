import { spawn } from 'node:child_process';
import { existsSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockError, withLockFile, withLockFileSync } from '../../src/system/lock-file.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const QUICK = { waitMs: 0, pollMs: 5 };

describe('lock files', () => {
  const tempDir = useTempDirs();

  it('holds the lock while the work runs and removes it after, synchronously and not', async () => {
    const lock = join(await tempDir(), 'x.lock');
    expect(withLockFileSync(lock, () => existsSync(lock), QUICK)).toBe(true);
    expect(existsSync(lock)).toBe(false);
    expect(await withLockFile(lock, async () => existsSync(lock), QUICK)).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('refuses a lock a running process holds, naming it, once the wait is over', async () => {
    const lock = join(await tempDir(), 'x.lock');
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      writeFileSync(lock, `${other.pid}\n`);
      const told: number[] = [];
      const refused = (() => {
        try {
          return withLockFileSync(lock, () => 'never', { waitMs: 30, pollMs: 5, onWait: (owner) => told.push(owner) });
        } catch (error) {
          return error;
        }
      })();
      expect(refused).toBeInstanceOf(LockError);
      expect((refused as LockError).failure).toEqual({ reason: 'held', owner: other.pid });
      expect(told).toEqual([other.pid]);
      expect(existsSync(lock)).toBe(true);
    } finally {
      other.kill();
    }
  });

  it('keeps waiting while the lock changes hands, giving up only on one holder kept too long', async () => {
    const lock = join(await tempDir(), 'x.lock');
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    // Other writers' turns, each shorter than the wait but longer together: the lock file is
    // written anew (another holding) every 25 ms for 8 turns, then let go.
    let turn = 0;
    const takeTurn = (): void => {
      writeFileSync(lock, `${other.pid}\n`);
      const written = new Date(Date.UTC(2020, 0, 1) + turn * 1_000);
      utimesSync(lock, written, written);
    };
    takeTurn();
    const turns = setInterval(() => {
      turn += 1;
      if (turn < 8) takeTurn();
      else {
        clearInterval(turns);
        rmSync(lock, { force: true });
      }
    }, 25);
    try {
      expect(await withLockFile(lock, async () => turn, { waitMs: 60, pollMs: 5 })).toBe(8);
    } finally {
      clearInterval(turns);
      other.kill();
    }
  });

  it('takes over a lock that has held no pid for a while, but waits for a fresh one to get its pid', async () => {
    const lock = join(await tempDir(), 'x.lock');
    writeFileSync(lock, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect(withLockFileSync(lock, () => 'mine', QUICK)).toBe('mine');

    writeFileSync(lock, '');
    // The "writer" puts its pid in (a running process) before the waiting one looks again.
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      const result = withLockFile(lock, async () => 'never', { waitMs: 0, pollMs: 20 });
      writeFileSync(lock, `${other.pid}\n`);
      await expect(result).rejects.toMatchObject({ failure: { reason: 'held', owner: other.pid } });
    } finally {
      other.kill();
    }
  });
});
