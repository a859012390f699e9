import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBundleProblems, problemNoticeText } from '../../src/catalog/bundle-problems.js';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import { makeTempBundle } from '../search/fixture-bundle.js';

let temp: ReturnType<typeof makeTempBundle>;

beforeEach(() => {
  temp = makeTempBundle();
  mkdirSync(temp.cacheDir, { recursive: true });
});

afterEach(() => {
  rmSync(temp.root, { recursive: true, force: true });
});

describe('checkBundleProblems', () => {
  it('finds nothing to tell in a clean bundle', async () => {
    const report = await checkBundleProblems(temp.bundleDir, { cacheDir: temp.cacheDir });
    expect(report).toEqual({ count: 0 });
    expect(problemNoticeText(report)).toBeUndefined();
  });

  it('counts the bad lines of releases.jsonl and names the first by file and line, while the catalog keeps every valid release', async () => {
    appendFileSync(join(temp.bundleDir, 'releases.jsonl'), '{"id":5,"title":null}\nnot json\n');
    const report = await checkBundleProblems(temp.bundleDir, { cacheDir: temp.cacheDir });
    // Each missing field of the first bad line, the unparsable line, the digest off the manifest's.
    expect(report.count).toBe(8);
    expect(report.firstPlace).toBe('releases.jsonl:15');
    expect(problemNoticeText(report)).toBe('bundle has 8 problems (first at releases.jsonl:15); the valid data was loaded — osce-tui stats lists them');
    const catalog = await openCatalog(temp.bundleDir, { cacheDir: temp.cacheDir });
    expect(catalog.totalReleases).toBe(14);
    catalog.close();
  });

  it('reuses its report until a bundle file changes', async () => {
    const releases = join(temp.bundleDir, 'releases.jsonl');
    appendFileSync(releases, 'not json\n');
    expect((await checkBundleProblems(temp.bundleDir, { cacheDir: temp.cacheDir })).count).toBe(2);
    expect((await checkBundleProblems(temp.bundleDir, { cacheDir: temp.cacheDir })).count).toBe(2);
    appendFileSync(releases, 'still not json\n');
    expect((await checkBundleProblems(temp.bundleDir, { cacheDir: temp.cacheDir })).count).toBe(3);
  });
});
