import { describe, expect, it } from 'vitest';
import { findRelease, releaseMatcher } from '../../src/bundle/find-release.js';
import { makeRelease } from '../world/make.js';

const releases = [
  makeRelease({ id: 'fx-1', title: 'Imaginary media training' }),
  makeRelease({ id: 'fx-2', title: 'Imaginary media training in Pöhjola' }),
  makeRelease({ id: 'fx-3', title: 'Training, again: imaginary' }),
];

describe('findRelease', () => {
  it('finds by exact id first', () => {
    expect(findRelease(releases, ' fx-2 ')).toEqual({ status: 'found', release: releases[1] });
  });

  it('matches whole title words, ignoring case, accents and punctuation', () => {
    expect(findRelease(releases, 'POHJOLA training')).toEqual({ status: 'found', release: releases[1] });
    expect(findRelease(releases, 'again imaginary')).toEqual({ status: 'found', release: releases[2] });
    expect(findRelease(releases, 'train')).toEqual({ status: 'none' });
    expect(findRelease(releases, '  ')).toEqual({ status: 'none' });
  });

  it('prefers the one title equal to the query, else lists every candidate', () => {
    expect(findRelease(releases, 'imaginary media training')).toEqual({ status: 'found', release: releases[0] });
    expect(findRelease(releases, 'imaginary training')).toEqual({ status: 'ambiguous', candidates: releases });
  });

  it('keeps, while streaming, every release findRelease could pick', () => {
    const keep = releaseMatcher('imaginary media');
    expect(releases.filter(keep).map((release) => release.id)).toEqual(['fx-1', 'fx-2']);
    expect(releases.filter(releaseMatcher('fx-3')).map((release) => release.id)).toEqual(['fx-3']);
  });
});
