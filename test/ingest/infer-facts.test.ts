import { describe, expect, it } from 'vitest';
import { createReleaseMapper } from '../../src/ingest/map-release.js';
import { parsePage } from '../../src/ingest/parse-page.js';
import { realTaxonomy } from './fixtures.js';

const mapRelease = createReleaseMapper(realTaxonomy());

/** Sources and countries of an invented bare page with this title, URL and dateline. */
function inferred(title: string, dateline = 'VIENNA, 1 May 2020', url?: string) {
  const text = [...(url ? [url] : []), title, `${dateline} – An invented event took place.`].join('\n');
  const release = mapRelease(parsePage(text, 'p.txt').releases[0]!, 'p.txt');
  return { sources: release.sources, countries: release.countries };
}

describe('facts a page implies', () => {
  it('takes the source a title opens with, and only when the title goes on after it', () => {
    expect(inferred('ODIHR opens an invented exhibition').sources).toEqual(['institution:odihr']);
    expect(inferred("OSCE Mission to Serbia's invented library opens").sources).toEqual([
      'field-operation:mission-to-serbia',
    ]);
    expect(inferred('Chairperson-in-Office, on an invented visit, plants a tree').sources).toEqual([
      'chairpersonship:chairpersonship',
    ]);
    expect(inferred('Invented festival welcomes ODIHR staff').sources).toEqual([]);
    expect(inferred('OSCE invented festival opens').sources).toEqual([]);
    expect(inferred('Secretariat').sources).toEqual([]);
  });

  it('takes the source from the section of an osce.org address only', () => {
    expect(inferred('An invented fair', undefined, 'https://www.osce.org/odihr/900001').sources).toEqual([
      'institution:odihr',
    ]);
    expect(inferred('An invented fair', undefined, 'https://www.osce.org/cio/900002').sources).toEqual([
      'chairpersonship:chairpersonship',
    ]);
    expect(inferred('An invented fair', undefined, 'https://www.osce.org/secretariat/900003').sources).toEqual([
      'body:secretariat',
    ]);
    expect(inferred('An invented fair', undefined, 'https://example.org/odihr/900004').sources).toEqual([]);
    expect(inferred('An invented fair', undefined, 'https://www.osce.org/files/900005').sources).toEqual([]);
  });

  it('takes the States a title is about, not those of who acts in it', () => {
    expect(inferred("ODIHR publishes an invented report on Kazakhstan's pretend archives").countries).toEqual([
      'state:kazakhstan',
    ]);
    expect(inferred('Invented fair in Serbia and Montenegro').countries).toEqual(['state:serbia', 'state:montenegro']);
    expect(inferred('Chairperson-in-Office, Foreign Minister of Albania, visits Ukraine').countries).toEqual([
      'state:ukraine',
    ]);
    expect(inferred("Austria's Ambassador opens an invented fair").countries).toEqual([]);
  });

  it('takes the State of a dateline city, never of an OSCE seat, and adds nothing to States the page states', () => {
    expect(inferred('An invented fair', 'OSH, 1 May 2020').countries).toEqual(['state:kyrgyzstan']);
    expect(inferred('An invented fair', 'CHIȘINĂU, 1 May 2020').countries).toEqual(['state:moldova']);
    for (const seat of ['WARSAW', 'THE HAGUE', 'COPENHAGEN', 'PRAGUE', 'GENEVA', 'VIENNA'])
      expect(inferred('An invented fair', `${seat}, 1 May 2020`).countries).toEqual([]);
    expect(inferred('An invented fair in Serbia', 'OSH, Kyrgyzstan, 1 May 2020').countries).toEqual([
      'state:kyrgyzstan',
    ]);
  });
});
