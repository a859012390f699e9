import { describe, expect, it } from 'vitest';
import { readMetadataBlock, readMetadataValues } from '../../src/ingest/parse-metadata.js';

function read(lines: string[]) {
  const block = readMetadataBlock(lines, 0);
  return { ...readMetadataValues(block.entries), end: block.end };
}

describe('reading metadata', () => {
  it('reads dashed labels with values on the next line, and empty values', () => {
    const meta = read([
      '- Date:',
      '- Place:',
      '- VICENZA',
      '- Source:',
      '- OSCE Secretariat',
      'VICENZA, Italy, 9 June 2017 – Text.',
    ]);
    expect(meta.date).toBeNull();
    expect(meta.place).toBe('VICENZA');
    expect(meta.labels.sources).toEqual(['OSCE Secretariat']);
    expect(meta.end).toBe(5);
  });

  it('splits several comma-joined values on one line and one-per-line values alike', () => {
    const meta = read([
      '- Fields of work:',
      '- Education, Good governance',
      '- Youth',
      '- Where we are:',
      '- Serbia; Montenegro',
    ]);
    expect(meta.labels.fields).toEqual(['Education', 'Good governance', 'Youth']);
    expect(meta.labels.countries).toEqual(['Serbia', 'Montenegro']);
  });

  it('reads plain labels and stops at the first line of prose', () => {
    const meta = read([
      'Date:',
      '3 May 2019',
      'Place:',
      'BELGRADE',
      'Source:',
      'OSCE Mission to Serbia',
      'Fields of work:',
      'Youth',
      'Education',
      'BELGRADE, 3 May 2019 – Forty volunteers planted trees.',
    ]);
    expect(meta.date?.iso).toBe('2019-05-03');
    expect(meta.place).toBe('BELGRADE');
    expect(meta.labels.sources).toEqual(['OSCE Mission to Serbia']);
    expect(meta.labels.fields).toEqual(['Youth', 'Education']);
    expect(meta.end).toBe(9);
  });

  it('reads "Issued on" as the date and "Issued by" as the source', () => {
    const meta = read(['- Issued on:', '- 14 March 2006', '- Issued by:', '- Programme Office in Bishkek']);
    expect(meta.date?.iso).toBe('2006-03-14');
    expect(meta.labels.sources).toEqual(['Programme Office in Bishkek']);
  });

  it('reads a value on the label line', () => {
    const meta = read(['Date: 2 August 2025', 'Content type: Daily report', 'Location(s): Vienna']);
    expect(meta.date?.iso).toBe('2025-08-02');
    expect(meta.type).toBe('Daily report');
    expect(meta.labels.locations).toEqual(['Vienna']);
  });

  it('keeps unknown dashed labels and an unreadable date as text', () => {
    const meta = read(['- Date:', '- sometime soon', '- Tags:', '- Archives, Paper']);
    expect(meta.date).toBeNull();
    expect(meta.unreadableDate).toBe('sometime soon');
    expect(meta.labels.other).toEqual([
      { label: 'Tags', value: 'Archives' },
      { label: 'Tags', value: 'Paper' },
    ]);
  });

  it('does not take a plain "Background:" line for metadata', () => {
    expect(readMetadataBlock(['Background:', 'Some prose.'], 0).entries).toEqual([]);
  });
});

describe('a value on the label line', () => {
  it('ends that label: the next plain line is not another value', () => {
    const block = readMetadataBlock(['Where we are: Malta', 'Kites flew over the harbour', 'More text.'], 0);
    expect(block.entries).toEqual([{ name: 'Where we are', key: 'country', values: ['Malta'], line: 1 }]);
    expect(block.end).toBe(1);
  });
});

describe('plain labels with an empty value', () => {
  it('reads "Date:" / "Place:" / "BELGRADE" / "Source:" as an empty date, a place and a source', () => {
    const meta = read([
      'Date:',
      'Place:',
      'BELGRADE',
      'Source:',
      'OSCE Mission to Serbia',
      'BELGRADE, 3 May 2019 – Text.',
    ]);
    expect(meta.date).toBeNull();
    expect(meta.unreadableDate).toBeNull();
    expect(meta.place).toBe('BELGRADE');
    expect(meta.labels.sources).toEqual(['OSCE Mission to Serbia']);
    expect(meta.end).toBe(5);
  });
});

describe('a list right after the metadata', () => {
  it('is the body, not more values of the last dashed label', () => {
    const meta = read([
      '- Place:',
      '- VIENNA',
      '- Fields of work:',
      '- Youth',
      '- twelve songs about invented rivers',
      '- a booklet with the lyrics',
      'The choir sang.',
    ]);
    expect(meta.labels.fields).toEqual(['Youth']);
    expect(meta.place).toBe('VIENNA');
    expect(meta.end).toBe(4);
  });

  it('is the body after a single-value label too, and after a value on the label line', () => {
    expect(read(['- Date:', '- 2 April 2021', '- First invented item', '- Second invented item']).end).toBe(2);
    expect(read(['Date: 2 April 2021', '- first invented item', '- second invented item']).end).toBe(1);
    const plain = read(['Fields of work:', '- Youth', '- an invented item', 'Prose.']);
    expect(plain.labels.fields).toEqual(['Youth']);
    expect(plain.end).toBe(2);
  });

  it('still reads several one-per-line values between two labels', () => {
    const meta = read([
      '- Fields of work:',
      '- Education',
      '- Youth',
      '',
      '- Source:',
      '- OSCE Secretariat',
      '- an invented item',
    ]);
    expect(meta.labels.fields).toEqual(['Education', 'Youth']);
    expect(meta.labels.sources).toEqual(['OSCE Secretariat']);
    expect(meta.end).toBe(6);
  });
});
