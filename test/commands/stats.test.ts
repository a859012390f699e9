import { describe, expect, it } from 'vitest';
import { FIXTURE_BUNDLE_DIR, FIXTURE_TITLE } from '../world/world-bundle.js';
import { withEnvironment } from './environment.js';
import { runCommand } from './run-command.js';

const stats = (...args: string[]) => runCommand(['--bundle', FIXTURE_BUNDLE_DIR, 'stats', ...args]);

describe('osce-tui stats', () => {
  it('counts releases per content type and year, and entries per kind', async () => {
    const run = await stats();
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      [
        `${FIXTURE_TITLE} (synthetic), built 2025-01-01T00:00:00.000Z`,
        'Releases: 37 (1 summaries)',
        'By content type:',
        '  Press release        26',
        '  News item             6',
        '  Statement             2',
        '  Media advisory        1',
        '  Press statement       1',
        '  Spot report           1',
        'By year:',
        '  2024          3',
        '  2023          6',
        '  2022          4',
        '  2021          4',
        '  2020          3',
        '  2019          4',
        '  2018          3',
        '  2017          2',
        '  2016          1',
        '  2015          2',
        '  2014          1',
        '  unknown       4',
        'Taxonomy entries: 41',
        'By kind:',
        '  section                3',
        '  group                  7',
        '  field                  9',
        '  meeting                1',
        '  state                  7',
        '  partner                1',
        '  place                  1',
        '  chairpersonship        1',
        '  secretariat-unit       1',
        '  institution            2',
        '  field-operation        6',
        '  body                   1',
        '  page                   1',
        '',
      ].join('\n'),
    );
  });

  it('prints the same counts as JSON', async () => {
    const json = JSON.parse((await stats('--json')).stdout) as {
      releases: { total: number; byYear: unknown[]; byType: unknown[] };
      taxonomy: { byKind: unknown[] };
      problems: number;
    };
    expect(json.releases.total).toBe(37);
    expect(json.releases.byYear.at(-1)).toEqual({ year: null, count: 4 });
    expect(json.releases.byType[0]).toEqual({ type: 'Press release', count: 26 });
    expect(json.taxonomy.byKind).toContainEqual({ kind: 'state', count: 7 });
    expect(json.problems).toBe(0);
    expect(Object.keys(json)).toEqual(['title', 'builtAt', 'synthetic', 'releases', 'taxonomy', 'problems']);
    expect(Object.keys(json.releases)).toEqual(['total', 'summaries', 'byType', 'byYear']);
    expect(Object.keys(json.taxonomy)).toEqual(['total', 'byKind']);
  });

  it('wraps a long title to the width', async () => {
    const lines = (await withEnvironment({ env: { COLUMNS: '40' } }, () => stats())).stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `${FIXTURE_TITLE} (synthetic), built`,
      '2025-01-01T00:00:00.000Z',
      'Releases: 37 (1 summaries)',
    ]);
  });

  it('shows help with an example', async () => {
    const run = await stats('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('osce-tui stats --json');
  });
});
