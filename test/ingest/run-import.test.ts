import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotABundleError } from '../../src/bundle/bundle-errors.js';
import { loadBundle } from '../../src/bundle/load-bundle.js';
import { type ImportEvent, runImport } from '../../src/ingest/run-import.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');
const FILES = ['article-issued.txt', 'article-dash-metadata.txt'].map((name) => join(PAGES, name));

describe('the import pipeline', () => {
  const tempDir = useTempDirs();

  it('tells what it does as events, in order, and writes a new bundle', async () => {
    const bundle = join(await tempDir(), 'new-bundle');
    const events: ImportEvent[] = [];
    const report = await runImport(bundle, FILES, { dryRun: false, onEvent: (event) => events.push(event) });
    expect(events.map((event) => event.kind)).toEqual(['file-read', 'file-read', 'files-read']);
    expect(events[1]).toEqual({ kind: 'file-read', done: 2, total: 2, file: FILES[1] });
    expect(report.files).toBe(2);
    expect(report.added.length).toBeGreaterThan(0);
    expect((await loadBundle(bundle)).releases.map((release) => release.id).sort()).toEqual([...report.added].sort());

    const again = await runImport(bundle, FILES, { dryRun: false });
    expect(again.added).toEqual([]);
    expect(again.unchanged.sort()).toEqual([...report.added].sort());
  });

  it('writes nothing on a dry run and leaves no folder behind', async () => {
    const root = await tempDir();
    const report = await runImport(join(root, 'never'), FILES, { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.added.length).toBeGreaterThan(0);
    await expect(loadBundle(join(root, 'never'))).rejects.toThrow(/bundle folder not found/);
  });

  it('reports a folder without bundle files as NotABundleError, which a writer may take for a new bundle', async () => {
    const empty = join(await tempDir(), 'empty');
    await mkdir(empty);
    await writeFile(join(empty, 'notes.txt'), 'not a bundle file');
    const error = await loadBundle(empty).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotABundleError);
  });
});
