import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { cellWidth, truncateCells } from '../../text/cell-text.js';
import type { Hint } from '../keymap.js';
import { useTheme } from '../theme-context.js';

/**
 * The bottom line: key hints from the keymap (those that act on the current screen) on the
 * left, the position on the right. A prompt (article find) replaces the hints while it is typed.
 */
export function StatusBar({
  hints,
  position,
  width,
  prompt,
}: {
  hints: readonly Hint[];
  position: string;
  width: number;
  prompt?: string;
}): ReactNode {
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
  const shown = fitHints(hints, room);
  const parts = shown.map((hint, index) => (
    <Text key={hint.label}>
      {index > 0 ? '  ' : ''}
      <Text {...theme.statusKey}>{hint.keys}</Text>
      <Text {...theme.status}> {hint.label}</Text>
    </Text>
  ));
  const used = hintsWidth(shown);
  return (
    <Box width={width}>
      {parts}
      <Text>{' '.repeat(Math.max(0, room - used))}</Text>
      <Text {...theme.status}>{right}</Text>
    </Box>
  );
}

const hintsWidth = (hints: readonly Hint[]): number =>
  hints.reduce((sum, hint, index) => sum + cellWidth(`${hint.keys} ${hint.label}`) + (index > 0 ? 2 : 0), 0);

/** The hints that fit in order; when some must go, `? help` stays, since it leads to every key. */
function fitHints(hints: readonly Hint[], room: number): Hint[] {
  const leading = (list: readonly Hint[], space: number): Hint[] => {
    const out: Hint[] = [];
    for (const hint of list) {
      if (hintsWidth([...out, hint]) > space) break;
      out.push(hint);
    }
    return out;
  };
  const all = leading(hints, room);
  const help = hints.find((hint) => hint.action === 'help');
  if (all.length === hints.length || !help || all.includes(help)) return all;
  const others = leading(
    hints.filter((hint) => hint !== help),
    room - hintsWidth([help]) - 2,
  );
  return hintsWidth([help]) <= room ? [...others, help] : all;
}
