import type { ReactNode } from 'react';
import { ReleaseTable } from '../../components/release-table.js';
import { listHeight } from '../list-keys.js';
import type { ScreenViewProps } from '../screen-definition.js';
import type { LatestModel } from './model.js';

/** Latest releases: every release, newest first, a screenful at a time. */
export function LatestView({ model, width, height }: ScreenViewProps<unknown, LatestModel>): ReactNode {
  const { selected, scroll } = model.window;
  return (
    <ReleaseTable rows={model.rows} scroll={scroll} selected={selected} width={width} height={listHeight(height)} />
  );
}
