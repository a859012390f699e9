import type { ReactNode } from 'react';
import { cellWidth, fitCells, truncateCells } from '../../../text/cell-text.js';
import { formatCount } from '../../../text/format-count.js';
import { Line, SelectableRow } from '../../components/line.js';
import { useTheme } from '../../theme-context.js';
import { listHeight } from '../list-keys.js';
import type { ScreenViewProps } from '../screen-definition.js';
import type { MenuRow } from './menu-rows.js';
import type { MenuModel } from './model.js';

/** Home and the menus: a title line, then rows with their release counts on the right. */
export function MenuView({ model, width, height }: ScreenViewProps<unknown, MenuModel>): ReactNode {
  const theme = useTheme();
  const visible = listHeight(height);
  const { selected, scroll } = model.window;
  const lines: ReactNode[] = [
    <Line key="title" style={theme.heading}>
      {model.title}
    </Line>,
  ];
  model.rows.slice(scroll, scroll + visible).forEach((row, i) => {
    lines.push(
      <SelectableRow key={i} text={menuRowText(row, width - 2)} selected={scroll + i === selected} width={width} />,
    );
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
  return `${fitCells(label + detail, labelRoom)} ${' '.repeat(countWidth - cellWidth(count))}${count}`;
}
