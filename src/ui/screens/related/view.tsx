import type { ReactNode } from 'react';
import { fitCells } from '../../../text/cell-text.js';
import { Line } from '../../components/line.js';
import { ReleaseTable } from '../../components/release-table.js';
import { useTheme } from '../../theme-context.js';
import type { ScreenViewProps } from '../screen-definition.js';
import type { RelatedModel } from './model.js';

/** The related releases under a title line naming the release they relate to. */
export function RelatedView({ model, width, height }: ScreenViewProps<unknown, RelatedModel>): ReactNode {
  const theme = useTheme();
  const { selected, scroll } = model.window;
  // Title, column header, then the rows.
  const visible = Math.max(1, height - 2);
  return (
    <>
      <Line style={theme.heading}>{fitCells(model.title, width)}</Line>
      {model.rows.length === 0 ? (
        <Line style={theme.muted}>{fitCells('Nothing related in this bundle.', width)}</Line>
      ) : (
        <ReleaseTable
          rows={model.rows.slice(scroll, scroll + visible)}
          scroll={scroll}
          selected={selected}
          width={width}
          height={visible}
        />
      )}
      {Array.from({ length: model.rows.length === 0 ? Math.max(0, height - 2) : 0 }, (_, i) => (
        <Line key={`pad${i}`} />
      ))}
    </>
  );
}
