import { wrapText } from '../../../article/wrap-text.js';
import { cellWidth, fitCells } from '../../../text/cell-text.js';
import { BINDINGS, CONTEXT_TITLES, type KeyContext } from '../../keymap.js';
import { fitScroll, movePager } from '../../layout/virtual-window.js';
import { isMove } from '../list-keys.js';
import { percentLabel } from '../percent-label.js';
import type { KeyEnvironment, KeyResult, ScreenEnvironment, ScreenKey } from '../screen-definition.js';
import type { HelpScreen } from './state.js';

/** One line of the help screen. */
export interface HelpLine {
  text: string;
  heading: boolean;
}

const CONTEXT_ORDER: KeyContext[] = [
  'global',
  'list',
  'entity',
  'timeline',
  'article',
  'text-entry',
  'settings',
  'pager',
];

const QUERY_SYNTAX: [string, string][] = [
  ['word pre', 'words, the last one as a prefix; typos are forgiven'],
  ['"exact phrase"', 'the words in this order'],
  ['-word', 'leave out releases with this word'],
  ['country:italy', 'releases about a State (name or alias)'],
  ['field:trafficking', 'releases in a field of work'],
  ['source:odihr', 'releases from a structure or institution'],
  ['type:"press release"', 'one content type'],
  ['year:2017', 'one year'],
  ['year:2015..2017', 'a range of years'],
];

/** The help screen at a width: every binding of the keymap by context, then the search syntax. */
export function helpLines(width: number): HelpLine[] {
  const sections: [string, [string, string][]][] = CONTEXT_ORDER.map((context) => [
    CONTEXT_TITLES[context],
    BINDINGS.filter((b) => b.context === context).map((b): [string, string] => [
      b.keys.map((k) => k.label).join(' '),
      b.help,
    ]),
  ]);
  sections.push(['Search syntax', QUERY_SYNTAX]);
  const widest = Math.max(...sections.flatMap(([, rows]) => rows.map(([keys]) => cellWidth(keys))));
  const keyWidth = Math.min(widest, Math.floor(width * 0.4));
  const indent = ' '.repeat(keyWidth + 4);
  const lines: HelpLine[] = [];
  for (const [title, rows] of sections) {
    if (lines.length > 0) lines.push({ text: '', heading: false });
    lines.push({ text: title, heading: true });
    for (const [keys, help] of rows) {
      // Keys wider than the column get a line of their own, the description under them.
      const lead = cellWidth(keys) <= keyWidth ? `  ${fitCells(keys, keyWidth)}  ` : null;
      if (lead === null) lines.push({ text: `  ${keys}`, heading: false });
      wrapText(help, Math.max(10, width - indent.length)).forEach((text, i) => {
        lines.push({ text: `${i === 0 && lead !== null ? lead : indent}${text}`, heading: false });
      });
    }
  }
  return lines;
}

/** The help screen laid out for a width, and its first visible line. */
export interface HelpModel {
  lines: HelpLine[];
  scroll: number;
  height: number;
}

/** The help screen at the body's size; the lines only change with the width. */
export function helpModel(screen: HelpScreen, env: ScreenEnvironment, previous?: { model: HelpModel }): HelpModel {
  const lines = previous?.model.lines ?? helpLines(env.columns);
  return { lines, scroll: fitScroll(screen.scroll, lines.length, env.bodyHeight), height: env.bodyHeight };
}

/** Keys of the help screen: it scrolls like a pager. */
export function helpKeys(screen: HelpScreen, model: HelpModel, { action }: ScreenKey, env: KeyEnvironment): KeyResult {
  if (!isMove(action)) return [];
  const scroll = movePager(model.scroll, action, model.lines.length, env.bodyHeight);
  return [{ type: 'replace', screen: { ...screen, scroll } }];
}

/** "42%": how far down the help the page reaches. */
export function helpPosition(_screen: HelpScreen, model: HelpModel): string {
  return percentLabel(model.scroll, model.height, model.lines.length);
}
