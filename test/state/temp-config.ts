import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openUserState, type UserState, type UserStateOptions } from '../../src/state/user-state.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'osce-tui-state-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A user state on disk in `dir`, collecting its warnings. */
export function openState(dir: string, options: UserStateOptions = {}): UserState & { warnings: string[] } {
  const warnings: string[] = [];
  const state = openUserState({ configDir: dir, onWarning: (message) => warnings.push(message), ...options });
  return Object.assign(state, { warnings });
}
