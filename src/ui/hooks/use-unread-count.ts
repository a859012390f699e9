import { useMemo } from 'react';
import type { Catalog, ReleaseFilter } from '../../catalog/types.js';
import { countUnreadReleases } from '../../state/unread-count.js';

/**
 * Unread releases under a filter (an entity page's "12 unread"), counted again only when the
 * filter or the read marks change, not on every key that moves the selection.
 */
export function useUnreadCount(catalog: Catalog, filter: ReleaseFilter | undefined, readIds: ReadonlySet<string> | undefined): number | undefined {
  const key = filter ? JSON.stringify(filter) : '';
  return useMemo(
    () => (filter && readIds ? countUnreadReleases(catalog, filter, readIds) : undefined),
    // The filter object is rebuilt per layout; its JSON says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [catalog, key, readIds],
  );
}
