import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One link of the site menu as the seed page prints it. */
export interface MenuLine {
  /** 1-based line in the seed file. */
  line: number;
  text: string;
  /** The top-level heading it is under: "Our work", "Countries", "Structures and institutions". */
  section: string;
  /** The nearest heading ("Participating States", "Secretariat", ...). */
  heading: string;
}

const SECTIONS = new Set(['Our work', 'Countries', 'Structures and institutions']);

/** The seed page's text (the repo's copy in data/pages). */
export function readSeedPage(): string {
  return readFileSync(fileURLToPath(new URL('../../data/pages/000_b7fadee1655420b1.txt', import.meta.url)), 'utf8');
}

/**
 * The menu links of the seed page: "- " lines before the line "Press release". A heading is a
 * line that follows a bare "-" line.
 */
export function parseSeedMenu(page: string): MenuLine[] {
  const lines = page.split('\n');
  const end = lines.indexOf('Press release');
  const out: MenuLine[] = [];
  let section = '';
  let heading = '';
  for (let i = 0; i < end; i++) {
    const text = lines[i]!;
    if (text.startsWith('- ')) {
      out.push({ line: i + 1, text: text.slice(2).trim(), section, heading });
    } else if (text !== '-' && lines[i - 1] === '-') {
      heading = text.trim();
      if (SECTIONS.has(heading)) section = heading;
    }
  }
  return out;
}
