import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readListingPage } from '../../../src/ingest/html/listing-links.js';
import { readHtmlPage } from '../../../src/ingest/html/read-html-page.js';
import { HTML_DIR, htmlFixture } from './fixtures.js';

const PAGES = readdirSync(HTML_DIR)
  .filter((name) => name.endsWith('.html'))
  .map(htmlFixture);
const TAGS = [
  '<p>',
  '</p>',
  '<li>',
  '<ul>',
  '<dt>',
  '<dd>',
  '<br>',
  '<h1>',
  '</h1>',
  '<time datetime="2020-13-45">',
  '<span class="tooltip">',
  '<span hidden>',
  '<table><tr><th>',
  '<!--',
  '-->',
  '<script>',
  '<pre>',
  '\u0000',
  '\ufffd',
  '<a href="http://[">',
  '<meta charset="utf-16">',
];

/** A fixture cut at a random place with random tags and bytes spliced in. */
const mutated = fc
  .tuple(
    fc.constantFrom(...PAGES),
    fc.nat(),
    fc.array(fc.oneof(fc.constantFrom(...TAGS), fc.string({ maxLength: 20 })), { maxLength: 8 }),
    fc.uint8Array({ maxLength: 16 }),
  )
  .map(([page, cut, inserts, noise]) => {
    const at = cut % (page.length + 1);
    return Uint8Array.from([
      ...page.subarray(0, at),
      ...new TextEncoder().encode(inserts.join('')),
      ...noise,
      ...page.subarray(at),
    ]);
  });

describe('reading HTML never throws', () => {
  it('on mutated fixture pages and random bytes, and every release has a title', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, fc.uint8Array({ maxLength: 300 })), (bytes) => {
        const page = readHtmlPage(bytes, { file: 'p.html' });
        if (!('skipped' in page)) for (const release of page.page.releases) expect(release.title.trim()).not.toBe('');
        const listing = readListingPage(bytes, 'https://www.osce.org/news');
        for (const entry of listing.entries) expect(entry.url).toMatch(/^https?:\/\//);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a page nested too deep to read', () => {
  it('is skipped with the reason, as a listing too', () => {
    const deep = new TextEncoder().encode(`<h1>Invented title</h1>${'<div>'.repeat(5000)}x`);
    expect(readHtmlPage(deep, { file: 'p.html' })).toEqual({
      skipped: 'elements nested more than 1000 levels deep, expected an HTML page',
    });
    expect(readListingPage(deep, 'https://www.osce.org/news')).toEqual({
      entries: [],
      warnings: ['elements nested more than 1000 levels deep, expected an HTML page'],
    });
  });
});
