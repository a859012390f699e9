import { describe, expect, it } from 'vitest';
import type { TaxonomyEntry } from '../../src/bundle/types.js';
import { validateTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';

function entry(id: string, parent: string | null, extra: Partial<TaxonomyEntry> = {}): TaxonomyEntry {
  const kind = id.split(':')[0] as TaxonomyEntry['kind'];
  return { id, kind, name: `Name of ${id}`, parent, aliases: [], description: '', facts: {}, relations: [], ...extra };
}

const valid = (): TaxonomyEntry[] => [
  entry('section:countries', null),
  entry('group:participating-states', 'section:countries'),
  entry('state:freedonia', 'group:participating-states'),
  entry('field-operation:mission-to-freedonia', 'section:countries', {
    relations: [{ type: 'field-operation-in', target: 'state:freedonia' }],
  }),
];

describe('validateTaxonomyEntries', () => {
  it('finds nothing wrong with a sound tree', () => {
    expect(validateTaxonomyEntries(valid())).toEqual([]);
  });

  it('reports a duplicate id where the second one is', () => {
    const entries = [...valid(), entry('state:freedonia', 'group:participating-states')];
    expect(validateTaxonomyEntries(entries)).toEqual([
      {
        file: 'taxonomy.json',
        path: '$.entries[4].id',
        message: 'duplicate id "state:freedonia" (first used at $.entries[2])',
      },
    ]);
  });

  it('reports an id whose prefix is not its kind, and a kind that does not exist', () => {
    const entries = valid();
    entries[2] = { ...entries[2]!, kind: 'partner' };
    entries[3] = { ...entries[3]!, kind: 'mission' as TaxonomyEntry['kind'] };
    const problems = validateTaxonomyEntries(entries);
    expect(problems.map((problem) => problem.path)).toEqual(['$.entries[2].id', '$.entries[3].kind']);
    expect(problems[0]!.message).toContain('must start with its kind "partner:"');
  });

  it('reports a parent that does not exist or comes after its child', () => {
    const entries = valid();
    entries[2] = { ...entries[2]!, parent: 'group:nowhere' };
    entries.splice(0, 2, entries[1]!, entries[0]!);
    const problems = validateTaxonomyEntries(entries);
    expect(problems).toContainEqual({
      file: 'taxonomy.json',
      path: '$.entries[2].parent',
      message: 'parent "group:nowhere" is not an entry of the taxonomy',
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: '$.entries[0].parent', message: expect.stringContaining('must come before') }),
    );
  });

  it('reports a relation to an entry that does not exist', () => {
    const entries = valid();
    entries[3]!.relations.push({ type: 'related', target: 'state:sylvania' });
    expect(validateTaxonomyEntries(entries)).toEqual([
      {
        file: 'taxonomy.json',
        path: '$.entries[3].relations[1].target',
        message: 'relation target "state:sylvania" is not an entry of the taxonomy',
      },
    ]);
  });

  it('reports a parent cycle once', () => {
    const entries = [entry('group:a', 'group:b'), entry('group:b', 'group:a'), entry('group:c', 'group:c')];
    const problems = validateTaxonomyEntries(entries);
    expect(problems.filter((problem) => problem.message.startsWith('parent cycle'))).toEqual([
      {
        file: 'taxonomy.json',
        path: '$.entries[0].parent',
        message: 'parent cycle: group:a → group:b → group:a; these entries are shown at the top level',
      },
    ]);
    expect(problems).toContainEqual(
      expect.objectContaining({ path: '$.entries[2].parent', message: 'entry "group:c" is its own parent' }),
    );
  });

  it('reports fields of the wrong shape without throwing, as read from a broken file', () => {
    const broken = [
      null,
      { id: 'State:X', kind: 'state', name: '', parent: 7, aliases: 'x', description: 1, facts: [], relations: {} },
      {
        ...entry('state:ok', null),
        aliases: [''],
        facts: { seat: 3 },
        relations: [{ type: 'likes', target: 'state:ok', years: ['1999'] }],
      },
    ] as unknown as TaxonomyEntry[];
    const paths = validateTaxonomyEntries(broken).map((problem) => problem.path);
    expect(paths).toEqual([
      '$.entries[0]',
      '$.entries[1].id',
      '$.entries[1].name',
      '$.entries[1].parent',
      '$.entries[1].aliases',
      '$.entries[1].description',
      '$.entries[1].facts',
      '$.entries[1].relations',
      '$.entries[2].aliases[0]',
      '$.entries[2].facts.seat',
      '$.entries[2].relations[0].type',
      '$.entries[2].relations[0].years',
    ]);
    expect(validateTaxonomyEntries('nope' as unknown as TaxonomyEntry[])).toEqual([
      { file: 'taxonomy.json', path: '$.entries', message: 'expected an array of taxonomy entries' },
    ]);
  });

  it('names the file it is given', () => {
    const entries = [entry('group:a', 'group:missing')];
    expect(validateTaxonomyEntries(entries, 'other/taxonomy.json')[0]!.file).toBe('other/taxonomy.json');
  });
});
