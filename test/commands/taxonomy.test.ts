import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { WORLD_RELEASES, WORLD_TAXONOMY } from '../world/world.js';
import { FIXTURE_BUNDLE_DIR } from '../world/world-bundle.js';
import { withEnvironment } from './environment.js';
import { runCommand } from './run-command.js';

const taxonomy = (...args: string[]) => runCommand(['--bundle', FIXTURE_BUNDLE_DIR, 'taxonomy', ...args]);

describe('osce-tui taxonomy', () => {
  it('prints the tree indented two spaces a level, in menu order', async () => {
    const run = await taxonomy();
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 14)).toEqual([
      'Our work',
      '  Fields of work',
      '    Border management',
      '    Combating trafficking in human beings',
      '    Cyber/ICT Security',
      '    Education',
      '    Elections',
      '    Gender equality',
      '    Media freedom and development',
      '    Policing',
      '    Youth',
      '  Meetings and conferences',
      '    Imaginary summits',
      'Countries',
    ]);
    expect(lines).toHaveLength(WORLD_TAXONOMY.length);
    expect(lines.at(-1)).toBe('About us');
  });

  it('shows ids (kind:slug) on request', async () => {
    const lines = (await taxonomy('--ids')).stdout.split('\n');
    expect(lines).toContain('    Pöhjola  [state:pohjola]');
    expect(lines).toContain('    Mission to Ruritania  [field-operation:mission-to-ruritania]');
  });

  it('wraps a long name under itself and never cuts an id, so grep finds it whole', async () => {
    const lines = (await withEnvironment({ env: { COLUMNS: '40' } }, () => taxonomy('--ids'))).stdout.split('\n');
    expect(lines).toContain('    Mission to Ruritania');
    expect(lines).toContain('      [field-operation:mission-to-ruritania]');
    expect(lines).toContain('    Office for Imaginary Affairs');
    expect(lines).toContain('      [institution:ofia]');
    expect(lines).toContain('  Fields of work  [group:fields-of-work]');
  });

  it('prints nested JSON with every entry field but the parent', async () => {
    const tree = JSON.parse((await taxonomy('--json')).stdout) as {
      id: string;
      children: { id: string; kind: string; children: unknown[] }[];
    }[];
    expect(tree.map((root) => root.id)).toEqual([
      'section:our-work',
      'section:countries',
      'section:structures-and-institutions',
      'page:about-us',
    ]);
    const institutions = JSON.parse((await taxonomy('--json')).stdout)[2].children[2];
    expect(institutions).toEqual({
      id: 'group:institutions',
      kind: 'group',
      name: 'Institutions',
      aliases: [],
      description: '',
      facts: {},
      relations: [],
      children: [
        {
          id: 'institution:ofia',
          kind: 'institution',
          name: 'Office for Imaginary Affairs',
          aliases: ['OFIA'],
          description: 'Helps imaginary States hold invented elections',
          facts: { seat: 'Strelsau' },
          relations: [],
          children: [],
        },
        {
          id: 'institution:rfim',
          kind: 'institution',
          name: 'Representative on Freedom of Imaginary Media',
          aliases: ['RFIM'],
          description: '',
          facts: {},
          relations: [],
          children: [],
        },
      ],
    });
  });

  const tempDir = useTempDirs();
  it('strips control sequences hidden in names and facts, in text and in JSON', async () => {
    const bundle = await tempDir();
    const hostile = '\u001b]0;pwned\u0007';
    const taxonomyWithEscapes = WORLD_TAXONOMY.map((entry) =>
      entry.id === 'institution:ofia'
        ? { ...entry, name: `Office for ${hostile}Imaginary Affairs\u001b[2J`, facts: { seat: `Strel${hostile}sau` } }
        : entry,
    );
    await writeBundle(bundle, {
      title: 'Hostile names',
      taxonomy: taxonomyWithEscapes,
      releases: WORLD_RELEASES,
      synthetic: true,
    });
    for (const args of [[], ['--ids'], ['--json']]) {
      const run = await runCommand(['--bundle', bundle, 'taxonomy', ...args]);
      expect(run.stdout, args.join(' ')).toContain('Office for Imaginary Affairs');
      expect(run.stdout, args.join(' ')).not.toMatch(/\u001b|\\u001b|\\u0007|pwned/);
    }
  });

  it('rejects an unknown option as a usage error', async () => {
    const run = await taxonomy('--tree');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--tree'");
  });
});
