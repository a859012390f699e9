import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCompiledScript } from '../helpers/compiled-script.js';
import { openState, tempDir } from './temp-config.js';

const compiledWriter = useCompiledScript(join(import.meta.dirname, 'concurrent-writer.ts'));

async function runWriter(configDir: string, prefix: string, count: number): Promise<string> {
  const writer = await compiledWriter();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, configDir, prefix, String(count)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stderr) : reject(new Error(`writer exited ${code}: ${stderr}`))));
  });
}

describe('several processes writing at once', () => {
  it('loses none of their changes', async () => {
    // A folder that does not exist yet: the first writes race to create it too.
    const dir = join(tempDir(), 'not-yet', 'osce-tui');
    const writers = ['a', 'b', 'c', 'd'];
    const stderr = await Promise.all(writers.map((prefix) => runWriter(dir, prefix, 40)));
    expect(stderr.join('')).toBe('');
    const ids = writers.flatMap((prefix) => Array.from({ length: 40 }, (_, i) => `${prefix}-${i}`));
    const state = openState(dir);
    expect(state.readMarks.countUnread(ids)).toBe(0);
    expect(state.readMarks.readIds().size).toBe(ids.length);
  }, 30_000);
});
