import { describe, expect, it } from 'vitest';
import type { TaxonomyEntry } from '../../src/bundle/types.js';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';
import { parseSeedMenu, readSeedPage } from './seed-menu.js';

const taxonomy = new Taxonomy(buildTaxonomyEntries());
const menu = parseSeedMenu(readSeedPage());

const SECTION_IDS: Record<string, string> = {
  'Our work': 'section:our-work',
  Countries: 'section:countries',
  'Structures and institutions': 'section:structures-and-institutions',
};

const HEADING_IDS: Record<string, string> = {
  'Fields of work': 'group:fields-of-work',
  'Meetings and conferences': 'group:meetings-and-conferences',
  Countries: 'section:countries',
  'Participating States': 'group:participating-states',
  'Structures and institutions': 'section:structures-and-institutions',
  Secretariat: 'body:secretariat',
  'Field operations': 'group:field-operations',
};

/** The entry a menu link stands for, looked up by its exact name inside its section. */
function entryForMenuLine(text: string, section: string): TaxonomyEntry | undefined {
  if (text === 'About us') return taxonomy.roots().find((entry) => entry.name === text);
  const sectionId = SECTION_IDS[section]!;
  return taxonomy.descendants(sectionId).find((entry) => entry.name === text);
}

describe('the taxonomy against the seed menu', () => {
  it('reads the whole menu of the seed page', () => {
    expect(menu).toHaveLength(133);
    expect(menu[0]).toMatchObject({ text: 'Arms control', section: 'Our work', heading: 'Fields of work' });
    expect(menu.at(-1)).toMatchObject({ text: 'About us', heading: 'Field operations' });
  });

  it('has the three sections and "About us" at the top, in menu order', () => {
    expect(taxonomy.roots().map((entry) => entry.id)).toEqual([
      'section:our-work',
      'section:countries',
      'section:structures-and-institutions',
      'page:about-us',
    ]);
  });

  it('has every menu link as an entry, in its place and in menu order', () => {
    let previousIndex = -1;
    const missing: string[] = [];
    for (const { line, text, section, heading } of menu) {
      if (text === 'All') continue; // a link to the Countries section itself, not an entry
      const name = text.replace(/ – OSCE Chairpersonship \d{4}$/, '');
      const entry = entryForMenuLine(name, section);
      if (!entry) {
        missing.push(`line ${line}: ${text}`);
        continue;
      }
      // The dump prints siblings of a heading's list at its end ("Institutions" after the
      // Secretariat's units, "About us" after the field operations), so the place is the
      // heading's entry, its section, or the top level for "About us".
      const places = [HEADING_IDS[heading], SECTION_IDS[section], ...(text === 'About us' ? [null] : [])];
      expect(places, `line ${line}: ${text} has parent ${entry.parent}`).toContain(entry.parent);
      const index = taxonomy.entries.indexOf(entry);
      expect(index, `line ${line}: ${text} is out of menu order`).toBeGreaterThan(previousIndex);
      previousIndex = index;
    }
    expect(missing).toEqual([]);
  });

  it('lists the 57 participating States exactly as the menu does', () => {
    const menuStates = menu
      .filter((line) => line.heading === 'Participating States' && !line.text.includes('Partners'))
      .map((line) => line.text.replace(/ – .*$/, ''));
    const states = taxonomy.children('group:participating-states');
    expect(states).toHaveLength(57);
    expect(states.map((state) => state.name)).toEqual(menuStates);
    expect(states.every((state) => state.kind === 'state' && state.description === 'OSCE participating State')).toBe(
      true,
    );
  });

  it('reads "Finland – OSCE Chairpersonship 2025" as the State Finland that chairs in 2025', () => {
    const finland = taxonomy.get('state:finland')!;
    expect(finland.name).toBe('Finland');
    expect(finland.relations).toContainEqual({
      type: 'chaired',
      target: 'chairpersonship:chairpersonship',
      years: [2008, 2025],
    });
  });

  it('puts the twelve open field operations under "Field operations" with their menu names', () => {
    const menuOperations = menu
      .filter((line) => line.heading === 'Field operations' && line.section === 'Structures and institutions')
      .map((line) => line.text)
      .slice(0, 12);
    const operations = taxonomy.children('group:field-operations').filter((entry) => entry.kind === 'field-operation');
    expect(operations.map((operation) => operation.name)).toEqual(menuOperations);
    expect(operations.every((operation) => operation.facts.status === 'open')).toBe(true);
  });

  it('files "Closed field activities" under "Field operations", after the open ones, as the menu prints it', () => {
    const children = taxonomy.children('group:field-operations');
    expect(children.at(-1)!.id).toBe('group:closed-field-activities');
    expect(taxonomy.get('group:closed-field-activities')!.parent).toBe('group:field-operations');
    const closed = taxonomy.children('group:closed-field-activities');
    expect(closed.map((operation) => operation.id)).toContain('field-operation:mission-to-georgia');
    const everyOperation = taxonomy
      .descendants('group:field-operations')
      .filter((entry) => entry.kind === 'field-operation');
    expect(everyOperation).toHaveLength(12 + closed.length);
    expect(taxonomy.children('section:structures-and-institutions').map((entry) => entry.id)).not.toContain(
      'group:closed-field-activities',
    );
  });
});
