import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ingestPages } from '../../src/ingest/ingest-pages.js';
import { parsePage } from '../../src/ingest/parse-page.js';
import { fixturePage, realTaxonomy } from './fixtures.js';

// `cat a.txt b.txt | osce-tui import -`: two pages in one text.
const glue = (...names: string[]): string => names.map((name) => fixturePage(name).replace(/\n?$/, '\n')).join('');

describe('pages glued into one text', () => {
  it('starts a new page at a second web address, and says where', () => {
    const page = parsePage(glue('article-daily-report.txt', 'shape1-nav-skip-to-main-content.txt'), 'glued.txt');
    expect(page.releases.map((release) => release.title)).toEqual([
      'Invented chess club hosts a friendly tournament for local schools',
      'Invented tea-tasting club opens in a pretend railway station',
    ]);
    expect(page.releases[1]).toMatchObject({
      line: 24,
      url: 'https://www.osce.org/example/invented-page-1001',
      date: { iso: '2016-05-04' },
    });
    expect(page.problems).toEqual([
      {
        file: 'glued.txt',
        line: 14,
        message:
          'a second page starts at line 14 (a web address after the text of the one before): read as a page of its own',
      },
    ]);
  });

  it('starts a new page at a second site menu', () => {
    const page = parsePage(glue('bare-vienna-tirana.txt', 'article-plain-labels.txt'), 'glued.txt');
    expect(page.releases.map((release) => [release.title, release.date.iso])).toEqual([
      ['Invented choirs from two cities sing together online', '2020-10-09'],
      ['Volunteers plant two hundred trees along an invented riverside path', '2019-05-03'],
    ]);
    expect(page.releases[0]!.body.map((block) => ('text' in block ? block.text : ''))).not.toContain('Our work');
    expect(page.problems[0]!.message).toMatch(/^a second page starts at line 4 \(a site menu/);
  });

  it('starts a new page at a title with a metadata block after a body, outside listings', () => {
    const page = parsePage(
      glue('bare-double-hyphen.txt', 'shape1-nav-newsroom.txt').replace('Newsroom\n', ''),
      'glued.txt',
    );
    expect(page.releases.map((release) => release.title)).toEqual([
      'Invented spelling contest for adults held in a town hall',
      'Invented orchard school teaches grafting to pupils',
    ]);
    expect(page.problems[0]!.message).toMatch(/^a second page starts at line 3 \(a title and a metadata block/);
  });

  it('leaves the chrome of the second page out of the first', () => {
    const page = parsePage(
      glue('article-daily-report.txt', 'shape1-nav-skip-to-main-content.txt').replace(/^https:.*1001\n/m, ''),
      'glued.txt',
    );
    expect(page.releases).toHaveLength(2);
    expect(JSON.stringify(page.releases[0]!.body)).not.toMatch(/Skip to main content|Our work/);
  });

  it('never splits a page at a value of its own metadata block, after a title long enough to read as text', () => {
    const title = 'An invented title long enough to pass for a line of running text, about a made-up river';
    const text = [
      'Press release',
      title,
      'Date:',
      '3 May 2019',
      'Place:',
      'BELGRADE',
      'Source:',
      'OSCE Mission to Serbia',
      'Fields of work:',
      'Youth',
      'BELGRADE, 3 May 2019 – Volunteers met.',
    ];
    const page = parsePage(text.join('\n'), 'p.txt');
    expect(page.problems).toEqual([]);
    expect(page.releases.map((release) => release.title)).toEqual([title]);
  });

  it('keeps a listing whole: its entries repeat their fields', () => {
    const page = parsePage(fixturePage('listing-newsroom.txt'), 'listing.txt');
    expect(page.releases).toHaveLength(4);
    expect(page.problems).toEqual([]);
  });

  it('gives two releases for two pages on stdin', async () => {
    const stdin = Readable.from([glue('article-issued.txt', 'shape1-nav-skip-to-main-content.txt')]);
    const result = await ingestPages(['-'], realTaxonomy(), { stdin });
    expect(result.releases.map((release) => release.title)).toEqual([
      'Invented puppet theatre festival opens its doors to journalists',
      'Invented tea-tasting club opens in a pretend railway station',
    ]);
    expect(result.files[0]!.warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringMatching(/^a second page starts at line 17 \(a web address/),
    );
  });
});
