import type { ReactNode } from 'react';
import type { ReleaseRow } from '../../catalog/types.js';
import { fitCells } from '../../text/cell-text.js';
import { dateLabel, oneLine } from '../../text/labels.js';
import { useTheme } from '../theme-context.js';
import { useUser } from '../user-context.js';
import { releaseMarks } from '../user-store.js';
import { Line, SelectableRow } from './line.js';

const DATE_WIDTH = 10;
const TYPE_WIDTH = 14;

/** A release as one row of columns: date, type (when there is room), title. */
export function releaseRowText(row: ReleaseRow, width: number): string {
  const date = fitCells(dateLabel(row.date), DATE_WIDTH);
  const type = width >= 60 ? `${fitCells(oneLine(row.type), TYPE_WIDTH)}  ` : '';
  return `${date}  ${type}${oneLine(row.title)}`;
}

/** The column header matching releaseRowText. */
export function releaseHeaderText(width: number): string {
  return `  ${fitCells('Date', DATE_WIDTH)}  ${width >= 60 ? `${fitCells('Type', TYPE_WIDTH)}  ` : ''}Title`;
}

/**
 * The visible window of a release list: `rows` are only the rows on screen (fetched with
 * offset = scroll), so thousands of releases cost no more than a screenful.
 */
export function ReleaseTable({
  rows,
  scroll,
  selected,
  width,
  height,
}: {
  rows: ReleaseRow[];
  scroll: number;
  selected: number;
  width: number;
  height: number;
}): ReactNode {
  const theme = useTheme();
  // With the reader's state, a two-cell column in front marks unread (•) and bookmarked (★) rows.
  const user = useUser();
  const header = user ? `  ${releaseHeaderText(width - 2)}` : releaseHeaderText(width);
  const lines: ReactNode[] = [
    <Line key="header" style={theme.muted}>
      {header}
    </Line>,
  ];
  rows.forEach((row, i) => {
    const text = user ? releaseMarks(user, row.id) + releaseRowText(row, width - 4) : releaseRowText(row, width - 2);
    lines.push(<SelectableRow key={row.id} text={text} selected={scroll + i === selected} width={width} />);
  });
  for (let i = rows.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines}</>;
}
