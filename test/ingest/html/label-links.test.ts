import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Release } from '../../../src/bundle/types.js';
import { linkSlug } from '../../../src/ingest/html/link-slug.js';
import { ingestPages } from '../../../src/ingest/ingest-pages.js';
import { realTaxonomy } from '../fixtures.js';
import { HTML_DIR } from './fixtures.js';

const taxonomy = realTaxonomy();
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'osce-html-links-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function importOne(path: string): Promise<{ release: Release; warnings: string[] }> {
  const result = await ingestPages([path], taxonomy);
  expect(result.releases).toHaveLength(1);
  return {
    release: result.releases[0]!,
    warnings: result.files.flatMap((file) => file.warnings.map((warning) => warning.message)),
  };
}

describe('metadata values that link to a taxonomy page', () => {
  it('maps a value whose text is an unknown spelling by the slug its osce.org or relative link names', async () => {
    const { release, warnings } = await importOne(join(HTML_DIR, 'linked-labels-article.html'));
    expect(release.sources).toEqual(['institution:odihr']);
    expect(release.countries).toContain('state:italy');
    expect(release.fields).toEqual(['field:combating-trafficking-in-human-beings', 'field:gender-equality']);
    expect(warnings).toContain(
      'field "Anti-trafficking work" read as Combating trafficking in human beings (field:combating-trafficking-in-human-beings) by its link to /combating-trafficking-in-human-beings',
    );
    expect(warnings).toContain('country "The boot-shaped State" read as Italy (state:italy) by its link to /italy');
    expect(release.origins).toContainEqual(
      expect.objectContaining({
        fact: 'field',
        value: 'field:combating-trafficking-in-human-beings',
        from: 'metadata',
        stated: true,
      }),
    );
  });

  it('lets the text win when it names an entry itself, whatever the link names', async () => {
    const { release } = await importOne(join(HTML_DIR, 'linked-labels-article.html'));
    // "Gender equality" links to /media-laws: the text is what the reader was shown.
    expect(release.fields).toContain('field:gender-equality');
    expect(release.fields).not.toContain('field:media-laws');
  });

  it('keeps as text, with the unmapped-value warning, a value linked off-site or to a slug that names nothing', async () => {
    const { release, warnings } = await importOne(join(HTML_DIR, 'linked-labels-article.html'));
    expect(release.unmapped).toEqual([
      { label: 'field', value: 'Equal chances' },
      { label: 'field', value: 'Pigeon welfare' },
    ]);
    expect(warnings.filter((message) => /"(?:Equal chances|Pigeon welfare)"/.test(message))).toEqual([
      expect.stringMatching(/^field "Equal chances" .*kept as text/),
      expect.stringMatching(/^field "Pigeon welfare" .*kept as text/),
    ]);
  });

  it("maps a listing entry's value by its link, and no value whose words are also linked off the site", async () => {
    const entry = (node: number, title: string, source: string): string =>
      `<div class="search-result-news"><h2><a href="https://www.osce.org/node/${node}">${title}</a></h2><p>Publishing date: 3 June 2021</p><p>Source: ${source}</p><p>Teaser of an invented seminar.</p></div>`;
    const listing = `<html><body><h1>News</h1>
${entry(934601, 'Invented seminar on quiet libraries', '<a href="/odihr">Warsaw office for invented rights</a>')}
${entry(934602, 'Invented seminar on loud libraries', '<a href="https://osce.org.example.net/odihr">Warsaw rights office elsewhere</a>')}
${entry(934603, 'Invented seminar on odd libraries', '<a href="/odihr">Office of twice-linked words</a>')}
<p>See also <a href="https://example.org/odihr">Office of twice-linked words</a>.</p>
</body></html>`;
    writeFileSync(join(dir, 'listing.html'), listing);
    const result = await ingestPages([join(dir, 'listing.html')], taxonomy);
    expect(result.releases.map((release) => [release.title, release.sources, release.unmapped])).toEqual([
      ['Invented seminar on quiet libraries', ['institution:odihr'], []],
      ['Invented seminar on loud libraries', [], [{ label: 'source', value: 'Warsaw rights office elsewhere' }]],
      ['Invented seminar on odd libraries', [], [{ label: 'source', value: 'Office of twice-linked words' }]],
    ]);
  });
});

describe('linkSlug', () => {
  it('takes the last path segment of an osce.org or relative link, and nothing from other hosts or schemes', () => {
    expect(linkSlug('https://www.osce.org/countries/italy')).toBe('italy');
    expect(linkSlug('http://osce.org/odihr/?page=2#top')).toBe('odihr');
    expect(linkSlug('//www.osce.org/Gender-Equality')).toBe('gender-equality');
    expect(linkSlug('../../combating-trafficking-in-human-beings')).toBe('combating-trafficking-in-human-beings');
    expect(linkSlug('https://example.org/odihr')).toBeNull();
    expect(linkSlug('https://www.osce.org.example.net/odihr')).toBeNull();
    expect(linkSlug('mailto:odihr@example.org')).toBeNull();
    expect(linkSlug('/odihr/934601')).toBeNull();
    expect(linkSlug('/')).toBeNull();
  });
});
