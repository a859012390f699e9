import { appendFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/bundle/format-problem.js';
import { loadBundle, loadBundleTaxonomy, readManifest } from '../../src/bundle/load-bundle.js';
import { UserError } from '../../src/cli/errors.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { WORLD_RELEASES } from '../world/world.js';
import { FIXTURE_BUNDLE_DIR } from '../world/world-bundle.js';

describe('loadBundle', () => {
  const tempDir = useTempDirs();
  const copyFixture = async (): Promise<string> => {
    const dir = await tempDir();
    await cp(FIXTURE_BUNDLE_DIR, dir, { recursive: true });
    return dir;
  };
  const editJson = async (file: string, edit: (value: Record<string, unknown>) => void): Promise<void> => {
    const value = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    edit(value);
    await writeFile(file, JSON.stringify(value));
  };
  const messages = (
    problems: { file: string; line?: number; path?: string; message: string }[],
    dir: string,
  ): string[] => problems.map((problem) => formatProblem({ ...problem, file: problem.file.replace(`${dir}/`, '') }));

  it('keeps every valid release and locates each bad line', async () => {
    const dir = await copyFixture();
    const releasesFile = join(dir, 'releases.jsonl');
    const lines = (await readFile(releasesFile, 'utf8')).trimEnd().split('\n');
    const second = JSON.parse(lines[1]!) as Record<string, unknown>;
    lines[1] = JSON.stringify({ ...second, date: { iso: '9 June', precision: 'day', text: null } });
    lines[3] = '{"id": "broken", ';
    lines.push(lines[0]!, '', '[]');
    await writeFile(releasesFile, `${lines.join('\n')}\n`);

    const bundle = await loadBundle(dir);
    expect(bundle.releases).toHaveLength(WORLD_RELEASES.length - 2);
    const found = messages(bundle.problems, dir);
    expect(found[0]).toBe('releases.jsonl:2: $.date.iso: expected an ISO date YYYY[-MM[-DD]] or null, got "9 June"');
    expect(found[1]).toMatch(/^releases\.jsonl:4: not valid JSON \(.*\); expected one release object per line$/);
    expect(found[2]).toBe('releases.jsonl:38: $.id: duplicate id "cx-01" (first on line 1); this line is ignored');
    expect(found[3]).toBe('releases.jsonl:40: $: expected an object, got an array of 0');
    expect(found[4]).toMatch(/^releases\.jsonl: content differs from manifest\.json \(releasesDigest\)/);
    expect(found).toHaveLength(5);
    expect(bundle.manifest.counts.releases).toBe(WORLD_RELEASES.length - 2);
  });

  it('refuses a bundle written by a newer format version with a clear message', async () => {
    const dir = await copyFixture();
    await editJson(join(dir, 'manifest.json'), (manifest) => {
      manifest.version = 3;
    });
    await expect(loadBundle(dir)).rejects.toThrow(
      /bundle format version 3 is newer than this osce-tui reads \(version 2\); upgrade osce-tui/,
    );
    await expect(readManifest(dir)).rejects.toThrow(UserError);
  });

  it('reports a manifest field of the wrong type and loads anyway', async () => {
    const dir = await copyFixture();
    await editJson(join(dir, 'manifest.json'), (manifest) => {
      manifest.title = ['not', 'text'];
    });
    const bundle = await loadBundle(dir);
    expect(messages(bundle.problems, dir)).toEqual([
      'manifest.json: $.title: expected a non-empty string, got an array of 2',
    ]);
    expect(bundle.releases).toHaveLength(WORLD_RELEASES.length);
  });

  it('loads the releases when manifest.json is missing, and says so', async () => {
    const dir = await copyFixture();
    await rm(join(dir, 'manifest.json'));
    const bundle = await loadBundle(dir);
    expect(messages(bundle.problems, dir)).toEqual(['manifest.json: missing; expected the bundle manifest']);
    expect(bundle.releases).toHaveLength(WORLD_RELEASES.length);
    await expect(readManifest(dir)).rejects.toThrow(/manifest\.json: missing/);
  });

  it('falls back to the built-in taxonomy when taxonomy.json is missing, reporting the fixture ids it does not know', async () => {
    const dir = await copyFixture();
    await rm(join(dir, 'taxonomy.json'));
    const bundle = await loadBundle(dir);
    expect(messages(bundle.problems, dir)[0]).toBe(
      'taxonomy.json: missing; expected the taxonomy tree; using the built-in taxonomy instead',
    );
    expect(bundle.taxonomy.some((entry) => entry.id === 'state:italy')).toBe(true);
    // The fictional ids are unknown to the real taxonomy: kept as unmapped, release still loads.
    expect(bundle.releases).toHaveLength(WORLD_RELEASES.length);
    const workshop = bundle.releases.find((release) => release.id === 'fx-border-workshop');
    expect(workshop?.unmapped).toContainEqual({ label: 'country', value: 'state:ruritania' });
  });

  it('reports a bad taxonomy entry by JSON path and leaves only it out', async () => {
    const dir = await copyFixture();
    await editJson(join(dir, 'taxonomy.json'), (file) => {
      const entries = file.entries as Record<string, unknown>[];
      entries[26]!.kind = 'planet';
    });
    const bundle = await loadBundle(dir);
    expect(bundle.taxonomy).toHaveLength(40);
    expect(messages(bundle.problems, dir)[0]).toMatch(
      /^taxonomy\.json: \$\.entries\[26\]\.kind: expected one of .*got "planet"$/,
    );
  });

  it('throws a UserError naming the reason when there is no usable data', async () => {
    const empty = await tempDir();
    await expect(loadBundle(empty)).rejects.toThrow(
      /is not an osce-tui bundle: manifest\.json, taxonomy\.json and releases\.jsonl are all missing/,
    );
    await expect(loadBundle(join(empty, 'nowhere'))).rejects.toThrow(/bundle folder not found: .*nowhere/);

    const dir = await copyFixture();
    await writeFile(join(dir, 'releases.jsonl'), '');
    await expect(loadBundle(dir)).rejects.toThrow(
      /no usable data in bundle .*: no valid release; first problem: .*releases\.jsonl: content differs/,
    );
    await writeFile(join(dir, 'releases.jsonl'), 'garbage\n');
    const error = await loadBundle(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(1);
    expect((error as Error).message).toMatch(/first problem: .*releases\.jsonl:1: not valid JSON/);
    expect((await loadBundle(dir, { allowEmpty: true })).releases).toEqual([]);
  });

  it('ignores a stray temp file and reads a releases file without a final newline', async () => {
    const dir = await copyFixture();
    await writeFile(join(dir, '.releases.jsonl.99999.abcdef.tmp'), '{"half":');
    const text = await readFile(join(dir, 'releases.jsonl'), 'utf8');
    await writeFile(join(dir, 'releases.jsonl'), text.trimEnd());
    const bundle = await loadBundle(dir);
    expect(bundle.releases).toHaveLength(WORLD_RELEASES.length);
    expect(bundle.problems).toHaveLength(1); // only the digest: the bytes differ by the newline
    await appendFile(join(dir, 'releases.jsonl'), '\n');
    expect((await loadBundle(dir)).problems).toEqual([]);
  });

  it('reads the manifest alone', async () => {
    const manifest = await readManifest(FIXTURE_BUNDLE_DIR);
    expect(manifest).toMatchObject({
      format: 'osce-tui-bundle',
      version: 1,
      counts: { releases: WORLD_RELEASES.length },
    });
  });

  it('reports a folder given where a bundle file should be', async () => {
    const dir = await copyFixture();
    await rm(join(dir, 'manifest.json'));
    await mkdir(join(dir, 'manifest.json'));
    const bundle = await loadBundle(dir);
    expect(messages(bundle.problems, dir)).toEqual(['manifest.json: missing; expected the bundle manifest']);
  });
});

describe('loadBundleTaxonomy', () => {
  const tempDir = useTempDirs();

  it('reads the tree without touching releases.jsonl', async () => {
    const dir = await tempDir();
    await cp(FIXTURE_BUNDLE_DIR, dir, { recursive: true });
    await writeFile(join(dir, 'releases.jsonl'), 'not even json\n');
    const { entries, problems } = await loadBundleTaxonomy(dir);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.id)).toContain('state:pohjola');
  });

  it('stops on a bundle from a newer format and falls back to the built-in tree when taxonomy.json is gone', async () => {
    const dir = await tempDir();
    await cp(FIXTURE_BUNDLE_DIR, dir, { recursive: true });
    await rm(join(dir, 'taxonomy.json'));
    const fallback = await loadBundleTaxonomy(dir);
    expect(fallback.entries.some((entry) => entry.id === 'state:italy')).toBe(true);
    expect(fallback.problems).toHaveLength(1);
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ format: 'osce-tui-bundle', version: 9 }));
    await expect(loadBundleTaxonomy(dir)).rejects.toThrow(/version 9 is newer/);
  });
});
