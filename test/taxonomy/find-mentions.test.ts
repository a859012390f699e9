import { describe, expect, it } from 'vitest';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import { createMentionFinder } from '../../src/taxonomy/find-mentions.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';
import { readSeedPage } from './seed-menu.js';

const findMentions = createMentionFinder(new Taxonomy(buildTaxonomyEntries()));

describe('createMentionFinder', () => {
  it('finds the States named in the seed press release, in order of first mention', () => {
    const page = readSeedPage();
    const body = page.slice(page.indexOf('\nPress release\n'));
    expect(findMentions(body)).toEqual([
      'state:italy',
      'state:switzerland',
      'state:monaco',
      'state:germany',
      'state:france',
      'state:austria',
      'state:andorra',
      'state:hungary',
    ]);
  });

  it('matches names and aliases regardless of accents and capitals, but as whole words', () => {
    expect(findMentions('Delegates from TÜRKIYE, Turkiye and Turkey met.')).toEqual(['state:turkiye']);
    expect(findMentions('A roast turkey was served.')).toEqual([]);
    expect(findMentions('the mission to Serbia and the odihr of Malta')).toEqual(['state:serbia', 'state:malta']);
    expect(findMentions('Visitors from Czech Republic and Czechia.')).toEqual(['state:czechia']);
    expect(findMentions('Italyland and Maltese are not names of States.')).toEqual([]);
    expect(findMentions('the former Yugoslav Republic of Macedonia')).toEqual(['state:north-macedonia']);
  });

  it('finds institutions by name and by their abbreviations written as abbreviations', () => {
    expect(findMentions('The OSCE Office for Democratic Institutions and Human Rights (ODIHR) said.')).toEqual([
      'institution:odihr',
    ]);
    expect(findMentions('Statement by the RFoM and the HCNM')).toEqual(['institution:rfom', 'institution:hcnm']);
    expect(findMentions('an odihr-like rfom smm')).toEqual([]);
  });

  it("does not read other places that contain a State's name as that State", () => {
    expect(findMentions('Talks in Belfast, Northern Ireland, and in Dublin, Ireland.')).toEqual(['state:ireland']);
    expect(findMentions('the Democratic People’s Republic of Korea and the Republic of Korea')).toEqual([
      'partner:republic-of-korea',
    ]);
  });

  it('does not take bodies and short words for mentions', () => {
    expect(findMentions('The PA and the PC met; a PC was bought.')).toEqual([]);
    expect(findMentions('The Chairman-in-Office spoke.')).toEqual([]);
  });

  it('prefers the longest name and reports the places named inside it', () => {
    expect(findMentions('The OSCE Mission to Serbia opened an exhibition.')).toEqual([
      'field-operation:mission-to-serbia',
      'state:serbia',
    ]);
    expect(findMentions('The OSCE Mission in Kosovo and the SMM.')).toEqual([
      'field-operation:mission-in-kosovo',
      'place:kosovo',
      'field-operation:special-monitoring-mission-to-ukraine',
    ]);
    expect(findMentions('The OSCE Programme Office in Astana trained officers.')).toEqual([
      'field-operation:programme-office-in-astana',
    ]);
    expect(findMentions('the OSCE Mission to BiH, in co-operation with ODIHR')).toEqual([
      'field-operation:mission-to-bosnia-and-herzegovina',
      'state:bosnia-and-herzegovina',
      'institution:odihr',
    ]);
  });

  it('reads names broken over lines or written with and without hyphens', () => {
    expect(findMentions('the Project\nCoordinator in Uzbekistan')).toEqual([
      'field-operation:project-co-ordinator-in-uzbekistan',
      'state:uzbekistan',
    ]);
    expect(findMentions('Bosnia  and\tHerzegovina')).toEqual(['state:bosnia-and-herzegovina']);
  });

  it('keeps each id once, at its first mention', () => {
    expect(findMentions('Georgia, Malta, Georgia, Japan and Malta.')).toEqual([
      'state:georgia',
      'state:malta',
      'partner:japan',
    ]);
    expect(findMentions('')).toEqual([]);
  });

  it('handles text with characters outside ASCII before and inside names', () => {
    expect(findMentions('«Слава» — “Türkiye” and Ελλάδα, then Greece.')).toEqual(['state:turkiye', 'state:greece']);
    expect(findMentions('😀 Holy See 😀 Monaco')).toEqual(['state:holy-see', 'state:monaco']);
  });
});
