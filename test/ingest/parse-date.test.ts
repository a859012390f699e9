import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../src/ingest/parse-date.js';

describe('parseDateText', () => {
  it.each([
    ['9 June 2017', '2017-06-09'],
    ['26 April 2015', '2015-04-26'],
    ['August 2, 2025', '2025-08-02'],
    ['Monday, 3 Feb 2020', '2020-02-03'],
    ['2019-05-03', '2019-05-03'],
    ['09.06.2017', '2017-06-09'],
    ['29 February 2024', '2024-02-29'],
  ])('reads %s as a day', (text, iso) => {
    expect(parseDateText(text)).toMatchObject({ iso, precision: 'day', text });
  });

  it('reads month and year precision', () => {
    expect(parseDateText('June 2017')).toMatchObject({ iso: '2017-06', precision: 'month', month: 6 });
    expect(parseDateText('2017')).toMatchObject({ iso: '2017', precision: 'year' });
  });

  it('keeps day and month of a date without a year', () => {
    expect(parseDateText('23 August')).toEqual({
      iso: null,
      precision: 'unknown',
      month: 8,
      day: 23,
      text: '23 August',
    });
    expect(parseDateText('August 23')).toEqual({
      iso: null,
      precision: 'unknown',
      month: 8,
      day: 23,
      text: 'August 23',
    });
  });

  it.each(['31 June 2017', '29 February 2023', 'Smarch 3 2017', 'today', '', '12 June 1066'])('refuses %j', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});

describe('date ranges take their first day', () => {
  it.each([
    ['9–10 June 2017', '2017-06-09'],
    ['9-10 June 2017', '2017-06-09'],
    ['9 – 10 June 2017', '2017-06-09'],
    ['9 to 10 June 2017', '2017-06-09'],
    ['9 and 10 June 2017', '2017-06-09'],
    ['30 June – 1 July 2017', '2017-06-30'],
    ['30 June to 1 July 2017', '2017-06-30'],
    ['30 December 2017 – 2 January 2018', '2017-12-30'],
    ['30 December – 2 January 2018', '2017-12-30'],
    ['June 9-10, 2017', '2017-06-09'],
    ['June 30 – July 1, 2017', '2017-06-30'],
    ['Monday, 9 – Tuesday, 10 June 2017', '2017-06-09'],
  ])('reads %s', (text, iso) => {
    expect(parseDateText(text)).toMatchObject({ iso, precision: 'day', text });
  });

  it('keeps day and month of a range without a year', () => {
    expect(parseDateText('9 to 10 June')).toEqual({
      iso: null,
      precision: 'unknown',
      month: 6,
      day: 9,
      text: '9 to 10 June',
    });
    expect(parseDateText('30 June – 1 July')).toEqual({
      iso: null,
      precision: 'unknown',
      month: 6,
      day: 30,
      text: '30 June – 1 July',
    });
  });

  it.each([
    '31–32 June 2017',
    '10–9 June 2017',
    '9 to June 2017',
    '9–10',
    'to 10 June 2017',
    '1 July – 30 June 2017',
    '9–10 June 2017 – 11 June 2017',
  ])('refuses %j', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});

describe('dates with a time of day', () => {
  it.each([
    ['9 June 2017, 10:00', '2017-06-09'],
    ['9 June 2017 at 14.30 CET', '2017-06-09'],
    ['Friday, 9 June 2017, 10:00–12:00', '2017-06-09'],
    ['June 9, 2017, 9:30 am', '2017-06-09'],
    ['2017-06-09T10:00:00Z', '2017-06-09'],
    ['2017-06-09 10:00', '2017-06-09'],
  ])('reads %s as its day', (text, iso) => {
    expect(parseDateText(text)).toMatchObject({ iso, precision: 'day', text });
  });

  it('does not take a bare number after a date for a time', () => {
    expect(parseDateText('9 June 2017, 10')).toBeNull();
  });
});
