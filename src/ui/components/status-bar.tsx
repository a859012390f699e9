import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Hint } from '../keymap.js';
import { cellWidth, truncateCells } from '../layout/cell-text.js';
import { useTheme } from '../theme-context.js';

/**
 * The bottom line: key hints from the keymap (those that act on the current screen) on the
 * left, the position on the right. A prompt (article find) replaces the hints while it is typed.
 */
export function StatusBar({ hints, position, width, prompt }: { hints: readonly Hint[]; position: string; width: number; prompt?: string }): ReactNode {
  const theme = useTheme();
  const right = position ? ` ${position}` : '';
  const room = Math.max(0, width - cellWidth(right));
  if (prompt !== undefined) {
    const text = truncateCells(`/${prompt}▏`, room);
    return (
      <Box width={width}>
        <Text>{text + ' '.repeat(Math.max(0, room - cellWidth(text)))}</Text>
        <Text {...theme.status}>{right}</Text>
      </Box>
    );
  }
  const parts: ReactNode[] = [];
  let used = 0;
  for (const hint of hints) {
    const piece = `${hint.keys} ${hint.label}`;
    const cost = cellWidth(piece) + (parts.length > 0 ? 2 : 0);
    if (used + cost > room) break;
    parts.push(
      <Text key={hint.label}>
        {parts.length > 0 ? '  ' : ''}
        <Text {...theme.statusKey}>{hint.keys}</Text>
        <Text {...theme.status}> {hint.label}</Text>
      </Text>,
    );
    used += cost;
  }
  return (
    <Box width={width}>
      {parts}
      <Text>{' '.repeat(Math.max(0, room - used))}</Text>
      <Text {...theme.status}>{right}</Text>
    </Box>
  );
}
