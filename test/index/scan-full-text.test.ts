import { describe, expect, it } from 'vitest';
import { parsedFullText } from '../../src/index/indexed-release.js';
import { scanFullText } from '../../src/index/scan-full-text.js';

// What the full-text tables are given for a release line must not depend on which reader read
// it: a contentless FTS5 delete must be given the very text that was inserted, and a search the
// same hits whether the index was built before or after the scanner.
const release = {
  id: 'fixture-1',
  url: null,
  type: 'Press release',
  title: 'Invented title',
  date: { iso: '2020-01-02', precision: 'day', text: '2 January 2020' },
  sources: ['institution:fixture'],
  countries: [],
  body: [
    { kind: 'paragraph', text: 'First invented paragraph.' },
    { kind: 'list', items: ['one item', 'another item'] },
    { kind: 'heading', text: 'A heading' },
    { kind: 'quote', text: 'An invented quote.' },
  ],
  notes: [{ term: 'Term', text: 'an invented definition' }],
};

const lines: Record<string, string> = {
  'a release as the bundle writes it': JSON.stringify(release),
  'white space between every token': JSON.stringify(release, null, 2).replace(/\n/g, '\r\n\t'),
  'a byte order mark': `\uFEFF${JSON.stringify(release)}`,
  'escapes in texts and keys': JSON.stringify({
    ...release,
    title: 'Quote " backslash \\ tab \t line\nend',
    body: [
      { kind: 'paragraph', text: '\\"' },
      { kind: 'list', items: ['\\', '"', 'x\\'] },
    ],
  }).replace('"notes"', '"no\\u0074es"'),
  'escaped letters the index folds': JSON.stringify(release).replace(
    'Invented title',
    'D\\u0131yarbak\\u0131r Stra\\u00dfe',
  ),
  'letters the index folds': JSON.stringify({
    ...release,
    title: 'Dıyarbakır Straße ẞ',
    body: [{ kind: 'paragraph', text: 'ß ı' }],
  }),
  'text outside the basic plane': JSON.stringify({ ...release, title: 'Ünïcödé 𝔘 — 東京' }),
  'brackets and quotes inside skipped values': JSON.stringify({
    ...release,
    sources: ['[{"}]', '\\', '{'],
    extra: { nested: [1, -2.5e3, true, false, null, { deeper: ']}' }] },
  }),
  'repeated keys (the last one counts)': JSON.stringify(release)
    .replace('"title":', '"title":"first title","title":')
    .replace('"kind":"heading"', '"kind":"list","items":["ignored"],"kind":"heading"')
    .replace('{"term":"Term"', '{"term":"Old term","term":"Term"'),
  'null title, body and notes': JSON.stringify({ ...release, title: null, body: null, notes: null }),
  'no title, body or notes': JSON.stringify({ id: 'fixture-2' }),
  'empty body and notes': JSON.stringify({ ...release, body: [], notes: [] }),
  'notes before the body': JSON.stringify({ notes: release.notes, id: 'fixture-3', body: release.body }),
  'a block without a text': JSON.stringify({ ...release, body: [{ kind: 'paragraph' }] }),
  'a text that is not a string': JSON.stringify({ ...release, body: [{ kind: 'paragraph', text: 42 }] }),
};

describe('scanFullText', () => {
  for (const [name, line] of Object.entries(lines)) {
    it(`gives what parsing the whole line gives: ${name}`, () => {
      expect(scanFullText(line) ?? parsedFullText(line)).toEqual(parsedFullText(line));
    });
  }

  it('reads the common shapes itself', () => {
    for (const name of [
      'a release as the bundle writes it',
      'white space between every token',
      'a byte order mark',
      'escapes in texts and keys',
      'repeated keys (the last one counts)',
      'null title, body and notes',
      'no title, body or notes',
    ])
      expect(scanFullText(lines[name]!), name).toEqual(parsedFullText(lines[name]!));
  });

  it('leaves a line of another shape to the parser', () => {
    expect(scanFullText(JSON.stringify({ ...release, body: [{ kind: 'paragraph' }] }))).toBeUndefined();
    expect(scanFullText(JSON.stringify({ ...release, body: {} }))).toBeUndefined();
    expect(scanFullText(JSON.stringify({ ...release, title: 7 }))).toBeUndefined();
    expect(scanFullText(`${JSON.stringify(release)} trailing`)).toBeUndefined();
    expect(scanFullText('{"title": "cut short')).toBeUndefined();
    expect(scanFullText('[]')).toBeUndefined();
  });
});
