import type { ReactNode } from 'react';
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
    lines.push(<Line key="gap" />);
    if (definition) lines.push(<Line key="help" style={theme.muted}>{`${definition.description}: ${definition.allowed}`}</Line>);
    lines.push(<Line key="keys" style={theme.muted}>Enter, → or + next value · - previous value · saved at once</Line>);
    if (colourForcedOff) lines.push(<Line key="mono" style={theme.muted}>Colour is off (NO_COLOR or --no-color): the screen stays plain.</Line>);
  }
  for (let i = lines.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines.slice(0, height)}</>;
}
