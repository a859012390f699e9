import { describe, expect, it } from 'vitest';
import { useCommandFixture } from '../world/command-fixture.js';
import { runCommand } from './run-command.js';

const fixture = useCommandFixture();
const show = (...args: string[]) => runCommand(['--bundle', fixture.bundle, 'show', ...args]);

interface RelatedJson {
  id: string;
  words: string[];
  related: { id: string; score: number; shared: string[] }[];
}

describe('osce-tui show ID --related', () => {
  it('lists releases sharing taxonomy entries, the closest first and the newest among equals, never the release itself', async () => {
    const run = await show('cx-01', '--related', '--json');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(run.stdout) as RelatedJson;
    expect(json.id).toBe('cx-01');
    const ids = json.related.map((item) => item.id);
    expect(ids).not.toContain('cx-01');
    // cx-07 shares the Mission to Freedonia and Freedonia; the others share Freedonia only, newest first.
    expect(ids.slice(0, 4)).toEqual(['cx-07', 'cx-02', 'cx-05', 'fx-13']);
    expect(json.related[0]).toMatchObject({ shared: ['field-operation:mission-to-freedonia', 'state:freedonia'] });
    expect(json.related[1]!.score).toBeGreaterThan(0);
    expect(json.related[0]!.score).toBeGreaterThan(json.related[1]!.score);
  });

  it('prints the list with what each release shares, found by title words too', async () => {
    const run = await show('lakeview', 'document', 'checks', '--related');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Related to Border officials in the invented town of Lakeview practise document',
      'checks',
    ]);
    expect(lines[2]).toMatch(/^• 2019-11-30 {2}Press release {2}Police cadets complete/);
    expect(run.stdout).toMatch(/Police cadets[^•]*cx-07\n {4}shares Mission to Freedonia, Freedonia\n•/);
    expect(lines.every((line) => line.length <= 80)).toBe(true);
  });

  it('says so when nothing is related, and exits 1 for an unknown release', async () => {
    const empty = await runCommand(['--bundle', fixture.bundle, 'show', 'cx-04', '--related', '--json']);
    expect(JSON.parse(empty.stdout)).toMatchObject({ id: 'cx-04', related: [] });
    const text = await show('cx-04', '--related');
    expect(text.stdout).toContain('No related releases in this bundle.');
    const unknown = await show('no-such-release', '--related');
    expect(unknown.code).toBe(1);
  });
});
