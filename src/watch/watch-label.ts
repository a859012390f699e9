import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { clean, entryName } from '../text/labels.js';
import type { WatchTarget } from './watch-types.js';

/** How a watch is named on Home and in `watch list`: "Moldova × Elections × Press release". Pure. */
export function watchLabel(taxonomy: Taxonomy, target: WatchTarget): string {
  const parts = target.entities.map((id) => entryName(taxonomy.get(id), id));
  if (target.type !== null) parts.push(clean(target.type));
  if (target.query !== null) parts.push(`“${clean(target.query.trim())}”`);
  return parts.join(' × ');
}
