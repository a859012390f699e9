import { describe, expect, it } from 'vitest';
import { readListingPage } from '../../../src/ingest/html/listing-links.js';
import { html, htmlFixture } from './fixtures.js';

const BASE = 'http://127.0.0.1:8080/press-releases?page=0';

describe('readListingPage', () => {
  it('reads the older theme’s entries and pager, with addresses made absolute against where the page was fetched', () => {
    expect(readListingPage(htmlFixture('older-theme-listing.html'), BASE)).toEqual({
      entries: [
        {
          url: 'http://127.0.0.1:8080/montenegro/945601',
          title: 'Invented orchestra tours five towns with a programme of folk songs',
          date: '2015-04-26',
          teaser:
            'PODGORICA, 26 April 2015 – The fictional Blue Valley Orchestra began a five-town tour on Sunday with a programme of folk songs...',
        },
        {
          url: 'https://www.osce.org/serbia/945602?utm=x',
          title: 'Made-up bakery school teaches young people to bake bread',
          date: '2015-02-03',
          teaser:
            'A school for bakers in an imaginary town opened its doors to twenty young people, who will learn to bake bread and...',
        },
        {
          url: 'http://127.0.0.1:8080/odihr/945603',
          title: 'Invented conference on library opening hours',
          date: '2015-01-14',
          teaser: 'Librarians discussed how long libraries should stay open in winter.',
        },
      ],
      nextPage: 'http://127.0.0.1:8080/press-releases?page=1',
      warnings: [],
    });
  });

  it('reads a listing with no known classes through the page reader, and a rel=next link', () => {
    const links = readListingPage(htmlFixture('label-only-listing.html'), 'https://www.osce.org/fom/statements');
    expect(links.entries.map(({ url, date }) => [url, date])).toEqual([
      ['https://www.osce.org/fom/956701', '2018-06-05'],
      ['https://www.osce.org/fom/956702', '2018-05-28'],
    ]);
    expect(links.entries[1]!.teaser).toBe(
      'Twelve young people learned to record interviews at a made-up radio club...',
    );
    expect(links.nextPage).toBe('https://www.osce.org/fom/statements?page=1');
  });

  it('reads a saved listing’s relative links and pager against the given address', () => {
    const links = readListingPage(
      htmlFixture('saved-by-browser-listing.html'),
      'https://www.osce.org/ukraine-smm/reports?page=3',
    );
    expect(links.entries.map(({ url, title, date }) => [url, title, date])).toEqual([
      ['https://www.osce.org/ukraine-smm/967801', 'Invented daily report on a made-up bridge repair', '2016-07-04'],
      ['https://www.osce.org/ukraine-smm/967802', 'Invented spot report on a flooded field', '2016-07-02'],
    ]);
    expect(links.nextPage).toBe('https://www.osce.org/ukraine-smm/reports?page=4');
  });

  it('finds a next page by its words when nothing marks it', () => {
    const page = html(
      '<h1>News</h1><div><h2><a href="/a/1">One invented entry</a></h2><p>Publishing date: 1 May 2020</p></div><a href="?page=2">Next ›</a>',
    );
    expect(readListingPage(page, 'https://www.osce.org/news')).toMatchObject({
      entries: [{ url: 'https://www.osce.org/a/1', date: '2020-05-01' }],
      nextPage: 'https://www.osce.org/news?page=2',
    });
  });

  it('gives no entries and says why for an article, an entry without a link, and bytes it cannot decode', () => {
    expect(readListingPage(htmlFixture('older-theme-article.html'), BASE)).toEqual({
      entries: [],
      warnings: ['the page is not a listing: no entry with a "Publishing date" was found'],
    });
    const noLink = html(
      '<div class="search-result-news"><div class="search-title">Invented entry without a link</div></div>',
    );
    expect(readListingPage(noLink, BASE)).toEqual({
      entries: [],
      warnings: [
        'listing entry 1 has no link to its article; skipped',
        'the page is not a listing: no entry with a "Publishing date" was found',
      ],
    });
    expect(readListingPage(new Uint8Array(), BASE)).toEqual({ entries: [], warnings: ['empty file'] });
  });
});
