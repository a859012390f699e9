import type { ReactNode } from 'react';
import { Line } from '../../components/line.js';
import { useTheme } from '../../theme-context.js';
import type { ScreenViewProps } from '../screen-definition.js';
import type { HelpModel } from './model.js';

/** The help screen, generated from the keymap. */
export function HelpView({ model, height }: ScreenViewProps<unknown, HelpModel>): ReactNode {
  const theme = useTheme();
  const lines = model.lines.slice(model.scroll, model.scroll + height).map((line, i) => (
    <Line key={i} style={line.heading ? theme.heading : undefined}>
      {line.text || ' '}
    </Line>
  ));
  for (let i = lines.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines}</>;
}
