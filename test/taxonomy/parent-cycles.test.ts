import { describe, expect, it } from 'vitest';
import type { TaxonomyEntry } from '../../src/bundle/types.js';
import { taxonomyTreeLines } from '../../src/commands/taxonomy-action.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';

const entry = (id: string, name: string, parent: string | null): TaxonomyEntry => ({
  id,
  kind: id.slice(0, id.indexOf(':')) as TaxonomyEntry['kind'],
  name,
  parent,
  aliases: [],
  description: '',
  facts: {},
  relations: [],
});

// Arms control › Border management › Arms control …: the tester's loop.
const CYCLIC = [
  entry('section:our-work', 'Our work', null),
  entry('field:arms-control', 'Arms control', 'field:border-management'),
  entry('field:border-management', 'Border management', 'field:arms-control'),
  entry('field:education', 'Education', 'field:border-management'),
  entry('field:self', 'Self', 'field:self'),
];

describe('a taxonomy with a parent cycle', () => {
  const taxonomy = new Taxonomy(CYCLIC);

  it('puts the entries of the cycle at the top level and keeps what hangs below them', () => {
    expect(taxonomy.roots().map((root) => root.name)).toEqual([
      'Our work',
      'Arms control',
      'Border management',
      'Self',
    ]);
    expect(taxonomy.get('field:arms-control')!.parent).toBeNull();
    expect(taxonomy.children('field:border-management').map((child) => child.name)).toEqual(['Education']);
    expect(taxonomy.ancestors('field:education').map((up) => up.name)).toEqual(['Border management']);
  });

  it('prints a tree that ends', () => {
    expect(taxonomyTreeLines(taxonomy, { ids: false, width: 80 })).toEqual([
      'Our work',
      'Arms control',
      'Border management',
      '  Education',
      'Self',
    ]);
  });
});
