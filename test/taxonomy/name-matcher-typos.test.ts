import { describe, expect, it } from 'vitest';
import type { EntryKind } from '../../src/bundle/types.js';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import { createNameMatcher } from '../../src/taxonomy/name-matcher.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';

const matcher = createNameMatcher(new Taxonomy(buildTaxonomyEntries()));
const forgiving = (name: string, kinds?: EntryKind[]) => matcher.resolve(name, { typos: true, kinds });
const ids = (name: string): string[] => forgiving(name).entries.map((entry) => entry.id);

describe('createNameMatcher with typos forgiven', () => {
  it('takes a name one slip away as that name', () => {
    expect(forgiving('italx')).toMatchObject({ status: 'exact', entries: [{ id: 'state:italy' }] });
    expect(forgiving('Swtizerland')).toMatchObject({ status: 'exact', entries: [{ id: 'state:switzerland' }] });
    expect(forgiving('Kazakstan')).toMatchObject({ status: 'exact', entries: [{ id: 'state:kazakhstan' }] });
    expect(forgiving('odhir')).toMatchObject({ status: 'exact', entries: [{ id: 'institution:odihr' }] });
    expect(forgiving('Mision to Serbya')).toMatchObject({
      status: 'exact',
      entries: [{ id: 'field-operation:mission-to-serbia' }],
    });
  });

  it('offers every entry whose name holds the corrected word, the closest whole name first', () => {
    const kosovo = forgiving('kosvo');
    expect(kosovo.status).toBe('ambiguous');
    expect(kosovo.entries.map((entry) => entry.id)).toEqual(['place:kosovo', 'field-operation:mission-in-kosovo']);
    expect(ids('albana')).toEqual(['state:albania', 'field-operation:presence-in-albania']);
  });

  it('keeps only the closest candidates and respects the kinds asked for', () => {
    expect(ids('kosvo').length).toBe(2);
    expect(forgiving('kosvo', ['field-operation'])).toMatchObject({
      status: 'exact',
      entries: [{ id: 'field-operation:mission-in-kosovo' }],
    });
  });

  it('still prefers an exact or partial name to a corrected one', () => {
    expect(ids('kosovo')).toEqual(['place:kosovo']);
    expect(ids('Kazakh')).toEqual(['state:kazakhstan']);
    expect(forgiving('mission').status).toBe('ambiguous');
  });

  it('gives nothing but suggestions for names further off, and nothing at all for gibberish', () => {
    const far = forgiving('albnai');
    expect(far.status).toBe('none');
    expect(far.suggestions[0]!.id).toBe('state:albania');
    // Short words must be typed right: three letters leave no room for a slip.
    expect(forgiving('itx').status).toBe('none');
    expect(forgiving('zzqx')).toEqual({ status: 'none', entries: [], suggestions: [] });
  });

  it('is off unless asked for: lookups from pages and scripts never guess', () => {
    expect(matcher.resolve('kosvo').status).toBe('none');
    expect(matcher.resolve('italx').suggestions[0]!.id).toBe('state:italy');
  });
});
