import type { ReactNode } from 'react';
import { fitCells } from '../../../text/cell-text.js';
import { Line, SelectableRow } from '../../components/line.js';
import { useTheme } from '../../theme-context.js';
import type { ScreenViewProps } from '../screen-definition.js';
import type { SettingsModel } from './model.js';
import type { SettingsScreen } from './state.js';

/** Settings: theme and reading width, changed in place with Enter/→/+ and -. */
export function SettingsView({
  screen,
  model,
  width,
  height,
}: ScreenViewProps<SettingsScreen, SettingsModel>): ReactNode {
  const theme = useTheme();
  const lines: ReactNode[] = [
    <Line key="title" style={theme.heading}>
      Settings
    </Line>,
  ];
  if (model.rows.length > 0) {
    model.rows.forEach((row, i) => {
      lines.push(
        <SelectableRow
          key={row.key}
          text={`${fitCells(row.label, 16)}  ${row.value}`}
          selected={i === screen.list.selected}
          width={width}
        />,
      );
    });
    // The blank line before the notes goes first when a small terminal needs the room.
    if (lines.length + 1 + model.notes.length <= height) lines.push(<Line key="gap" />);
    model.notes.forEach((note, i) => {
      lines.push(
        <Line key={`note${i}`} style={theme.muted}>
          {note}
        </Line>,
      );
    });
  }
  for (let i = lines.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines.slice(0, height)}</>;
}
