import type { ReactNode } from 'react';
import { wrapText } from '../../article/wrap-text.js';
import type { Catalog } from '../../catalog/types.js';
import { entryName } from '../../text/labels.js';
import { formatCount } from '../layout/virtual-window.js';
import { cellWidth } from '../layout/cell-text.js';
import type { Screen } from '../navigation.js';
import { layoutEntity } from '../screens/entity-model.js';
import { useTheme } from '../theme-context.js';
import { useUser } from '../user-context.js';
import { useUnreadCount } from '../hooks/use-unread-count.js';
import { Line } from './line.js';
import { ReleaseTable } from './release-table.js';

/** An entity page: what it is, its facts, a per-year chart, filters and its releases. */
export function EntityView({ screen, catalog, width, height }: { screen: Extract<Screen, { kind: 'entity' }>; catalog: Catalog; width: number; height: number }): ReactNode {
  const theme = useTheme();
  const layout = layoutEntity(catalog, screen, width, height);
  const user = useUser();
  const unread = useUnreadCount(catalog, layout?.filter, user?.readIds);
  if (!layout) return <Line style={theme.warning}>This entry is not in the bundle&apos;s taxonomy.</Line>;
  const lines: ReactNode[] = [
    <Line key="title" style={theme.heading}>
      {user?.bookmarked.has(`entity:${screen.entryId}`) ? `★ ${layout.title}` : layout.title}
    </Line>,
    ...layout.info.map((text, i) => <Line key={`info${i}`}>{text}</Line>),
  ];
  if (layout.chart) {
    const peak = `max ${formatCount(layout.chart.max)} a year`;
    layout.chart.rows.forEach((row, i) => {
      lines.push(
        <Line key={`chart${i}`} style={theme.chart}>
          {`  ${row}`}
        </Line>,
      );
    });
    const axis = `  ${layout.chart.axis}`;
    lines.push(
      <Line key="axis" style={theme.muted}>
        {cellWidth(axis) + cellWidth(peak) + 3 <= width ? `${axis}   ${peak}` : axis}
      </Line>,
    );
  }
  if (layout.entityTotal === 0) {
    wrapText(`No releases of ${entryName(layout.entry)} in this bundle.`, width).forEach((text, i) => {
      lines.push(<Line key={`none${i}`}>{text}</Line>);
    });
  } else {
    lines.push(
      <Line key="filters" style={theme.muted}>
        {unread === undefined ? layout.filterLine : `${layout.filterLine} · ${formatCount(unread)} unread`}
      </Line>,
    );
    if (layout.total === 0) {
      lines.push(<Line key="nomatch">No releases match these filters (c clears them).</Line>);
    } else {
      const { scroll, selected } = layout.list;
      const rows = catalog.list(layout.filter, scroll, layout.listHeight);
      lines.push(<ReleaseTable key="table" rows={rows} scroll={scroll} selected={selected} width={width} height={layout.listHeight} />);
    }
  }
  // Never more lines than the body has: the frame is not clipped.
  return <>{lines.slice(0, height)}</>;
}
