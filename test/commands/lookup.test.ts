import { describe, expect, it } from 'vitest';
import { openUserState } from '../../src/state/user-state.js';
import { useCommandFixture } from '../world/command-fixture.js';
import { withEnvironment } from './environment.js';
import { runCommand } from './run-command.js';

const fixture = useCommandFixture();
const lookup = (...args: string[]) => runCommand(['--bundle', fixture.bundle, 'lookup', ...args]);

describe('osce-tui lookup', () => {
  it("prints a State's card: what it is, facts, releases per year as a chart, latest releases", async () => {
    openUserState({ configDir: fixture.configDir }).readMarks.markRead('cx-02');
    const run = await lookup('freedonia');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'Freedonia',
      'Participating State · in Participating States',
      '',
      '  Status           Participating State',
      '  Field operation  Mission to Freedonia (open)',
      '  Chairpersonship  2019',
      '',
    ]);
    expect(lines[7]).toBe('Releases: 5 (1 undated)');
    // One column per year from 2019 to 2024; years without releases are gaps.
    expect(lines[8]).toBe('  █     █ █ █');
    expect(lines[11]).toMatch(/^ {2}2019 +2024$/);
    expect(run.stdout).toContain('Latest releases\n• 2024-05-14  Press release  Border officials');
    expect(run.stdout).toMatch(/^ {2}2023-10-02 {2}News item/m);
    expect(lines.every((line) => line.length <= 80)).toBe(true);
  });

  it("shows a partner's status and an institution's own facts and other names, found by alias", async () => {
    const partner = await lookup('Atlantis');
    expect(partner.stdout).toContain('  Status  Partner for Co-operation (Partners for Co-operation)');
    const institution = await lookup('ofia');
    expect(institution.code).toBe(0);
    expect(institution.stdout.split('\n')[0]).toBe('Office for Imaginary Affairs');
    expect(institution.stdout).toMatch(/Seat +Strelsau/);
    expect(institution.stdout).toMatch(/Also known as +OFIA$/m);
    expect(institution.stdout).toContain('Releases: 1');
  });

  it('takes a name of several words without quotes and says when there are no releases', async () => {
    const run = await lookup('mission', 'to', 'szohod');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Mission to Szohod\n/);
    expect(run.stdout).toContain('No releases in this bundle.');
  });

  it('prints the card as JSON', async () => {
    const run = await lookup('freedonia', '--json');
    const json = JSON.parse(run.stdout) as {
      status: string;
      card: Record<string, unknown> & { latest: { id: string; read: boolean }[] };
    };
    expect(json.status).toBe('exact');
    expect(json.card).toMatchObject({
      id: 'state:freedonia',
      kind: 'state',
      name: 'Freedonia',
      totalReleases: 5,
      perYear: [
        { year: 2019, count: 1 },
        { year: 2022, count: 1 },
        { year: 2023, count: 1 },
        { year: 2024, count: 1 },
      ],
    });
    expect(json.card.facts).toContainEqual({ label: 'Chairpersonship', value: '2019' });
    expect(json.card.latest.map((row) => row.id)).toEqual(['cx-01', 'cx-02', 'cx-05', 'cx-07', 'fx-13']);
    expect(json.card.latest[0]!.read).toBe(false);
  });

  it('lists the candidates of an ambiguous name on stderr, leaves stdout empty and exits 1', async () => {
    const run = await lookup('mission');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toContain('  Mission to Freedonia (Field operation; field-operation:mission-to-freedonia)');
    expect(lines).toContain('  Mission in Elbonia (Field operation; field-operation:mission-in-elbonia)');
    expect(run.stderr).toContain(
      '  Mission to the Grand Duchy of Grand Fenwick (Field operation;\n      field-operation:mission-to-the-grand-duchy-of-grand-fenwick)',
    );
    expect(lines.every((line) => line.length <= 80)).toBe(true);
    expect(lines.at(-1)).toMatch(/^osce-tui: "mission" matches \d+ entries; give one of the names or ids above$/);
    const json = await lookup('mission', '--json');
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { status: string; candidates: { id: string }[] };
    expect(Object.keys(parsed)).toEqual(['status', 'query', 'candidates']);
    expect(parsed.status).toBe('ambiguous');
    expect(parsed.candidates).toContainEqual({
      id: 'field-operation:mission-to-freedonia',
      name: 'Mission to Freedonia',
      kind: 'Field operation',
    });
  });

  it('folds case and accents: pohjola, PÖHJOLA, a decomposed Pöhjola and the alias Northland all find Pöhjola', async () => {
    for (const name of ['pohjola', 'PÖHJOLA', 'Po\u0308hjola', 'northland']) {
      const run = await lookup(name);
      expect(run.code, name).toBe(0);
      expect(run.stdout.split('\n').slice(0, 2), name).toEqual([
        'Pöhjola',
        'Participating State · in Participating States',
      ]);
    }
  });

  it('lays the card out at 40 columns on a very narrow terminal', async () => {
    const lines = (await withEnvironment({ env: { COLUMNS: '20' } }, () => lookup('freedonia'))).stdout
      .trimEnd()
      .split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBe(40);
    expect(lines).toContain('  Field operation  Mission to Freedonia');
  });

  it('prints JSON whose keys are exactly the documented ones', async () => {
    const json = JSON.parse((await lookup('freedonia', '--json')).stdout) as { card: Record<string, unknown> };
    expect(Object.keys(json)).toEqual(['status', 'query', 'card']);
    expect(Object.keys(json.card)).toEqual([
      'id',
      'kind',
      'kindLabel',
      'name',
      'description',
      'partOf',
      'facts',
      'totalReleases',
      'perYear',
      'latest',
    ]);
  });

  it('forgives a slip like quick lookup: syldvia is the card of Syldavia', async () => {
    const run = await lookup('syldvia');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Syldavia');
  });

  it('suggests the nearest names for an unknown one and exits 1', async () => {
    const run = await lookup('sylvnai');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^osce-tui: no State, institution or other entry named "sylvnai"; nearest: Sylvania\b/);
    const json = await lookup('zzzzqqq', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ status: 'none', query: 'zzzzqqq', suggestions: [] });
  });

  it('points from a menu heading, which has no card, to the entries under it (exit 1)', async () => {
    const run = await lookup('our', 'work');
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'osce-tui: Our work is a heading of the menu; look up one of its entries: Fields of work, Meetings and conferences\n',
    });
    const json = JSON.parse((await lookup('countries', '--json')).stdout) as {
      status: string;
      suggestions: { id: string }[];
    };
    expect(json.status).toBe('none');
    expect(json.suggestions.map((s) => s.id)).toEqual(
      expect.arrayContaining(['group:participating-states', 'group:partners']),
    );
  });

  it('exits 2 without a name, or with an empty one', async () => {
    const run = await lookup();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing required argument 'name'");
    expect(await lookup(' ')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'osce-tui: lookup needs a name, e.g. osce-tui lookup odihr\n',
    });
  });
});
