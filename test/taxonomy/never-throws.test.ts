import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import { createMentionFinder } from '../../src/taxonomy/find-mentions.js';
import { createNameMatcher } from '../../src/taxonomy/name-matcher.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';

const taxonomy = new Taxonomy(buildTaxonomyEntries());
const matcher = createNameMatcher(taxonomy);
const findMentions = createMentionFinder(taxonomy);
const names = taxonomy.entries.flatMap((entry) => [entry.name, ...entry.aliases]);

/** Text made of real names, their pieces and arbitrary characters, as pasted or mis-encoded. */
const messyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...names),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(' ', '-', '(', ')', '\n', '́', 'İ', 'ß', '’'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('name matching and mention finding on any input', () => {
  it('resolve never throws and keeps its promises about statuses', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const match = matcher.resolve(text);
        if (match.status === 'exact') expect(match.entries).toHaveLength(1);
        if (match.status === 'ambiguous') expect(match.entries.length).toBeGreaterThan(1);
        if (match.status === 'none') expect(match.entries).toEqual([]);
        expect(match.suggestions.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 400 },
    );
  });

  it('the mention finder never throws and returns unique ids of mention kinds', () => {
    const mentionKinds = new Set(['state', 'partner', 'place', 'institution', 'field-operation']);
    fc.assert(
      fc.property(messyText, (text) => {
        const ids = findMentions(text);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(mentionKinds.has(taxonomy.get(id)?.kind ?? '')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('a taxonomy with a very wide level', () => {
  it('lists the descendants of an entry whose child has 300,000 children', () => {
    const root = {
      id: 'section:invented',
      kind: 'section' as const,
      name: 'Invented',
      parent: null,
      aliases: [],
      description: '',
      facts: {},
      relations: [],
    };
    const group = { ...root, id: 'group:invented', kind: 'group' as const, parent: root.id };
    const children = Array.from({ length: 300_000 }, (_, i) => ({
      ...root,
      id: `page:invented-${i}`,
      kind: 'page' as const,
      name: `Invented ${i}`,
      parent: group.id,
    }));
    const wide = new Taxonomy([root, group, ...children]);
    expect(wide.descendants(root.id)).toHaveLength(300_001);
  });
});
