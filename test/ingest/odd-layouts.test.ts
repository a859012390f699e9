import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/ingest/parse-page.js';
import { fixtureNames, fixturePage, seedPage } from './fixtures.js';

/** What a user sees of a parsed page: layout, problems and each release's fields. */
function reading(text: string) {
  const page = parsePage(text, 'p.txt');
  return {
    layout: page.layout,
    problems: page.problems.map((problem) => problem.message.replace(/line \d+/g, 'line N')),
    releases: page.releases.map(
      ({
        line: _line,
        warnings,
        origins,
        listingHeader,
        headingOrValue,
        labels: { lines: _lines, ...labels },
        ...release
      }) => ({
        ...release,
        labels,
        listingHeader: listingHeader?.text ?? null,
        headingOrValue: headingOrValue === null ? null : [headingOrValue.label, headingOrValue.value],
        warnings: warnings.map((w) => w.replace(/line \d+/g, 'line N')),
        origins: origins.map(({ line: _originLine, ...origin }) => origin),
      }),
    ),
  };
}

// The same page as other dump tools write it. Each keeps every line where it was, except the
// ones that add lines (their line numbers are left out of the comparison above).
const SPELLINGS: Record<string, (text: string) => string> = {
  'no-break spaces': (text) => text.replace(/ /g, '\u00a0'),
  'narrow no-break and thin spaces': (text) => text.replace(/ (\d)/g, '\u202f$1').replace(/ –/g, '\u2009–'),
  'zero-width spaces before colons': (text) => text.replace(/:/g, '\u200b:'),
  'soft hyphens inside words': (text) => text.replace(/tion/g, 'ti\u00adon'),
  'decomposed accents': (text) => text.normalize('NFD'),
  'Windows line ends': (text) => text.replace(/\n/g, '\r\n'),
  'Unicode line separators': (text) => text.replace(/\n/g, '\u2028'),
  'HTML entities': (text) =>
    text
      .replace(/ – /g, ' &ndash; ')
      .replace(/“/g, '&ldquo;')
      .replace(/”/g, '&#8221;')
      .replace(/&(?!\w+;|#)/g, '&amp;'),
  'a blank line after every line': (text) => text.replace(/\n/g, '\n\n'),
  'asterisk bullets': (text) => text.replace(/^- /gm, '* '),
  'indented lines': (text) => text.replace(/^/gm, ' \t'),
  'trailing spaces': (text) => text.replace(/\n/g, '  \n'),
  'a byte-order mark': (text) => `\uFEFF${text}`,
  'full-width colons after labels, without a space': (text) =>
    text.replace(/^([ \t]*(?:[-–—•*]\s*)?\p{Lu}[\p{L} ()'’/&-]{0,40}?):(?: |$)/gmu, '$1\uff1a'),
  'Markdown heading marks on the title': (text) => text.replace(/^(\p{Lu}[^\n:]{30,200})$/mu, '# $1'),
};

const PAGES: [string, string][] = [
  ['seed', seedPage()],
  ...fixtureNames().map((name): [string, string] => [name, fixturePage(name)]),
];

describe('the importer reads a page the same however the dump spells its spaces and marks', () => {
  for (const [spelling, respell] of Object.entries(SPELLINGS)) {
    it.each(PAGES)(`${spelling}: %s`, (_name, text) => {
      expect(reading(respell(text))).toEqual(reading(text));
    });
  }
});

describe('entities', () => {
  it('that spell terminal controls are removed like the controls themselves', () => {
    const page = parsePage('An invented &#27;[2Jtitle&#x9b;31m\nVIENNA, 1 May 2020 &ndash; Text.', 'p.txt');
    expect(page.releases[0]).toMatchObject({
      title: 'An invented title',
      place: 'Vienna',
      date: { iso: '2020-05-01' },
    });
  });

  it('that are unknown or name no character stay as written', () => {
    const page = parsePage('An invented &madeup; title &#xD800; &#99999999;\nVIENNA, 1 May 2020 – Text.', 'p.txt');
    expect(page.releases[0]!.title).toBe('An invented &madeup; title &#xD800; &#99999999;');
  });
});

describe('full-width colons', () => {
  it('end a label like an ASCII colon', () => {
    const page = parsePage(
      'News item\nAn invented title\nDate：9 June 2017\nLocation(s)：Austria\nInvented kites raced.',
      'p.txt',
    );
    expect(page.releases[0]).toMatchObject({
      date: { iso: '2017-06-09', precision: 'day' },
      labels: { locations: ['Austria'] },
      body: [{ text: 'Invented kites raced.' }],
    });
  });

  it('between digits stay a time, not a label', () => {
    const page = parsePage('An invented title\nVIENNA, 1 May 2020 – Kites rose at 10：30.', 'p.txt');
    expect(page.releases[0]!.body[0]).toMatchObject({ text: 'VIENNA, 1 May 2020 – Kites rose at 10:30.' });
  });
});
