import { describe, expect, it } from 'vitest';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import { createNameMatcher } from '../../src/taxonomy/name-matcher.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';

// A bundle's names are untrusted: a hidden escape sequence must not split "Italy" into "It" and "[31maly".
const entries = buildTaxonomyEntries().map((entry) =>
  entry.id === 'state:italy'
    ? { ...entry, name: 'It\u001b[31maly\u001b[0m', aliases: ['Italian\u0007 Republic'] }
    : entry,
);
const matcher = createNameMatcher(new Taxonomy(entries));

describe('createNameMatcher on names holding control sequences', () => {
  it('matches the name as the screen shows it', () => {
    expect(matcher.resolve('italy')).toMatchObject({ status: 'exact', entries: [{ id: 'state:italy' }] });
    expect(matcher.resolve('Italian Republic')).toMatchObject({ status: 'exact', entries: [{ id: 'state:italy' }] });
    expect(matcher.resolve('ital')).toMatchObject({ status: 'exact', entries: [{ id: 'state:italy' }] });
  });

  it('forgives a typo and suggests it by its visible name', () => {
    expect(matcher.resolve('italx', { typos: true })).toMatchObject({
      status: 'exact',
      entries: [{ id: 'state:italy' }],
    });
    expect(matcher.resolve('itlay').suggestions.map((entry) => entry.id)).toContain('state:italy');
  });

  it('ignores control sequences in what was typed too', () => {
    expect(matcher.resolve('ita\u001b[1mly')).toMatchObject({ status: 'exact', entries: [{ id: 'state:italy' }] });
  });
});
