import type { ReactNode } from 'react';
import { wrapText } from '../../article/wrap-text.js';
import type { Catalog } from '../../catalog/types.js';
import { dateLabel, clean, entryName, kindLabel } from '../../text/labels.js';
import { fitCells } from '../layout/cell-text.js';
import { fitWindow, formatCount } from '../layout/virtual-window.js';
import { listHeight } from '../screens/list-screen-keys.js';
import { savedRows, savedTitle, type SavedRow, type SavedScreen } from '../screens/saved-model.js';
import { useTheme } from '../theme-context.js';
import { releaseMarks, useUser } from '../user-context.js';
import type { UserSnapshot } from '../user-store.js';
import { Line, SelectableRow } from './line.js';

const EMPTY_TEXT: Record<SavedScreen['which'], string> = {
  recent: 'Nothing read yet: releases you open are listed here.',
  bookmarks: 'No bookmarks yet: press m on a release, M on an entity page.',
  synced: 'The last osce-tui sync added nothing that this bundle still has.',
};

/** Bookmarks, Recently read or New since last sync: releases (date, type, title) and entries (name, kind). */
export function SavedListView({ screen, catalog, width, height }: { screen: SavedScreen; catalog: Catalog; width: number; height: number }): ReactNode {
  const theme = useTheme();
  const user = useUser();
  const rows = savedRows(screen.which, user);
  const visible = listHeight(height);
  const { selected, scroll } = fitWindow(screen.list, rows.length, visible);
  const empty = EMPTY_TEXT[screen.which];
  // The empty list's explanation wraps: cut, it would hide the key that fills the list.
  const title = rows.length > 0 ? [`${savedTitle(screen.which)} · ${formatCount(rows.length)}`] : wrapText(empty, width);
  const lines: ReactNode[] = title.map((line, i) => (
    <Line key={`title${i}`} style={theme.heading}>
      {line}
    </Line>
  ));
  rows.slice(scroll, scroll + visible).forEach((row, i) => {
    lines.push(<SelectableRow key={`${row.kind}:${row.id}`} text={savedRowText(row, catalog, user!, width - 2)} selected={scroll + i === selected} width={width} />);
  });
  for (let i = lines.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines}</>;
}

function savedRowText(row: SavedRow, catalog: Catalog, user: UserSnapshot, width: number): string {
  if (row.kind === 'entity') {
    const entry = catalog.taxonomy.get(row.id);
    const name = entry ? `${entryName(entry)} (${kindLabel(entry.kind)})` : `${clean(row.id)} (not in this bundle)`;
    return `${user.bookmarked.has(`entity:${row.id}`) ? ' ★' : '  '}${name}`;
  }
  const release = catalog.get(row.id);
  const marks = releaseMarks(user, row.id);
  if (!release) return `${marks}${fitCells('', 10)}  ${clean(row.id)} (not in this bundle)`;
  const type = width >= 60 ? `${fitCells(clean(release.type), 14)}  ` : '';
  return `${marks}${fitCells(dateLabel(release.date), 10)}  ${type}${clean(release.title)}`;
}
