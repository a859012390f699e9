import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCommandFixture } from '../world/command-fixture.js';
import { runCommand } from './run-command.js';

const fixture = useCommandFixture();
const config = (...args: string[]) => runCommand(['config', ...args]);

describe('osce-tui config', () => {
  it('gets defaults, sets values that last, and lists every setting', async () => {
    expect(await config('get', 'theme')).toEqual({ code: 0, stdout: 'dark\n', stderr: '' });
    expect(await config('set', 'theme', 'light')).toEqual({ code: 0, stdout: 'theme = light\n', stderr: '' });
    expect(await config('set', 'readingWidth', '100')).toMatchObject({ code: 0, stdout: 'readingWidth = 100\n' });
    expect((await config('get', 'theme')).stdout).toBe('light\n');
    expect(JSON.parse(readFileSync(join(fixture.configDir, 'config.json'), 'utf8')).preferences).toEqual({
      theme: 'light',
      readingWidth: 100,
    });
    const list = await config('list');
    expect(list.stdout).toBe(
      [
        'theme         light',
        '              colour theme of the browser: dark, light, mono',
        'readingWidth  100',
        '              maximum width of article text, in columns: a whole number from 40',
        '              to 200',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON', async () => {
    expect(JSON.parse((await config('get', 'readingWidth', '--json')).stdout)).toEqual({
      key: 'readingWidth',
      value: 100,
    });
    expect(JSON.parse((await config('set', 'theme', 'mono', '--json')).stdout)).toEqual({
      key: 'theme',
      value: 'mono',
    });
    const list = JSON.parse((await config('list', '--json')).stdout) as { configFile: string; settings: unknown[] };
    expect(list.configFile).toBe(join(fixture.configDir, 'config.json'));
    expect(list.settings).toContainEqual({
      key: 'theme',
      value: 'mono',
      allowed: 'dark, light, mono',
      description: 'colour theme of the browser',
    });
  });

  it('exits 1 naming the allowed keys or values, and saves nothing', async () => {
    expect(await config('set', 'colour', 'red')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'osce-tui: unknown setting "colour"; settings are: theme, readingWidth\n',
    });
    expect(await config('set', 'theme', 'sepia')).toMatchObject({
      code: 1,
      stderr: 'osce-tui: "sepia" is not a valid theme; expected dark, light, mono\n',
    });
    expect((await config('set', 'readingWidth', '20')).stderr).toContain('expected a whole number from 40 to 200');
    expect((await config('get', 'colour')).code).toBe(1);
    expect((await config('get', 'theme')).stdout).toBe('dark\n');
  });

  it('exits 2 for a missing argument or an unknown subcommand', async () => {
    expect((await config('set', 'theme')).code).toBe(2);
    expect((await config('get')).code).toBe(2);
    expect((await config('remove', 'theme')).code).toBe(2);
  });

  it('recovers from a corrupt config file with one warning', async () => {
    writeFileSync(join(fixture.configDir, 'config.json'), '{ theme: dark');
    const run = await config('get', 'theme');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('dark\n');
    expect(run.stderr).toMatch(
      /^osce-tui: warning: .*config\.json was not valid JSON; moved it to .*config\.json\.corrupt-\S+ and started clean\n$/,
    );
  });

  it('reports a setting it could not save (config folder not writable) with exit 1', async () => {
    writeFileSync(join(fixture.configDir, 'blocker'), 'a file where the folder should be');
    process.env.OSCE_TUI_CONFIG_DIR = join(fixture.configDir, 'blocker', 'osce-tui');
    const run = await config('set', 'theme', 'mono');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^osce-tui: warning: cannot save settings in .*ENOTDIR.*\nosce-tui: could not save theme in .*\n$/,
    );
  });
});
