import { BINDINGS, CONTEXT_TITLES, type KeyContext } from '../keymap.js';
import { cellWidth, fitCells } from '../layout/cell-text.js';

/** One line of the help screen. */
export interface HelpLine {
  text: string;
  heading: boolean;
}

const CONTEXT_ORDER: KeyContext[] = ['global', 'list', 'entity', 'article', 'text-entry'];

const QUERY_SYNTAX: [string, string][] = [
  ['word pre', 'words, the last one as a prefix; typos are forgiven'],
  ['"exact phrase"', 'the words in this order'],
  ['-word', 'leave out releases with this word'],
  ['country:italy', 'releases about a State (name or alias)'],
  ['field:trafficking', 'releases in a field of work'],
  ['source:odihr', 'releases from a structure or institution'],
  ['type:"press release"', 'one content type'],
  ['year:2017  year:2015..2017', 'one year or a range'],
];

/** The help screen: every binding of the keymap by context, then the search syntax. */
export function helpLines(): HelpLine[] {
  const lines: HelpLine[] = [];
  const keyWidth = Math.max(
    ...BINDINGS.map((b) => cellWidth(b.keys.map((k) => k.label).join(' '))),
    ...QUERY_SYNTAX.map(([k]) => cellWidth(k)),
  );
  for (const context of CONTEXT_ORDER) {
    const section: [string, string][] = BINDINGS.filter((b) => b.context === context).map((b) => [
      b.keys.map((k) => k.label).join(' '),
      b.help,
    ]);
    lines.push({ text: CONTEXT_TITLES[context], heading: true });
    for (const [keys, help] of section) lines.push({ text: `  ${fitCells(keys, keyWidth)}  ${help}`, heading: false });
    lines.push({ text: '', heading: false });
  }
  lines.push({ text: 'Search syntax', heading: true });
  for (const [example, help] of QUERY_SYNTAX) lines.push({ text: `  ${fitCells(example, keyWidth)}  ${help}`, heading: false });
  return lines;
}
