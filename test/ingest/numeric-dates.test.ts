import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../src/ingest/parse-date.js';
import { parsePage } from '../../src/ingest/parse-page.js';

describe('numeric dates with slashes', () => {
  it.each([
    ['25/06/2017', '2017-06-25'],
    ['06/25/2017', '2017-06-25'],
    ['09/09/2017', '2017-09-09'],
  ])('are read when the numbers settle the order: %s', (text, iso) => {
    expect(parseDateText(text)).toMatchObject({ iso, precision: 'day', text });
  });

  it('are not guessed when day and month could swap', () => {
    expect(parseDateText('09/06/2017')).toEqual({ iso: null, precision: 'unknown', text: '09/06/2017' });
  });

  it('that name no day are no date', () => {
    expect(parseDateText('31/02/2017')).toBeNull();
    expect(parseDateText('00/06/2017')).toBeNull();
  });
});

describe('an ambiguous numeric date on a page', () => {
  it('stays unknown with a warning naming its line when nothing settles it', () => {
    const page = parsePage('News item\nAn invented title\nDate: 09/06/2017\nInvented kites raced.', 'p.txt');
    const release = page.releases[0]!;
    expect(release.date).toEqual({ iso: null, precision: 'unknown', text: '09/06/2017' });
    expect(release.warnings).toEqual([
      expect.stringMatching(/^date "09\/06\/2017" \(line 3\): day and month order unknown/),
    ]);
  });

  it('is read as the written date of the dateline says', () => {
    const page = parsePage(
      'News item\nAn invented title\nDate: 09/06/2017\nVIENNA, 9 June 2017 – Invented kites raced.',
      'p.txt',
    );
    expect(page.releases[0]).toMatchObject({
      date: { iso: '2017-06-09', precision: 'day', text: '09/06/2017' },
      warnings: [],
    });
  });

  it('is read day-first when another numeric date of the page is', () => {
    const page = parsePage(
      'News item\nAn invented title\nDate: 09/06/2017\nInvented kites raced; the next race is on 25/06/2017.',
      'p.txt',
    );
    expect(page.releases[0]).toMatchObject({ date: { iso: '2017-06-09', precision: 'day' }, warnings: [] });
  });

  it('stays unknown when the page mixes both orders', () => {
    const page = parsePage(
      'News item\nAn invented title\nDate: 09/06/2017\nInvented races on 25/06/2017 and 06/26/2017.',
      'p.txt',
    );
    expect(page.releases[0]!.date.precision).toBe('unknown');
    expect(page.releases[0]!.warnings).toHaveLength(1);
  });
});
