import { Text } from 'ink';
import type { ReactNode } from 'react';
import { cellWidth, fitCells, truncateCells } from '../../../text/cell-text.js';
import { dateLabel, kindLabel, oneLine } from '../../../text/labels.js';
import { Highlighted, highlightedWidth, Line } from '../../components/line.js';
import type { Theme } from '../../theme.js';
import { useTheme } from '../../theme-context.js';
import { useUser } from '../../user-context.js';
import { releaseMarks } from '../../user-store.js';
import type { ScreenViewProps } from '../screen-definition.js';
import { type SearchModel, type SearchRow, searchListHeight } from './model.js';
import type { SearchScreen } from './state.js';

/** The search screen: the box, a summary, then names and releases, two lines each. */
export function SearchView({ screen, model, width, height }: ScreenViewProps<SearchScreen, SearchModel>): ReactNode {
  const theme = useTheme();
  const user = useUser();
  const { rows } = model;
  const visible = searchListHeight(height);
  const { selected, scroll } = model.window;
  const cursor = screen.editing ? '▏' : '';
  // The query is the reader's own typing, sanitized as it was typed (or resumed); its spaces are kept.
  const box = truncateCells(`Search: ${screen.query}${cursor}`, width);
  const lines: ReactNode[] = [
    <Line key="box" style={screen.editing ? theme.heading : undefined}>
      {box}
    </Line>,
    <Line key="summary" style={screen.results?.error ? theme.warning : theme.muted}>
      {model.summary}
    </Line>,
  ];
  rows.slice(scroll, scroll + visible).forEach((row, i) => {
    // The selected row is marked while the box has focus too: it is what Enter opens. Only the
    // list having focus gives it the selection bar.
    const selection: Selection = scroll + i !== selected ? 'none' : screen.editing ? 'marked' : 'focused';
    const marks = !user
      ? ''
      : row.kind === 'release'
        ? releaseMarks(user, row.hit.row.id)
        : user.bookmarked.has(`entity:${row.hit.entry.id}`)
          ? ' ★'
          : '  ';
    lines.push(...resultLines(row, selection, width, `${scroll + i}`, theme.selectionMark + marks, theme));
  });
  for (let i = lines.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines}</>;
}

/** How a result row shows the selection: not at all, by its mark, or by mark and bar. */
type Selection = 'none' | 'marked' | 'focused';

function resultLines(
  row: SearchRow,
  selection: Selection,
  width: number,
  key: string,
  mark: string,
  theme: Theme,
): ReactNode[] {
  // `mark` is the selection mark followed by the reader's marks (if any), kept in their column.
  const marks = mark.slice(1);
  const prefix = selection !== 'none' ? `${mark} ` : `${' '.repeat(mark.length - marks.length)}${marks} `;
  const selected = selection === 'focused';
  if (row.kind === 'entity') {
    const { entry, matched, highlights } = row.hit;
    const name = oneLine(entry.name);
    const alias = matched !== entry.name ? ` (${oneLine(matched)})` : '';
    const second = `    ${kindLabel(entry.kind)}${entry.description ? ` · ${oneLine(entry.description)}` : ''}`;
    // The matched alias is shown after the name in brackets: its ranges move by the " (".
    const aliasRanges = highlights.map(([s, e]) => [s + 2, e + 2] as [number, number]);
    const used =
      cellWidth(prefix) +
      (alias
        ? cellWidth(name) + highlightedWidth(alias, aliasRanges, theme)
        : highlightedWidth(name, highlights, theme));
    return [
      <ResultLine key={`${key}a`} selected={selected} room={width - used}>
        {prefix}
        {alias ? name : <Highlighted text={name} ranges={highlights} />}
        {alias ? <Highlighted text={alias} ranges={aliasRanges} /> : null}
      </ResultLine>,
      <Line key={`${key}b`}>{truncateCells(second, width)}</Line>,
    ];
  }
  const { row: release, titleHighlights, snippet, snippetHighlights } = row.hit;
  const lead = `${prefix}${fitCells(dateLabel(release.date), 10)}  ${width >= 60 ? `${fitCells(oneLine(release.type), 14)}  ` : ''}`;
  // Titles come sanitized from the index; highlights still show only on a title drawn exactly as
  // stored: without this guard a long hostile title's highlighted line came out wider than the
  // terminal (test/ui/hostile-browser.test.tsx). Cutting highlighted titles to the width first
  // would let the guard go.
  const title = oneLine(release.title);
  const titleRanges = title === release.title ? titleHighlights : [];
  // Snippets are cut and sanitized by the search engine, their highlights found in that text.
  return [
    <ResultLine
      key={`${key}a`}
      selected={selected}
      room={width - cellWidth(lead) - highlightedWidth(title, titleRanges, theme)}
    >
      {lead}
      <Highlighted text={title} ranges={titleRanges} />
    </ResultLine>,
    <Line key={`${key}b`}>
      {'    '}
      <Highlighted text={snippet} ranges={snippetHighlights} />
    </Line>,
  ];
}

/** A result's first line; selected, the bar is padded to the width (`room`: cells left over). */
function ResultLine({ children, selected, room }: { children: ReactNode; selected: boolean; room: number }): ReactNode {
  const theme = useTheme();
  return (
    <Text wrap="truncate-end" {...(selected ? theme.selected : {})}>
      {children}
      {selected ? ' '.repeat(Math.max(0, room)) : ''}
    </Text>
  );
}
