import type { ReactNode } from 'react';
import { wrapText } from '../../article/wrap-text.js';
import { preferenceDefinition } from '../../state/preferences.js';
import { fitCells } from '../layout/cell-text.js';
import { SETTING_KEYS, settingRow, type SettingsScreen } from '../screens/settings-model.js';
import { useTheme } from '../theme-context.js';
import { useUser } from '../user-context.js';
import { Line, SelectableRow } from './line.js';

/** Settings: theme and reading width, changed in place with Enter/→/+ and -. */
export function SettingsView({ screen, width, height, colourForcedOff }: { screen: SettingsScreen; width: number; height: number; colourForcedOff: boolean }): ReactNode {
  const theme = useTheme();
  const user = useUser();
  const lines: ReactNode[] = [
    <Line key="title" style={theme.heading}>
      Settings
    </Line>,
  ];
  if (user) {
    SETTING_KEYS.forEach((key, i) => {
      const row = settingRow(key, user.preferences);
      lines.push(<SelectableRow key={key} text={`${fitCells(row.label, 16)}  ${row.value}`} selected={i === screen.list.selected} width={width} />);
    });
    const selectedKey = SETTING_KEYS[screen.list.selected];
    const definition = selectedKey ? preferenceDefinition(selectedKey) : undefined;
    const notes = [
      ...(definition ? [`${definition.description}: ${definition.allowed}`] : []),
      'Enter, → or + next value · - previous value · saved at once',
      ...(colourForcedOff ? ['Colour is off (NO_COLOR or --no-color): the screen stays plain.'] : []),
    ].flatMap((note) => wrapText(note, width));
    // The blank line before the notes goes first when a small terminal needs the room.
    if (lines.length + 1 + notes.length <= height) lines.push(<Line key="gap" />);
    notes.forEach((note, i) => lines.push(<Line key={`note${i}`} style={theme.muted}>{note}</Line>));
  }
  for (let i = lines.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines.slice(0, height)}</>;
}
