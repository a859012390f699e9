import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPages } from '../../../src/ingest/ingest-pages.js';
import { realTaxonomy } from '../fixtures.js';
import { HTML_DIR } from './fixtures.js';

const taxonomy = realTaxonomy();
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'osce-html-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('import of HTML pages', () => {
  it('reads a folder of .html, .htm and .txt pages; one page as HTML and as a text dump is one release', async () => {
    copyFileSync(join(HTML_DIR, 'older-theme-article.html'), join(dir, 'a-theme.html'));
    copyFileSync(join(HTML_DIR, 'same-page-as-html.txt'), join(dir, 'b-dump.txt'));
    copyFileSync(join(HTML_DIR, 'label-only-article.html'), join(dir, 'c-label.HTM'));
    copyFileSync(join(HTML_DIR, 'missing-charset-cp1251.html'), join(dir, 'd-bad.html'));
    copyFileSync(join(HTML_DIR, 'wrong-charset.html'), join(dir, 'e-wrong.html'));
    writeFileSync(join(dir, 'f-notes.md'), 'x');

    const result = await ingestPages([dir], taxonomy);

    expect(
      result.files.map((file) => [file.file.slice(dir.length + 1), file.releases, file.skipped?.replace(/\d+/g, 'N')]),
    ).toEqual([
      ['a-theme.html', 1, undefined],
      ['b-dump.txt', 1, undefined],
      ['c-label.HTM', 1, undefined],
      [
        'd-bad.html',
        0,
        'invalid UTF-N at byte offset N (N invalid byte sequences; the page names no charset), expected a page in the charset its <meta charset> names, or UTF-N',
      ],
      ['e-wrong.html', 1, undefined],
      ['f-notes.md', 0, 'not a page file (folders are read for *.txt, *.html, *.htm only)'],
    ]);
    // /mission-to-skopje/912345 and /node/912345 name one page: the later file is kept.
    expect(result.releases.map((release) => release.provenance.file.slice(dir.length + 1))).toEqual([
      'b-dump.txt',
      'c-label.HTM',
      'e-wrong.html',
    ]);
    expect(result.files[0]!.warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(/^same release as .*b-dump\.txt:2 \(r-[0-9a-f]{16}\); that one is kept$/),
    ]);
    expect(result.files[4]!.warnings).toEqual([
      {
        file: join(dir, 'e-wrong.html'),
        message: 'the page names charset "iso-8859-1" but its bytes are UTF-8; read as UTF-8',
      },
    ]);
    const label = result.releases[1]!;
    expect(label).toMatchObject({
      sources: ['institution:odihr'],
      notes: [{ term: 'youth volunteers' }],
      provenance: { line: 11 },
    });
  });

  it('lets the full HTML article replace the summary its listing gave, by the address', async () => {
    const listing =
      '<html><body><h1>News</h1><div><h2><a href="https://www.osce.org/mission-to-skopje/912345">Librarians from three towns finish a course</a></h2><p>Publishing date: 12 March 2019</p><p>Teaser...</p></div></body></html>';
    writeFileSync(join(dir, 'a-listing.html'), listing);
    copyFileSync(join(HTML_DIR, 'singlefile-article.html'), join(dir, 'b-article.html'));
    const result = await ingestPages([dir], taxonomy);
    expect(result.releases).toHaveLength(1);
    expect(result.releases[0]).toMatchObject({ summary: false, url: 'https://www.osce.org/node/912345' });
  });

  it('reads HTML piped to stdin by its first tag', async () => {
    const stdin = Readable.from([
      Buffer.from(
        '<!-- saved from url=(0031)https://www.osce.org/odihr/5555 -->\n<!DOCTYPE html><html><body><h1>Invented piped page title</h1><p>VIENNA, 2 May 2020 – Text of an invented page.</p></body></html>',
      ),
    ]);
    const result = await ingestPages(['-'], taxonomy, { stdin });
    expect(result.releases).toMatchObject([
      { title: 'Invented piped page title', url: 'https://www.osce.org/odihr/5555', date: { iso: '2020-05-02' } },
    ]);
  });
});
