import type { ReactNode } from 'react';
import { fitCells } from '../../../text/cell-text.js';
import { Line, SelectableRow } from '../../components/line.js';
import { useTheme } from '../../theme-context.js';
import type { ScreenViewProps } from '../screen-definition.js';
import type { TimelineModel } from './model.js';

/** The legend and column header, then a selectable row per year. */
export function TimelineView({ model, width, height }: ScreenViewProps<unknown, TimelineModel>): ReactNode {
  const theme = useTheme();
  const { selected, scroll } = model.window;
  const lines: ReactNode[] = model.head.map((text, i) => (
    <Line key={`head${i}`} style={i === model.head.length - 1 ? theme.muted : theme.heading}>
      {fitCells(text, width)}
    </Line>
  ));
  const rows = model.layout.rows.slice(scroll, scroll + Math.max(0, height - lines.length));
  if (model.layout.rows.length === 0) lines.push(<Line key="none">No dated releases in this bundle.</Line>);
  for (const [i, row] of rows.entries())
    lines.push(<SelectableRow key={row.year} text={row.text} selected={scroll + i === selected} width={width} />);
  for (let i = lines.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines.slice(0, height)}</>;
}
