import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/ingest/parse-dateline.js';

describe('parseDateline', () => {
  it.each([
    ['VICENZA, Italy, 9 June 2017 – The course ended.', 'Vicenza, Italy', '2017-06-09', 'The course ended.'],
    ['SKOPJE, 10 May 2007 - Thirty adults met.', 'Skopje', '2007-05-10', 'Thirty adults met.'],
    ['VIENNA/TIRANA, 9 October 2020 – Two choirs sang.', 'Vienna/Tirana', '2020-10-09', 'Two choirs sang.'],
    [
      'TIRANA / BRUSSELS / GENEVA – 6 October 2020. Three museums agreed.',
      'Tirana / Brussels / Geneva',
      '2020-10-06',
      'Three museums agreed.',
    ],
    ['OSH, Kyrgyzstan, 14 March 2006- A festival opened.', 'Osh, Kyrgyzstan', '2006-03-14', 'A festival opened.'],
    ['HELSINKI, August 2, 2025 - Pupils played chess.', 'Helsinki', '2025-08-02', 'Pupils played chess.'],
    ['SKOPJE, 10 May 2007 -- Adults spelled words.', 'Skopje', '2007-05-10', 'Adults spelled words.'],
    ['NUR-SULTAN, 3 May 2019 — A fair opened.', 'Nur-Sultan', '2019-05-03', 'A fair opened.'],
    ['BOSNIA AND HERZEGOVINA, 1 May 2010 – A fair opened.', 'Bosnia and Herzegovina', '2010-05-01', 'A fair opened.'],
  ])('reads %j', (paragraph, place, iso, rest) => {
    const dateline = parseDateline(paragraph);
    expect(dateline).toMatchObject({ place, date: { iso, precision: 'day' }, rest });
  });

  it('keeps day and month when the year is missing', () => {
    expect(parseDateline('VIENNA, 23 August – The count ended.')).toEqual({
      place: 'Vienna',
      date: { iso: null, precision: 'unknown', month: 8, day: 23, text: '23 August' },
      rest: 'The count ended.',
    });
  });

  it.each([
    [
      'VIENNA, 9–10 June 2017 – Two invented choirs sang.',
      'Vienna',
      '2017-06-09',
      '9–10 June 2017',
      'Two invented choirs sang.',
    ],
    [
      'VIENNA, 9 – 10 June 2017 – Two invented choirs sang.',
      'Vienna',
      '2017-06-09',
      '9 – 10 June 2017',
      'Two invented choirs sang.',
    ],
    [
      'OSH, Kyrgyzstan, 9 to 10 June 2017 - Kites flew.',
      'Osh, Kyrgyzstan',
      '2017-06-09',
      '9 to 10 June 2017',
      'Kites flew.',
    ],
    [
      'SKOPJE, 30 June – 1 July 2017 – A fair opened.',
      'Skopje',
      '2017-06-30',
      '30 June – 1 July 2017',
      'A fair opened.',
    ],
    [
      'HELSINKI, June 9-10, 2025 - Pupils played chess.',
      'Helsinki',
      '2025-06-09',
      'June 9-10, 2025',
      'Pupils played chess.',
    ],
    [
      'TIRANA / GENEVA – 9–10 June 2017. Museums agreed.',
      'Tirana / Geneva',
      '2017-06-09',
      '9–10 June 2017',
      'Museums agreed.',
    ],
  ])('reads the first day of the range in %j', (paragraph, place, iso, text, rest) => {
    expect(parseDateline(paragraph)).toEqual({
      place,
      date: expect.objectContaining({ iso, precision: 'day', text }),
      rest,
    });
  });

  it('keeps day and month of a range without a year', () => {
    expect(parseDateline('VIENNA, 9 to 10 June – Bakers baked.')).toMatchObject({
      place: 'Vienna',
      date: { iso: null, precision: 'unknown', month: 6, day: 9 },
      rest: 'Bakers baked.',
    });
  });

  it('does not run a single date into the sentence after it', () => {
    expect(parseDateline('SKOPJE, 10 May 2007 - 25 invented adults met.')).toMatchObject({
      date: { iso: '2007-05-10' },
      rest: '25 invented adults met.',
    });
    expect(parseDateline('VIENNA, 23 August – 12 pretend bakers met.')).toMatchObject({
      date: { month: 8, day: 23 },
      rest: '12 pretend bakers met.',
    });
  });

  it.each([
    ['Vienna, 9 June 2017 – Kites raced.', 'Vienna', '2017-06-09', 'Kites raced.'],
    ['Bishkek, Kyrgyzstan, 9 June 2017 - Kites raced.', 'Bishkek, Kyrgyzstan', '2017-06-09', 'Kites raced.'],
    ['Nur-Sultan, 3 May 2019 — A pretend fair opened.', 'Nur-Sultan', '2019-05-03', 'A pretend fair opened.'],
    ['VIENNA, 9 June 2017: Kites raced.', 'Vienna', '2017-06-09', 'Kites raced.'],
    ['Vienna, 9 June 2017: Kites raced.', 'Vienna', '2017-06-09', 'Kites raced.'],
  ])('reads a place in ordinary case or a colon after the date: %j', (paragraph, place, iso, rest) => {
    expect(parseDateline(paragraph)).toMatchObject({ place, date: { iso }, rest });
  });

  it.each([
    ['VIENNA (Austria), 9 June 2017 – Kites raced.', 'Vienna, Austria', '2017-06-09', 'Kites raced.'],
    [
      'OSH (Kyrgyzstan) , 14 March 2006 - A pretend festival opened.',
      'Osh, Kyrgyzstan',
      '2006-03-14',
      'A pretend festival opened.',
    ],
    ['Vienna (Austria), 9 June 2017 – Kites raced.', 'Vienna, Austria', '2017-06-09', 'Kites raced.'],
    ['VIENNA (Austria) – 9 June 2017. Kites raced.', 'Vienna, Austria', '2017-06-09', 'Kites raced.'],
  ])('reads the country in brackets like one after a comma: %j', (paragraph, place, iso, rest) => {
    expect(parseDateline(paragraph)).toMatchObject({ place, date: { iso, precision: 'day' }, rest });
  });

  it('does not read brackets that hold no country', () => {
    expect(parseDateline('VIENNA (9 June 2017), 9 June 2017 – Kites raced.')).toBeNull();
    expect(parseDateline('Vienna (as planned), 9 June 2017 – Kites raced.')).toBeNull();
  });

  it('reads a place without a date', () => {
    expect(parseDateline('VIENNA- A café opened.')).toEqual({ place: 'Vienna', date: null, rest: 'A café opened.' });
  });

  it.each([
    'The OSCE Mission - a presence since 2001.',
    'OSCE – the largest regional security organization.',
    'Thirty adults took part - all of them volunteers.',
    'VIENNA is a city – with many cafés.',
    'UNESCO, ITU and others – met today.',
    'On Monday, 9 June 2017 – the invented committee met.',
    'In Vienna, 9 June 2017 - pretend bakers met.',
    'The Committee, 9 June 2017 – met again.',
    'Vienna – a city of cafés.',
    'Vienna, Austria – a city of cafés.',
    'VIENNA: the invented meeting went on.',
    'Yesterday, 9 June 2017 – it rained on the pretend fair.',
  ])('does not take %j for a dateline', (paragraph) => {
    expect(parseDateline(paragraph)).toBeNull();
  });
});
