import { copyFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPages } from '../../src/ingest/ingest-pages.js';
import { fixtureNames, PAGES_DIR, realTaxonomy, SEED_FILE } from './fixtures.js';

const taxonomy = realTaxonomy();
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'osce-ingest-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('ingestPages', () => {
  it('imports the good pages of a folder and reports each bad one with its reason', async () => {
    copyFileSync(SEED_FILE, join(dir, 'a-seed.txt'));
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'd-no-title.txt'), '- Date:\n- 4 April 2018\n');
    writeFileSync(join(dir, 'e-latin1.txt'), Buffer.from('Caf\xe9 title\nBody.', 'latin1'));
    writeFileSync(join(dir, 'f-huge.txt'), '');
    truncateSync(join(dir, 'f-huge.txt'), 50 * 1024 * 1024);
    copyFileSync(join(PAGES_DIR, 'bare-vienna-tirana.txt'), join(dir, 'g-bare.txt'));

    const progress: [number, number][] = [];
    const result = await ingestPages([dir], taxonomy, { onProgress: (done, total) => progress.push([done, total]) });

    expect(result.releases.map((release) => release.provenance.file)).toEqual([
      join(dir, 'a-seed.txt'),
      join(dir, 'g-bare.txt'),
    ]);
    expect(result.files.map((file) => [file.file.slice(dir.length + 1), file.releases, file.skipped])).toEqual([
      ['a-seed.txt', 1, undefined],
      ['b-empty.txt', 0, 'empty file'],
      ['c-binary.txt', 0, 'binary file (NUL byte at offset 4), expected a text page'],
      [
        'd-no-title.txt',
        0,
        'no title: line 1 does not read as a title (expected a short line before the metadata or body)',
      ],
      ['e-latin1.txt', 0, 'invalid UTF-8 at byte offset 3, expected a UTF-8 text page'],
      ['f-huge.txt', 0, '50 MB, over the 10 MB limit for one page'],
      ['g-bare.txt', 1, undefined],
    ]);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7].map((done) => [done, 7]));
  });

  it('imports every fixture page that has a title and gives warnings with file and line', async () => {
    const result = await ingestPages([PAGES_DIR], taxonomy);
    const skipped = result.files.filter((file) => file.skipped).map((file) => file.file.slice(PAGES_DIR.length));
    expect(skipped.sort()).toEqual([
      'README.md',
      'no-title-menu-only.txt',
      'no-title-metadata-only.txt',
      'shape6-no-title-glued.txt',
      'shape6-no-title-paragraph.txt',
    ]);
    // One release a page, but none from the four without a title, and one an entry from the
    // listings: four (newsroom), two (site footer), two (OSCE-tagged), three and two (SMM reports), two (RFoM).
    expect(result.releases.length).toBe(fixtureNames().length - 4 + 3 + 1 + 1 + 2 + 1 + 1);
    const emptyValues = result.files.find((file) => file.file.endsWith('article-empty-values.txt'))!;
    expect(emptyValues.warnings).toContainEqual({
      file: emptyValues.file,
      line: 1,
      message: 'field "Birdwatching" is not in the taxonomy; kept as text',
    });
  });

  it('keeps the full article over its listing summary, and one copy of a page imported twice', async () => {
    writeFileSync(
      join(dir, 'listing.txt'),
      'An invented harvest festival\nPublishing date: 4 October 2018\nTeaser...\n',
    );
    writeFileSync(
      join(dir, 'article.txt'),
      'Press release\nAn invented harvest festival\n- Date:\n- 4 October 2018\nFull text.\n',
    );
    const result = await ingestPages(
      [join(dir, 'article.txt'), join(dir, 'listing.txt'), join(dir, 'article.txt')],
      taxonomy,
    );
    expect(result.releases).toHaveLength(1);
    expect(result.releases[0]).toMatchObject({ summary: false, body: [{ kind: 'paragraph', text: 'Full text.' }] });
    expect(result.files[1]!.warnings[0]!.message).toMatch(
      /^summary of .*article\.txt:1 \(r-[0-9a-f]{16}\); the full article is kept$/,
    );
  });

  it('gives the country of a dateline that names it in brackets', async () => {
    const result = await ingestPages(['-'], taxonomy, {
      stdin: Readable.from(['An invented title\nVIENNA (Austria), 1 May 2020 – Invented kites raced.\n']),
    });
    expect(result.releases[0]).toMatchObject({ place: 'Vienna, Austria', countries: ['state:austria'] });
  });

  it('reads stdin for `-`', async () => {
    const result = await ingestPages(['-'], taxonomy, {
      stdin: Readable.from(['An invented title\nVIENNA, 1 May 2020 – Text about Austria.\n']),
    });
    expect(result.files).toEqual([{ file: '<stdin>', releases: 1, warnings: [] }]);
    expect(result.releases[0]).toMatchObject({
      place: 'Vienna',
      mentions: ['state:austria'],
      provenance: { file: '<stdin>', line: 1 },
    });
  });
});
