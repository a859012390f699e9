import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutArticle } from '../../src/article/layout-article.js';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';
import cellWidth from '../../src/text/cell-width.js';
import { sanitizeRelease } from '../../src/text/sanitize-model.js';
import { CONTROL, HOSTILE } from '../helpers/hostile-text.js';
import { useCommandFixture } from '../world/command-fixture.js';
import { makeRelease } from '../world/make.js';
import { WORLD_TAXONOMY } from '../world/world.js';
import { withEnvironment } from './environment.js';
import { runCommand } from './run-command.js';

// For its temp config and cache folders; the commands read the hostile bundle.
useCommandFixture();
let hostileBundle: string;

beforeAll(async () => {
  hostileBundle = await mkdtemp(join(tmpdir(), 'osce-tui-hostile-'));
  const releases = [
    makeRelease({
      id: 'hostile-title',
      title: `Hostile ${HOSTILE}`,
      countries: ['state:freedonia'],
      body: [{ kind: 'paragraph', text: HOSTILE }],
    }),
    makeRelease({
      id: 'hostile-body',
      title: 'Invented hostile body',
      place: HOSTILE,
      countries: ['state:freedonia'],
      body: [
        { kind: 'quote', text: HOSTILE },
        { kind: 'list', items: [HOSTILE] },
      ],
      notes: [{ term: 'marks', text: HOSTILE }],
    }),
  ];
  // Taxonomy text is bundle text too: a name the taxonomy command prints, and Freedonia's card.
  const taxonomy = WORLD_TAXONOMY.map((entry) => {
    if (entry.id === 'state:syldavia') return { ...entry, name: `Syldavia ${HOSTILE}` };
    if (entry.id === 'state:freedonia')
      return {
        ...entry,
        aliases: [...entry.aliases, HOSTILE],
        description: HOSTILE,
        facts: { ...entry.facts, seat: HOSTILE },
      };
    return entry;
  });
  await writeBundle(hostileBundle, { title: `Hostile ${HOSTILE}`, taxonomy, releases, synthetic: true });
});

const COMMANDS: [string, string[], boolean][] = [
  ['list', ['list'], true],
  ['search', ['search', 'hostile'], true],
  ['lookup', ['lookup', 'freedonia'], true],
  ['show', ['show', 'hostile-title'], true],
  ['show (body)', ['show', 'hostile-body'], true],
  ['stats', ['stats'], true],
  ['taxonomy', ['taxonomy'], true],
  ['export jsonl', ['export'], false],
  ['export markdown', ['export', '--format', 'markdown'], false],
  ['list --json', ['list', '--json'], false],
];

describe.each([40, 120])('hostile text at %i columns', (columns) => {
  it.each(COMMANDS)(
    '%s prints no control byte%s',
    async (_name, args, wrapped) => {
      const run = await withEnvironment({ env: { COLUMNS: String(columns) } }, () =>
        runCommand(['--bundle', hostileBundle, ...args]),
      );
      expect(run.code).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(0);
      expect(run.stdout).not.toMatch(CONTROL);
      expect(run.stderr).not.toMatch(CONTROL);
      if (wrapped) expect(run.stdout.split('\n').filter((line) => cellWidth(line) > columns)).toEqual([]);
    },
    30_000,
  );

  it('the browser reader lays the releases out without a control byte or a line too wide', () => {
    const taxonomy = new Taxonomy(WORLD_TAXONOMY);
    for (const id of ['hostile-title', 'hostile-body']) {
      const release = makeRelease({
        id,
        title: `Hostile ${HOSTILE}`,
        place: HOSTILE,
        body: [
          { kind: 'paragraph', text: HOSTILE },
          { kind: 'list', items: [HOSTILE] },
        ],
        notes: [{ term: 'marks', text: HOSTILE }],
      });
      // As the catalog hands it to the reader: sanitized where it entered.
      const lines = layoutArticle(sanitizeRelease(release), taxonomy, columns);
      expect(lines.filter((line) => CONTROL.test(line.text) || cellWidth(line.text) > columns)).toEqual([]);
    }
  });
});
