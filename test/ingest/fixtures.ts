import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildTaxonomyEntries } from '../../src/taxonomy/build-taxonomy.js';
import { Taxonomy } from '../../src/taxonomy/taxonomy.js';

/** Folder of the fictional fixture pages. */
export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
/** The seed page, as the repository keeps it. */
export const SEED_FILE = fileURLToPath(new URL('../../data/pages/000_b7fadee1655420b1.txt', import.meta.url));

/** The text of a fixture page. */
export function fixturePage(name: string): string {
  return readFileSync(PAGES_DIR + name, 'utf8');
}

/** Names of every fixture page. */
export function fixtureNames(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/** The seed page's text. */
export function seedPage(): string {
  return readFileSync(SEED_FILE, 'utf8');
}

/** The project's real taxonomy. */
export function realTaxonomy(): Taxonomy {
  return new Taxonomy(buildTaxonomyEntries());
}
