import { describe, expect, it } from 'vitest';
import type { Release, ReleaseDate, TaxonomyEntry } from '../../src/bundle/types.js';
import type { ReleaseRow } from '../../src/catalog/types.js';
import { releaseRowOf } from '../../src/index/release-text.js';
import { formatCitation } from '../../src/print/citation.js';
import { entityFacts, renderEntityCard } from '../../src/print/entity-card.js';
import { releaseColumns, releaseListLines } from '../../src/print/release-lines.js';
import { releaseToMarkdown } from '../../src/print/release-markdown.js';
import { colourEnabled, createTextStyle } from '../../src/print/text-style.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';
import { sanitizeRelease } from '../../src/text/sanitize-model.js';

const plain = createTextStyle(false);

function entry(id: string, name: string, extra: Partial<TaxonomyEntry> = {}): TaxonomyEntry {
  return {
    id,
    kind: id.split(':')[0] as TaxonomyEntry['kind'],
    name,
    parent: null,
    aliases: [],
    description: '',
    facts: {},
    relations: [],
    ...extra,
  };
}

const taxonomy = new Taxonomy([
  entry('group:asian-partners', 'Asian Partners for Co-operation'),
  entry('partner:ruritania', 'Ruritania', {
    parent: 'group:asian-partners',
    relations: [{ type: 'partner-group', target: 'group:asian-partners' }],
  }),
  entry('chairpersonship:chairpersonship', 'Chairpersonship'),
  entry('field-operation:mission-to-freedonia', 'Mission to Freedonia', { facts: { status: 'closed' } }),
  entry('state:freedonia', 'Freedonia', {
    aliases: ['Freedonian Republic'],
    facts: { chairpersonship: '2031', capital: 'Fredville' },
    relations: [
      { type: 'hosts-field-operation', target: 'field-operation:mission-to-freedonia' },
      { type: 'chaired', target: 'chairpersonship:chairpersonship', years: [2031] },
    ],
  }),
  entry('institution:office-of-examples', 'Office of Examples'),
]);

const day = (iso: string): ReleaseDate => ({ iso, precision: 'day', text: iso });

/** A release as the catalog hands it out: sanitized where it entered (sanitizeRelease). */
function release(extra: Partial<Release> = {}): Release {
  return sanitizeRelease({
    id: 'ex-1',
    url: 'https://www.example.org/ex-1',
    type: 'Press release',
    title: 'Invented workshop in Fredville ends.',
    date: day('2031-06-09'),
    place: 'Fredville, Freedonia',
    sources: ['institution:office-of-examples'],
    fields: [],
    countries: ['state:freedonia'],
    mentions: [],
    unmapped: [],
    body: [
      { kind: 'paragraph', text: 'Trainer Ada \u001b[31mPlum\u001b[0m opened the day.' },
      { kind: 'quote', text: '“We learnt a lot,” said a participant.' },
      { kind: 'heading', text: 'Next steps' },
      { kind: 'list', items: ['One', 'Two'] },
    ],
    notes: [{ term: 'Fredville', text: 'An invented town.' }],
    summary: false,
    provenance: { file: 'x', line: 1 },
    warnings: [],
    ...extra,
  });
}

describe('formatCitation', () => {
  it('gives title, type, date, source and URL on one line', () => {
    expect(formatCitation(release(), taxonomy)).toBe(
      'Invented workshop in Fredville ends. Press release, 9 June 2031. Office of Examples. https://www.example.org/ex-1',
    );
  });

  it('gives the id when there is no URL, and strips control sequences', () => {
    const citation = formatCitation(release({ url: null, sources: [], title: 'Odd\u001b]0;x\u0007 title' }), taxonomy);
    expect(citation).toBe('Odd title. Press release, 9 June 2031. OSCE. osce-tui release ex-1');
  });
});

describe('releaseToMarkdown', () => {
  it('writes metadata, every kind of block and the notes, without control sequences', () => {
    expect(releaseToMarkdown(release(), taxonomy)).toBe(
      [
        '# Invented workshop in Fredville ends.',
        '',
        '- Type: Press release',
        '- Date: 9 June 2031',
        '- Place: Fredville, Freedonia',
        '- Source: Office of Examples',
        '- Countries: Freedonia',
        '- URL: https://www.example.org/ex-1',
        '- Id: `ex-1`',
        '',
        'Trainer Ada Plum opened the day.',
        '',
        '> “We learnt a lot,” said a participant.',
        '',
        '## Next steps',
        '',
        '- One',
        '- Two',
        '',
        '## Notes',
        '',
        '- **Fredville**: An invented town.',
        '',
      ].join('\n'),
    );
  });
});

describe('inferred facts in the Markdown and the citation', () => {
  const inferred = release({
    sources: ['institution:office-of-examples', 'field-operation:mission-to-freedonia'],
    countries: ['state:freedonia'],
    origins: [
      { fact: 'date', value: '2031-06-09', from: 'text', stated: false },
      { fact: 'place', value: 'Fredville, Freedonia', from: 'dateline', stated: true },
      { fact: 'source', value: 'institution:office-of-examples', from: 'metadata', stated: true },
      { fact: 'source', value: 'field-operation:mission-to-freedonia', from: 'url', stated: false },
      { fact: 'country', value: 'state:freedonia', from: 'city', stated: false },
    ],
  });

  it('says after each inferred value what it was inferred from, stated values as before', () => {
    const lines = releaseToMarkdown(inferred, taxonomy).split('\n');
    expect(lines).toContain('- Date: 9 June 2031 (inferred from the text)');
    expect(lines).toContain('- Place: Fredville, Freedonia');
    expect(lines).toContain("- Source: Office of Examples, Mission to Freedonia (inferred from the page's address)");
    expect(lines).toContain('- Countries: Freedonia (inferred from the place)');
    expect(formatCitation(inferred, taxonomy)).toBe(
      "Invented workshop in Fredville ends. Press release, 9 June 2031 (inferred from the text). Office of Examples; Mission to Freedonia (inferred from the page's address). https://www.example.org/ex-1",
    );
  });

  it('prints the same as without origins when every fact is stated', () => {
    const stated = release({
      origins: [
        { fact: 'date', value: '2031-06-09', from: 'metadata', stated: true },
        { fact: 'country', value: 'state:freedonia', from: 'dateline', stated: true },
      ],
    });
    expect(releaseToMarkdown(stated, taxonomy)).toBe(releaseToMarkdown(release(), taxonomy));
    expect(formatCitation(stated, taxonomy)).toBe(formatCitation(release(), taxonomy));
  });
});

describe('releaseListLines', () => {
  // A row as the index stores it.
  const row: ReleaseRow = releaseRowOf(
    release({ title: 'Invented \u001b[2Jworkshop', place: null, sources: [], countries: [] }),
  );

  it('marks unread releases with a symbol and strips control sequences from titles', () => {
    expect(releaseListLines(row, { width: 80, style: plain, read: false })).toEqual([
      '• 2031-06-09  Press release  Invented workshop  ex-1',
    ]);
    expect(releaseListLines(row, { width: 80, style: plain, read: true })).toEqual([
      '  2031-06-09  Press release  Invented workshop  ex-1',
    ]);
    expect(releaseListLines(row, { width: 80, style: plain })).toEqual([
      '2031-06-09  Press release  Invented workshop  ex-1',
    ]);
  });

  it('puts the title on its own lines when the type leaves too little room', () => {
    const lines = releaseListLines(
      { ...row, type: 'Statement by the Office of Examples' },
      { width: 40, style: plain, read: false },
    );
    expect(lines).toEqual(['• 2031-06-09  Statement by the Office of Examples', '      Invented workshop  ex-1']);
  });

  it("lines up the titles of a list in one column, whatever each row's date and type", () => {
    const rows: ReleaseRow[] = [
      row,
      {
        ...row,
        id: 'ex-2',
        type: 'News item',
        title: 'Invented fair',
        date: { iso: '2031-05', precision: 'month', text: 'May 2031' },
      },
      {
        ...row,
        id: 'ex-3',
        type: 'Spot report',
        title: 'Invented census',
        date: { iso: null, precision: 'unknown', text: '23 September' },
      },
    ];
    const columns = releaseColumns(rows);
    expect(columns).toEqual({ date: 12, type: 13 });
    expect(
      rows.flatMap((each, index) => releaseListLines(each, { width: 80, style: plain, read: index > 0, columns })),
    ).toEqual([
      '• 2031-06-09    Press release  Invented workshop  ex-1',
      '  2031-05       News item      Invented fair  ex-2',
      '  23 September  Spot report    Invented census  ex-3',
    ]);
  });

  it('puts every title of a list on its own lines when the widest type leaves too little room', () => {
    const rows: ReleaseRow[] = [row, { ...row, id: 'ex-2', type: 'Statement by the Office of Examples' }];
    const columns = releaseColumns(rows);
    expect(releaseListLines(row, { width: 40, style: plain, columns })).toEqual([
      '2031-06-09  Press release',
      '    Invented workshop  ex-1',
    ]);
  });
});

describe('entity cards', () => {
  it('shows field operations with their status, Chairpersonship years once, own facts and other names', () => {
    expect(entityFacts(taxonomy, taxonomy.get('state:freedonia')!)).toEqual([
      { label: 'Status', value: 'Participating State' },
      { label: 'Field operation', value: 'Mission to Freedonia (closed)' },
      { label: 'Chairpersonship', value: '2031' },
      { label: 'Capital', value: 'Fredville' },
      { label: 'Also known as', value: 'Freedonian Republic' },
    ]);
    expect(entityFacts(taxonomy, taxonomy.get('partner:ruritania')!)).toEqual([
      { label: 'Status', value: 'Partner for Co-operation (Asian Partners for Co-operation)' },
    ]);
  });

  it('renders a card without releases', () => {
    const lines = renderEntityCard(
      {
        id: 'partner:ruritania',
        kind: 'partner',
        kindLabel: 'Partner for Co-operation',
        name: 'Ruritania',
        description: '',
        partOf: 'Asian Partners for Co-operation',
        facts: [{ label: 'Status', value: 'Partner' }],
        totalReleases: 0,
        perYear: [],
        latest: [],
      },
      { width: 70, style: plain },
    );
    expect(lines).toEqual([
      'Ruritania',
      'Partner for Co-operation · in Asian Partners for Co-operation',
      '',
      '  Status  Partner',
      '',
      'No releases in this bundle.',
    ]);
  });
});

describe('colour', () => {
  it('is on for a terminal without NO_COLOR, CI or not, and for a pipe only when FORCE_COLOR asks', () => {
    expect(colourEnabled({ isTTY: true }, {})).toBe(true);
    expect(colourEnabled({ isTTY: true }, { CI: 'true', TERM: 'xterm-256color' })).toBe(true);
    expect(colourEnabled({ isTTY: false }, {})).toBe(false);
    expect(colourEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourEnabled({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(colourEnabled({ isTTY: true }, {}, false)).toBe(false);
    expect(createTextStyle(true).heading('x')).toBe('\u001b[1mx\u001b[22m');
    expect(createTextStyle(false).heading('x')).toBe('x');
  });
});
