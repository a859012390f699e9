import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutArticle } from '../../src/article/layout-article.js';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';
import cellWidth from '../../src/text/cell-width.js';
import { makeRelease } from '../helpers/fixture-bundle.js';
import { withEnvironment } from './environment.js';
import { useCommandFixture } from './fixture-bundle.js';
import { runCommand } from './run-command.js';

// Invented text carrying everything a terminal might act on or mis-measure.
const HOSTILE = [
  'OSC \u001b]0;pwned\u0007 and \u001b]8;;https://example.org\u001b\\link\u001b]8;;\u001b\\',
  'CSI \u001b[31mred\u001b[0m \u001b[2J \u009b1;1H',
  'DCS \u001bPq#0;2;0;0;0\u001b\\ C1 \u0085\u008d\u0090x\u009c',
  'bidi \u202eevil\u202c \u2066iso\u2069',
  `marks e${'\u0301'.repeat(10_000)}`,
  'emoji 👨\u200d👩\u200d👧 🇪🇺 🎉 CJK 日本語の長い見出し',
].join(' ');
// Anything a terminal would interpret: C0 (but newline), DEL, C1, bidi controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

// For its temp config and cache folders; the commands read the hostile bundle.
useCommandFixture();
let hostileBundle: string;

beforeAll(async () => {
  hostileBundle = await mkdtemp(join(tmpdir(), 'osce-tui-hostile-'));
  const releases = [
    makeRelease({ id: 'hostile-title', title: `Hostile ${HOSTILE}`, countries: ['state:serbia'], body: [{ kind: 'paragraph', text: HOSTILE }] }),
    makeRelease({ id: 'hostile-body', title: 'Invented hostile body', place: HOSTILE, countries: ['state:serbia'], body: [{ kind: 'quote', text: HOSTILE }, { kind: 'list', items: [HOSTILE] }], notes: [{ term: 'marks', text: HOSTILE }] }),
  ];
  await writeBundle(hostileBundle, { title: `Hostile ${HOSTILE}`, taxonomy: buildTaxonomyEntries(), releases, synthetic: true });
});

const COMMANDS: [string, string[], boolean][] = [
  ['list', ['list'], true],
  ['search', ['search', 'hostile'], true],
  ['lookup', ['lookup', 'serbia'], true],
  ['show', ['show', 'hostile-title'], true],
  ['show (body)', ['show', 'hostile-body'], true],
  ['stats', ['stats'], true],
  ['taxonomy', ['taxonomy'], true],
  ['export jsonl', ['export'], false],
  ['export markdown', ['export', '--format', 'markdown'], false],
  ['list --json', ['list', '--json'], false],
];

describe.each([40, 120])('hostile text at %i columns', (columns) => {
  it.each(COMMANDS)('%s prints no control byte%s', async (_name, args, wrapped) => {
    const run = await withEnvironment({ env: { COLUMNS: String(columns) } }, () => runCommand(['--bundle', hostileBundle, ...args]));
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stderr).not.toMatch(CONTROL);
    if (wrapped) expect(run.stdout.split('\n').filter((line) => cellWidth(line) > columns)).toEqual([]);
  }, 30_000);

  it('the browser reader lays the releases out without a control byte or a line too wide', () => {
    const taxonomy = new Taxonomy(buildTaxonomyEntries());
    for (const id of ['hostile-title', 'hostile-body']) {
      const release = makeRelease({ id, title: `Hostile ${HOSTILE}`, place: HOSTILE, body: [{ kind: 'paragraph', text: HOSTILE }, { kind: 'list', items: [HOSTILE] }], notes: [{ term: 'marks', text: HOSTILE }] });
      const lines = layoutArticle(release, taxonomy, columns);
      expect(lines.filter((line) => CONTROL.test(line.text) || cellWidth(line.text) > columns)).toEqual([]);
    }
  });
});
