import type { ReactNode } from 'react';
import type { Catalog } from '../../catalog/types.js';
import { fitWindow } from '../layout/virtual-window.js';
import type { Screen } from '../navigation.js';
import { listHeight } from '../screens/list-screen-keys.js';
import { ReleaseTable } from './release-table.js';

/** Latest releases: every release, newest first, fetched a screenful at a time. */
export function LatestView({ screen, catalog, width, height }: { screen: Extract<Screen, { kind: 'latest' }>; catalog: Catalog; width: number; height: number }): ReactNode {
  const visible = listHeight(height);
  const { selected, scroll } = fitWindow(screen.list, catalog.totalReleases, visible);
  const rows = catalog.list({}, scroll, visible);
  return <ReleaseTable rows={rows} scroll={scroll} selected={selected} width={width} height={visible} />;
}
