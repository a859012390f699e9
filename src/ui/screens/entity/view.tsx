import type { ReactNode } from 'react';
import { wrapText } from '../../../article/wrap-text.js';
import { cellWidth } from '../../../text/cell-text.js';
import { formatCount } from '../../../text/format-count.js';
import { entryName } from '../../../text/labels.js';
import { Line } from '../../components/line.js';
import { ReleaseTable } from '../../components/release-table.js';
import { useTheme } from '../../theme-context.js';
import type { ScreenViewProps } from '../screen-definition.js';
import type { EntityModel } from './model.js';

/** An entity page: what it is, its facts, a per-year chart, filters and its releases. */
export function EntityView({ model, width, height }: ScreenViewProps<unknown, EntityModel | undefined>): ReactNode {
  const theme = useTheme();
  if (!model) return <Line style={theme.warning}>This entry is not in the bundle&apos;s taxonomy.</Line>;
  const lines: ReactNode[] = [
    <Line key="title" style={theme.heading}>
      {model.bookmarked ? `★ ${model.title}` : model.title}
    </Line>,
    ...model.info.map((text, i) => <Line key={`info${i}`}>{text}</Line>),
  ];
  if (model.chart) {
    const peak = `max ${formatCount(model.chart.max)} a year`;
    model.chart.rows.forEach((row, i) => {
      lines.push(
        <Line key={`chart${i}`} style={theme.chart}>
          {`  ${row}`}
        </Line>,
      );
    });
    const axis = `  ${model.chart.axis}`;
    lines.push(
      <Line key="axis" style={theme.muted}>
        {cellWidth(axis) + cellWidth(peak) + 3 <= width ? `${axis}   ${peak}` : axis}
      </Line>,
    );
  }
  if (model.entityTotal === 0) {
    wrapText(`No releases of ${entryName(model.entry)} in this bundle.`, width).forEach((text, i) => {
      lines.push(<Line key={`none${i}`}>{text}</Line>);
    });
  } else {
    lines.push(
      <Line key="filters" style={theme.muted}>
        {model.unread === undefined ? model.filterLine : `${model.filterLine} · ${formatCount(model.unread)} unread`}
      </Line>,
    );
    if (model.total === 0) {
      lines.push(<Line key="nomatch">No releases match these filters (c clears them).</Line>);
    } else {
      const { scroll, selected } = model.list;
      lines.push(
        <ReleaseTable
          key="table"
          rows={model.rows}
          scroll={scroll}
          selected={selected}
          width={width}
          height={model.listHeight}
        />,
      );
    }
  }
  // Never more lines than the body has: the frame is not clipped.
  return <>{lines.slice(0, height)}</>;
}
