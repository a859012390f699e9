import type { ReactNode } from 'react';
import { fitScroll } from '../layout/virtual-window.js';
import { helpLines } from '../screens/help-model.js';
import { useTheme } from '../theme-context.js';
import { Line } from './line.js';

/** The help screen, generated from the keymap. */
export function HelpView({ scroll, width, height }: { scroll: number; width: number; height: number }): ReactNode {
  const theme = useTheme();
  const all = helpLines(width);
  const top = fitScroll(scroll, all.length, height);
  const lines = all
    .slice(top, top + height)
    .map((line, i) => (
      <Line key={i} style={line.heading ? theme.heading : undefined}>
        {line.text || ' '}
      </Line>
    ));
  for (let i = lines.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines}</>;
}
