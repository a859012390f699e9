import { Box, Text } from 'ink';
import type { ReactNode } from 'react';

const BAR_WIDTH = 30;

/**
 * The progress bar shown while the search index is being built (first start after an import).
 * Only the share is shown: the units of `done`/`total` are the index builder's own steps.
 */
export function LoadingView({ done, total }: { done: number; total: number }): ReactNode {
  const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const filled = Math.round(fraction * BAR_WIDTH);
  return (
    <Box flexDirection="column">
      <Text>Building the search index (first start after an import)…</Text>
      <Text>
        {'█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled)} {Math.round(fraction * 100)}%
      </Text>
    </Box>
  );
}
