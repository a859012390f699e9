import type { ReactNode } from 'react';
import { helpLines } from '../screens/help-model.js';
import { useTheme } from '../theme-context.js';
import { Line } from './line.js';

/** The help screen, generated from the keymap. */
export function HelpView({ scroll, width, height }: { scroll: number; width: number; height: number }): ReactNode {
  const theme = useTheme();
  const lines = helpLines(width)
    .slice(scroll, scroll + height)
    .map((line, i) => (
      <Line key={i} style={line.heading ? theme.heading : undefined}>
        {line.text || ' '}
      </Line>
    ));
  for (let i = lines.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines}</>;
}
