import { describe, expect, it } from 'vitest';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import { createNameMatcher } from '../../src/taxonomy/name-matcher.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';

const taxonomy = new Taxonomy(buildTaxonomyEntries());
const matcher = createNameMatcher(taxonomy);

function resolvedId(name: string): string | undefined {
  const match = matcher.resolve(name);
  return match.status === 'exact' ? match.entries[0]!.id : undefined;
}

describe('createNameMatcher', () => {
  it.each([
    ['Italy', 'state:italy'],
    ['Turkey', 'state:turkiye'],
    ['Türkiye', 'state:turkiye'],
    ['TURKIYE', 'state:turkiye'],
    ['Czech Republic', 'state:czechia'],
    ['the Netherlands', 'state:netherlands'],
    ['Netherlands', 'state:netherlands'],
    ['the former Yugoslav Republic of Macedonia', 'state:north-macedonia'],
    ['former Yugoslav Republic of Macedonia', 'state:north-macedonia'],
    ['fYROM', 'state:north-macedonia'],
    ['Chairman-in-Office', 'chairpersonship:chairpersonship'],
    ['Chairperson-in-Office', 'chairpersonship:chairpersonship'],
    ['chairman in office', 'chairpersonship:chairpersonship'],
    ['OSCE Chairmanship', 'chairpersonship:chairpersonship'],
    ['CiO', 'chairpersonship:chairpersonship'],
    ['ODIHR', 'institution:odihr'],
    ['OSCE/ODIHR', 'institution:odihr'],
    ['OSCE Office for Democratic Institutions and Human Rights', 'institution:odihr'],
    ['HCNM', 'institution:hcnm'],
    ['OSCE High Commissioner on National Minorities', 'institution:hcnm'],
    ['RFoM', 'institution:rfom'],
    ['rfom', 'institution:rfom'],
    ['SMM', 'field-operation:special-monitoring-mission-to-ukraine'],
    ['PA', 'body:parliamentary-assembly'],
    ['OSCE PA', 'body:parliamentary-assembly'],
    ['FSC', 'body:forum-for-security-co-operation'],
    ['PC', 'body:permanent-council'],
    ['OSCE Secretariat', 'body:secretariat'],
    ['OSCE Mission to Skopje', 'field-operation:mission-to-skopje'],
    ['The OSCE Mission to Skopje', 'field-operation:mission-to-skopje'],
    ['Spillover Monitor Mission to Skopje', 'field-operation:mission-to-skopje'],
    ['mission in kosovo', 'field-operation:mission-in-kosovo'],
    ['Kosovo mission', 'field-operation:mission-in-kosovo'],
    ['Project Coordinator in Uzbekistan', 'field-operation:project-co-ordinator-in-uzbekistan'],
    ['Gender Equality Review Conferences', 'meeting:gender-equality-conferences'],
    ['Cyber/ICT security', 'field:cyber-ict-security'],
    ['cyber ict security', 'field:cyber-ict-security'],
    [
      'Office of the Special Representative for Combating Trafficking in Human Beings',
      'secretariat-unit:office-of-the-special-representative-and-co-ordinator-for-combating-trafficking-in-human-beings',
    ],
    ['state:italy', 'state:italy'],
    ['OSCE Chair-in-Office', 'chairpersonship:chairpersonship'],
    ['OSCE Chairpersonship', 'chairpersonship:chairpersonship'],
    [
      'Office of the OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
      'secretariat-unit:office-of-the-special-representative-and-co-ordinator-for-combating-trafficking-in-human-beings',
    ],
    ['OSCE Mission to BiH', 'field-operation:mission-to-bosnia-and-herzegovina'],
    ['OSCE Programme Office in Nur-Sultan', 'field-operation:programme-office-in-astana'],
    ['OSCE Centre in Bishkek', 'field-operation:programme-office-in-bishkek'],
    ['OSCE Office in Zagreb', 'field-operation:mission-to-croatia'],
    ['Moldova, Republic of', 'state:moldova'],
    ['Republic of North Macedonia', 'state:north-macedonia'],
    ['Republic of Serbia', 'state:serbia'],
    ['Kingdom of the Netherlands', 'state:netherlands'],
    ['Principality of Monaco', 'state:monaco'],
    ['Federal Republic of Germany', 'state:germany'],
    ['Republic of Korea', 'partner:republic-of-korea'],
  ])('resolves "%s" to %s', (name, id) => {
    expect(resolvedId(name)).toBe(id);
  });

  it('reads newsroom labels with a bracketed status or abbreviation', () => {
    expect(resolvedId('OSCE Special Monitoring Mission to Ukraine (closed)')).toBe(
      'field-operation:special-monitoring-mission-to-ukraine',
    );
    expect(resolvedId('OSCE Project Co-ordinator in Baku (closed)')).toBe(
      'field-operation:project-co-ordinator-in-baku',
    );
    expect(resolvedId('OSCE Observer Mission at the Russian Checkpoints Gukovo and Donetsk (discontinued)')).toBe(
      'field-operation:observer-mission-at-the-russian-checkpoints-gukovo-and-donetsk',
    );
    expect(resolvedId('Special Monitoring Mission (SMM)')).toBe(
      'field-operation:special-monitoring-mission-to-ukraine',
    );
    expect(resolvedId('OSCE Mission to Croatia / OSCE Office in Zagreb (closed)')).toBe(
      'field-operation:mission-to-croatia',
    );
    const unknown = matcher.resolve('Albana (closed)');
    expect(unknown.status).toBe('none');
    expect(unknown.suggestions[0]!.id).toBe('state:albania');
  });

  it('prefers a whole name to a partial one', () => {
    expect(resolvedId('kosovo')).toBe('place:kosovo');
    expect(resolvedId('albania')).toBe('state:albania');
    expect(resolvedId('serbia')).toBe('state:serbia');
  });

  it('accepts a unique beginning or a telling word of a name', () => {
    expect(resolvedId('Kazakh')).toBe('state:kazakhstan');
    expect(resolvedId('skopje')).toBe('field-operation:mission-to-skopje');
    expect(resolvedId('macedonia')).toBe('state:north-macedonia');
    expect(resolvedId('bosnia')).toBe('state:bosnia-and-herzegovina');
  });

  it('takes the thing rather than the menu link of the same name', () => {
    expect(resolvedId('Field operations')).toBe('group:field-operations');
  });

  it('says which entries a name could mean when it fits several equally', () => {
    const missions = matcher.resolve('mission');
    expect(missions.status).toBe('ambiguous');
    expect(missions.entries.map((entry) => entry.id)).toContain('field-operation:mission-to-skopje');
    expect(missions.entries.map((entry) => entry.id)).toContain('field-operation:mission-to-georgia');
    expect(missions.entries.every((entry) => entry.kind === 'field-operation')).toBe(true);
    const trafficking = matcher.resolve('trafficking');
    expect(trafficking.status).toBe('ambiguous');
    expect(trafficking.entries[0]!.id).toBe('field:combating-trafficking-in-human-beings');
  });

  it('narrows to the kinds asked for', () => {
    expect(matcher.resolve('kosovo', { kinds: ['field-operation'] }).entries.map((entry) => entry.id)).toEqual([
      'field-operation:mission-in-kosovo',
    ]);
    expect(matcher.resolve('Italy', { kinds: ['institution'] }).status).toBe('none');
    const trafficking = matcher.resolve('trafficking', { kinds: ['field'] });
    expect(trafficking.status).toBe('exact');
    expect(trafficking.entries[0]!.id).toBe('field:combating-trafficking-in-human-beings');
    expect(resolvedId('state:italy')).toBe('state:italy');
    expect(matcher.resolve('state:italy', { kinds: ['partner'] }).status).toBe('none');
  });

  it('suggests names close in spelling when nothing fits', () => {
    const misspelt = matcher.resolve('albana');
    expect(misspelt.status).toBe('none');
    expect(misspelt.entries).toEqual([]);
    expect(misspelt.suggestions[0]!.id).toBe('state:albania');
    expect(matcher.resolve('Swtizerland').suggestions[0]!.id).toBe('state:switzerland');
    expect(matcher.resolve('Mision to Serbya').suggestions[0]!.id).toBe('field-operation:mission-to-serbia');
    expect(matcher.resolve('Kazakstan').suggestions.map((entry) => entry.id)).toContain('state:kazakhstan');
  });

  it('suggests at most five names, and none for gibberish or nothing', () => {
    expect(matcher.resolve('Moldava Montenegra Mission').suggestions.length).toBeLessThanOrEqual(5);
    expect(matcher.resolve('qqqqzzzz')).toEqual({ status: 'none', entries: [], suggestions: [] });
    expect(matcher.resolve('   ')).toEqual({ status: 'none', entries: [], suggestions: [] });
    expect(matcher.resolve('--')).toEqual({ status: 'none', entries: [], suggestions: [] });
  });

  it('works on any taxonomy, such as one loaded from a bundle', () => {
    const small = new Taxonomy([
      {
        id: 'state:freedonia',
        kind: 'state',
        name: 'Freedonia',
        parent: null,
        aliases: ['Fredonia'],
        description: '',
        facts: {},
        relations: [],
      },
    ]);
    const smallMatcher = createNameMatcher(small);
    expect(smallMatcher.resolve('FREDONIA').entries[0]!.id).toBe('state:freedonia');
    expect(smallMatcher.resolve('Italy').status).toBe('none');
  });
});
