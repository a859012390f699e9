import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltCliFresh, BUILT_CLI, ROOT } from '../helpers/built-cli.js';
import { useTempDirs } from '../helpers/temp-dir.js';

// A cache folder set where folders cannot be made and mkdir says ENOENT (under /proc): Node's
// recursive mkdirSync looped there forever, so every print command hung writing its code cache.
describe.skipIf(!existsSync('/proc/self'))('a cache folder that cannot be made', () => {
  const tempDir = useTempDirs('osce-tui-cache-unmakeable-');
  beforeAll(() => {
    assertBuiltCliFresh();
  });

  it.each([[['taxonomy']], [['list', '--limit', '1']]])('does not stop %j from printing', async (args) => {
    const config = await tempDir();
    const result = spawnSync(process.execPath, [BUILT_CLI, '--bundle', 'test/fixtures/bundle', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 20_000,
      env: {
        ...process.env,
        OSCE_TUI_CACHE_DIR: '/proc/osce-tui-no-such-folder/cache',
        OSCE_TUI_CONFIG_DIR: join(config, 'config'),
      },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toBe('');
  });
});
