import { knownContentType } from './content-types.js';
import { isDashItem, isSeparatorLine, isTitleLike } from './line-shapes.js';
import { readLabelLine } from './metadata-labels.js';
import { isImageLine } from './open-body.js';
import { parseDateline } from './parse-dateline.js';

// Lone lines of site chrome that dumps print before the content: skip links, the navigation's
// heading, the section name. "Newsroom" heads a listing and names no release.
const NAVIGATION_LINE =
  /^(?:skip(?: to)?(?: main)? (?:links?|content|navigation)|skip to main content|main (?:navigation|menu|content)|navigation|menu|toggle navigation|open menu|breadcrumbs?|you are here:?|home|newsroom|news ?room|search)$/i;

/** A lone line of site chrome before the content ("Skip Links", "Main navigation", "Newsroom"). */
export function isNavigationLine(line: string): boolean {
  return NAVIGATION_LINE.test(line.trim());
}

/**
 * Finds where a page's content starts after the site menu. The menu is recognised by its
 * shape, not its words: a run of lone `-` separators, `- item` lines and headings, where a
 * heading is a short line right after a separator. Collapsed menus, renamed entries and
 * another Chairpersonship year have the same shape. Lone chrome lines ("Skip Links",
 * "Newsroom") and embedded images before the content are skipped too. Returns the 0-based index of the first
 * content line (the first line when there is no menu).
 */
export function findContentStart(lines: readonly string[], from = 0): number {
  let afterSeparator = false;
  let i = from;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    if ((isNavigationLine(line) || isImageLine(line)) && nextNonBlank(lines, i + 1) !== -1) {
      afterSeparator = false;
    } else if (isSeparatorLine(line)) {
      afterSeparator = true;
    } else if (isDashItem(line) && readLabelLine(line) === null) {
      afterSeparator = false;
    } else if (afterSeparator && isMenuHeading(lines, i)) {
      afterSeparator = false;
    } else {
      break;
    }
    i++;
  }
  return i;
}

function isMenuHeading(lines: readonly string[], index: number): boolean {
  const line = lines[index]!.trim();
  if (line.length > 80 || /[.!?:]$/.test(line)) return false;
  const next = nextNonBlank(lines, index + 1);
  if (next === -1) return true;
  const nextLine = lines[next]!;
  if (isSeparatorLine(nextLine)) return true;
  if (isDashItem(nextLine)) return readLabelLine(nextLine) === null;
  // A collapsed last heading is followed straight by the content; tell the two apart by
  // whether the content really starts on the next line.
  return knownContentType(line) === undefined && startsContent(lines, next);
}

function startsContent(lines: readonly string[], index: number): boolean {
  const line = lines[index]!;
  if (knownContentType(line) !== undefined) return true;
  if (!isTitleLike(line)) return false;
  const next = nextNonBlank(lines, index + 1);
  if (next === -1) return false;
  const nextLine = lines[next]!;
  return readLabelLine(nextLine) !== null || parseDateline(nextLine) !== null;
}

/** Index of the next non-blank line at or after `from`, or -1. */
export function nextNonBlank(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]!.trim() !== '') return i;
  return -1;
}
