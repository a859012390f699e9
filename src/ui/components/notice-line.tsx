import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { osc8Link } from '../../state/terminal-links.js';
import { cellWidth, truncateCells } from '../../text/cell-text.js';
import { useTheme } from '../theme-context.js';
import type { Notice } from '../user-effects.js';

/**
 * The status line while a notice shows (a confirmation, a warning, a source link). A link's
 * label is cut to fit by us, so Ink never has to cut through the OSC 8 sequence.
 */
export function NoticeLine({ notice, width }: { notice: Notice; width: number }): ReactNode {
  const theme = useTheme();
  const room = Math.max(1, width - 1);
  const text = truncateCells(notice.text, room);
  if (notice.url === undefined) {
    return (
      <Box width={width}>
        <Text wrap="truncate-end" {...(notice.warning ? theme.warning : theme.status)}>
          {text}
        </Text>
      </Box>
    );
  }
  const label = truncateCells(notice.url, Math.max(1, room - cellWidth(text)));
  return (
    <Box width={width}>
      <Text {...theme.status}>{text}</Text>
      <Text>{osc8Link(notice.url, label)}</Text>
    </Box>
  );
}
