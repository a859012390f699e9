import { foldText } from '../text/fold.js';

/** Shown when a page does not say what kind of release it is. */
export const DEFAULT_CONTENT_TYPE = 'Release';

// The content types osce.org uses, in one spelling each so that "News Item" and "News item"
// end up in the same facet.
const CANONICAL = [
  'Press release',
  'News',
  'News item',
  'Press statement',
  'Statement',
  'Media advisory',
  'Spot report',
  'Daily report',
  'Feature',
  'Feature story',
  'Story',
  'Op-ed',
  'Speech',
  'Announcement',
  'Event',
  'Interview',
  'Report',
  'Blog',
  'Blog post',
  'Photo story',
  'Video',
  'Publication',
  'Factsheet',
  'Remarks',
];
const BY_FOLDED = new Map(CANONICAL.map((type) => [foldText(type), type]));

/** The canonical spelling of a known content type, or undefined when the line is not one. */
export function knownContentType(line: string): string | undefined {
  if (line.length > 40) return undefined;
  return BY_FOLDED.get(foldText(line).replace(/s$/, '')) ?? BY_FOLDED.get(foldText(line));
}
