import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBundleProblems, problemNoticeText } from '../../src/catalog/bundle-problems.js';
import { openCatalog } from '../../src/catalog/open-catalog.js';
import { makeTempBundle } from '../world/world-bundle.js';

let temp: ReturnType<typeof makeTempBundle>;

beforeEach(() => {
  temp = makeTempBundle();
  mkdirSync(temp.cacheDir, { recursive: true });
});

afterEach(() => {
  rmSync(temp.root, { recursive: true, force: true });
});

async function reportOf(): Promise<Awaited<ReturnType<typeof checkBundleProblems>> & { releases: number }> {
  const catalog = await openCatalog(temp.bundleDir, { cacheDir: temp.cacheDir });
  try {
    return { ...checkBundleProblems(temp.bundleDir, catalog), releases: catalog.totalReleases };
  } finally {
    catalog.close();
  }
}

describe('checkBundleProblems', () => {
  it('finds nothing to tell in a clean bundle', async () => {
    const report = await reportOf();
    expect(report).toEqual({ count: 0, releases: 37 });
    expect(problemNoticeText(report)).toBeUndefined();
  });

  it('counts the bad lines the index met and names the first by file and line, while the catalog keeps every valid release', async () => {
    appendFileSync(join(temp.bundleDir, 'releases.jsonl'), '{"id":5,"title":null}\nnot json\n');
    const report = await reportOf();
    // Each missing field of the first bad line, the unparsable line, the digest off the manifest's.
    expect(report.count).toBe(8);
    expect(report.firstPlace).toBe('releases.jsonl:38');
    expect(problemNoticeText(report)).toBe(
      'bundle has 8 problems (first at releases.jsonl:38); the valid data was loaded — osce-tui stats lists them',
    );
    expect(report.releases).toBe(37);
  });

  it('adds the problems of a segment applied later and of the taxonomy file', async () => {
    appendFileSync(join(temp.bundleDir, 'releases.jsonl'), 'not json\n');
    // The line, and the digest off the manifest's.
    expect((await reportOf()).count).toBe(2);
    mkdirSync(join(temp.bundleDir, 'releases'));
    writeFileSync(join(temp.bundleDir, 'releases', '000001.jsonl'), 'still not json\n');
    // With segments the manifest's digest is no longer that of releases.jsonl alone.
    expect(await reportOf()).toMatchObject({ count: 2, firstPlace: 'releases.jsonl:38' });
    writeFileSync(join(temp.bundleDir, 'taxonomy.json'), '{');
    expect((await reportOf()).firstPlace).toBe('taxonomy.json');
  });
});
