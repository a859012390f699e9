import type { ReactNode } from 'react';
import type { Catalog } from '../../catalog/types.js';
import { clean, entryName } from '../../text/labels.js';
import { cellWidth, fitCells, truncateCells } from '../layout/cell-text.js';
import { fitWindow, formatCount } from '../layout/virtual-window.js';
import type { Screen } from '../navigation.js';
import { listHeight } from '../screens/list-screen-keys.js';
import { homeRows, menuRows, type MenuRow } from '../screens/menu-model.js';
import { useTheme } from '../theme-context.js';
import { useUser } from '../user-context.js';
import { Line, SelectableRow } from './line.js';

/** Home and the menus: a title line, then rows with their release counts on the right. */
export function MenuView({ screen, catalog, width, height }: { screen: Extract<Screen, { kind: 'home' | 'menu' }>; catalog: Catalog; width: number; height: number }): ReactNode {
  const theme = useTheme();
  const user = useUser();
  const rows = screen.kind === 'home' ? homeRows(catalog, user) : menuRows(catalog, screen.entryId);
  const title =
    screen.kind === 'home'
      ? `${clean(catalog.title)} · ${formatCount(catalog.totalReleases)} ${catalog.totalReleases === 1 ? 'release' : 'releases'}`
      : entryName(catalog.taxonomy.get(screen.entryId));
  const visible = listHeight(height);
  const { selected, scroll } = fitWindow(screen.list, rows.length, visible);
  const lines: ReactNode[] = [
    <Line key="title" style={theme.heading}>
      {title}
    </Line>,
  ];
  rows.slice(scroll, scroll + visible).forEach((row, i) => {
    lines.push(<SelectableRow key={i} text={menuRowText(row, width - 2)} selected={scroll + i === selected} width={width} />);
  });
  for (let i = lines.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines}</>;
}

/** "Countries  Participating States, …   12": label, muted detail, count right-aligned. */
export function menuRowText(row: Pick<MenuRow, 'label' | 'shortLabel' | 'detail' | 'count'>, width: number): string {
  const count = row.count === undefined ? '' : formatCount(row.count);
  const countWidth = Math.max(6, cellWidth(count));
  const labelRoom = Math.max(1, width - countWidth - 1);
  const wording = cellWidth(row.label) > labelRoom && row.shortLabel !== undefined ? row.shortLabel : row.label;
  const label = truncateCells(wording, labelRoom);
  const detailRoom = labelRoom - cellWidth(label) - 3;
  const detail = row.detail && detailRoom > 8 ? `   ${truncateCells(row.detail, detailRoom)}` : '';
  return fitCells(label + detail, labelRoom) + ' ' + ' '.repeat(countWidth - cellWidth(count)) + count;
}
