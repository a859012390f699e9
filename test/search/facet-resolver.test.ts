import { describe, expect, it } from 'vitest';
import { resolveFacets } from '../../src/search/facet-resolver.js';
import { parseQuery } from '../../src/search/query-parser.js';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import { createNameMatcher } from '../../src/taxonomy/name-matcher.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';

const taxonomy = new Taxonomy(buildTaxonomyEntries());
const context = {
  names: createNameMatcher(taxonomy),
  contentTypes: () => [{ key: 'press release', label: 'Press release' }],
};
const resolve = (query: string) => resolveFacets(parseQuery(query).facets, context);
const entityIds = (query: string): string[] => {
  const resolution = resolve(query);
  if ('error' in resolution) throw new Error(resolution.error);
  return resolution.filter.entities ?? [];
};

describe('facet values in a query', () => {
  it('forgive a slip the way quick lookup and list --country do', () => {
    expect(entityIds('country:albnia')).toEqual(['state:albania']);
    expect(entityIds('country:itlay')).toEqual(['state:italy']);
    expect(entityIds('source:odhir')).toEqual(['institution:odihr']);
    expect(entityIds('field:trafficing')).toEqual(['field:combating-trafficking-in-human-beings']);
  });

  it('still take an exact or partial name before a corrected one', () => {
    expect(entityIds('country:italy')).toEqual(['state:italy']);
    expect(entityIds('country:kosovo')).toEqual(['place:kosovo']);
    expect(entityIds('source:"mission in kosovo"')).toEqual(['field-operation:mission-in-kosovo']);
  });

  it('keep to the kinds of their facet when correcting', () => {
    expect(entityIds('source:kosvo')).toEqual(['field-operation:mission-in-kosovo']);
    expect(entityIds('country:kosvo')).toEqual(['place:kosovo']);
  });

  it('name the nearest entries, as shown, when a value is too far off', () => {
    expect(resolve('country:albnai')).toEqual({
      error: 'country:albnai matches no State or place; did you mean Albania?',
    });
    expect(resolve('country:qqqqqq')).toEqual({ error: 'country:qqqqqq matches no State or place' });
  });
});
