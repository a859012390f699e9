import { Text } from 'ink';
import { memo, type ReactNode } from 'react';
import { cellWidth, fitCells, truncateCells } from '../../text/cell-text.js';
import { splitByRanges } from '../layout/match-ranges.js';
import type { TextStyle, Theme } from '../theme.js';
import { useTheme } from '../theme-context.js';

/** One line of text, never wrapped: anything past the width is cut. */
export function Line({ children, style }: { children?: ReactNode; style?: TextStyle }): ReactNode {
  return (
    <Text wrap="truncate-end" {...style}>
      {children ?? ' '}
    </Text>
  );
}

/**
 * A selectable row: the selection is marked by a symbol (so it shows without colour) and by the
 * theme's selection style.
 */
// Memoised: a move of the selection changes two rows of a screenful, and only they re-render.
export const SelectableRow = memo(function SelectableRow({
  text,
  selected,
  width,
}: {
  text: string;
  selected: boolean;
  width: number;
}): ReactNode {
  const theme = useTheme();
  if (!selected) return <Line>{truncateCells(`  ${text}`, width).trimEnd()}</Line>;
  // Only the selected row is padded, so its bar spans the width; Ink's cost grows with every
  // character drawn, and trailing spaces on the other rows would show nothing.
  return <Line style={theme.selected}>{fitCells(`${theme.selectionMark} ${text}`, width)}</Line>;
});

/** Cells <Highlighted> takes: the text plus the theme's brackets around each match. */
export function highlightedWidth(text: string, ranges: readonly (readonly [number, number])[], theme: Theme): number {
  const matches = splitByRanges(text, ranges).filter((segment) => segment.highlighted).length;
  return cellWidth(text) + matches * cellWidth(theme.matchOpen + theme.matchClose);
}

/** Text with [start, end) ranges highlighted (search matches). */
export function Highlighted({
  text,
  ranges,
  current = false,
}: {
  text: string;
  ranges: readonly (readonly [number, number])[];
  current?: boolean;
}): ReactNode {
  const theme = useTheme();
  const style = current ? theme.currentMatch : theme.match;
  return (
    <>
      {splitByRanges(text, ranges).map((segment, index) =>
        segment.highlighted ? (
          <Text key={index} {...style}>
            {theme.matchOpen + segment.text + theme.matchClose}
          </Text>
        ) : (
          <Text key={index}>{segment.text}</Text>
        ),
      )}
    </>
  );
}
