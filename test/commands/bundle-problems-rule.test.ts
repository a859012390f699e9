import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCommandFixture } from './fixture-bundle.js';
import { runCommand } from './run-command.js';

// One rule for a bundle with problems: every command loads what is valid and says so on stderr,
// naming the first problem; stats lists them all.
const fixture = useCommandFixture();

beforeAll(() => {
  appendFileSync(join(fixture.bundle, 'releases.jsonl'), 'this line is not JSON\n');
});

describe('a bundle with a bad line', () => {
  it.each([
    ['list', ['list'], 'Border officials'],
    ['search', ['search', 'lakeview'], 'Border officials'],
    ['lookup', ['lookup', 'serbia'], 'Serbia'],
    ['export', ['export', '--limit', '1'], '"id":"cx-01"'],
    ['show', ['show', 'cx-01'], 'Border officials'],
    ['stats', ['stats'], 'Releases: 8'],
  ])('%s loads the valid releases and warns on stderr naming the first problem', async (_name, args, shown) => {
    const run = await runCommand(['--bundle', fixture.bundle, ...args]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(shown);
    // The bad line, and the digest that no longer matches the manifest.
    expect(run.stderr).toMatch(/^osce-tui: warning: .*2 problems/m);
    expect(run.stderr).toMatch(/releases\.jsonl:9/);
  }, 30_000);
});
