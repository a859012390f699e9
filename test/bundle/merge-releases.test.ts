import { describe, expect, it } from 'vitest';
import { mergeReleases } from '../../src/bundle/merge-releases.js';
import { makeRelease } from '../world/make.js';

const full = makeRelease({ id: 'a', title: 'Full article' });
const teaser = makeRelease({
  id: 'a',
  title: 'Full article',
  summary: true,
  body: [{ kind: 'paragraph', text: 'Teaser...' }],
});

describe('mergeReleases', () => {
  it('adds new ids and keeps existing ones', () => {
    const result = mergeReleases([makeRelease({ id: 'x' })], [full]);
    expect(result.added).toEqual(['a']);
    expect(result.releases.map((release) => release.id)).toEqual(['x', 'a']);
  });

  it('treats the same content as unchanged and keeps the existing object, even from another file', () => {
    const again = { ...full, provenance: { file: 'elsewhere/copy.txt', line: 9 } };
    const result = mergeReleases([full], [again]);
    expect(result).toMatchObject({ added: [], updated: [], unchanged: ['a'] });
    expect(result.releases[0]).toBe(full);
  });

  it('lets a full article replace a summary', () => {
    const result = mergeReleases([teaser], [full]);
    expect(result.updated).toEqual(['a']);
    expect(result.releases[0]).toBe(full);
  });

  it('never lets a summary replace a full article', () => {
    const result = mergeReleases([full], [teaser]);
    expect(result).toMatchObject({ updated: [], unchanged: ['a'] });
    expect(result.releases[0]).toBe(full);
  });

  it('replaces a changed version of the same article', () => {
    const edited = makeRelease({ id: 'a', title: 'Full article, corrected' });
    expect(mergeReleases([full], [edited]).updated).toEqual(['a']);
  });

  it('reports an id seen twice in one import once', () => {
    const result = mergeReleases([], [teaser, full, teaser]);
    expect(result).toMatchObject({ added: ['a'], updated: [], unchanged: [] });
    expect(result.releases).toEqual([full]);
  });
});
