import { describe, expect, it } from 'vitest';
import { useCommandFixture } from '../world/command-fixture.js';
import { runCommand } from './run-command.js';

const fixture = useCommandFixture();
const lookup = (...args: string[]) => runCommand(['--bundle', fixture.bundle, 'lookup', ...args]);

describe('osce-tui lookup A --compare B', () => {
  it('prints both timelines side by side, one row per year, each series its own glyph', async () => {
    const run = await lookup('freedonia', '--compare', 'syldavia');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('█ Freedonia   ▓ Syldavia');
    expect(lines[1]).toBe('Releases per year; a full column is 1.');
    expect(lines.slice(4).map((line) => line.slice(0, 4))).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    expect(lines.find((line) => line.startsWith('2022'))).toMatch(/^2022 +█+ 1 +▓+ 1$/);
    expect(lines.find((line) => line.startsWith('2020'))).toMatch(/^2020 +0 +0$/);
    expect(lines.every((line) => line.length <= 80)).toBe(true);
  });

  it('prints the series and the rows as JSON', async () => {
    const run = await lookup('freedonia', '--compare', 'syldavia', '--compare', 'ofia', '--json');
    const json = JSON.parse(run.stdout) as {
      entries: { id: string; total: number }[];
      years: { year: number; counts: number[] }[];
    };
    expect(json.entries.map((entry) => entry.id)).toEqual(['state:freedonia', 'state:syldavia', 'institution:ofia']);
    expect(json.years.find((row) => row.year === 2023)?.counts).toEqual([1, 1, 1]);
  });

  it('names an unknown entry and refuses more than three series', async () => {
    const unknown = await lookup('freedonia', '--compare', 'nowhereland');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no State, institution or other entry named "nowhereland"/);
    const many = await lookup('freedonia', '--compare', 'syldavia', '--compare', 'atlantis', '--compare', 'ofia');
    expect(many.code).toBe(2);
  });
});
