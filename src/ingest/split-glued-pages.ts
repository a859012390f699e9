import { knownContentType } from './content-types.js';
import { isDashItem, isSeparatorLine, isTitleLike, urlOfLine } from './line-shapes.js';
import { readLabelLine } from './metadata-labels.js';
import { parseDateline } from './parse-dateline.js';
import { readMetadataBlock } from './parse-metadata.js';
import { findContentStart, isNavigationLine, nextNonBlank } from './strip-site-menu.js';

/** Where a second page starts inside one text, and what shows it. */
export interface GluedPageStart {
  /** 0-based index of the page's first line. */
  index: number;
  /** What starts it: "a web address", "a site menu", "a title and a metadata block". */
  shape: string;
}

// A text of more pages than this is read as this many; the last takes the rest.
const MAX_PAGES = 200;
// Labels that open a listing entry, not a page.
const ENTRY_LABELS = new Set(['publishing date', 'report type']);

/**
 * Finds the starts of further pages glued into one text (`cat a.txt b.txt | osce-tui import -`):
 * after body text, a line that is only a web address followed by a page start, a second site
 * menu, or (outside a listing, whose entries repeat their fields) a title followed by a metadata
 * block that names a source or fields of work. Returns them in order.
 */
export function findGluedPageStarts(lines: readonly string[], contentStart: number): GluedPageStart[] {
  const starts: GluedPageStart[] = [];
  // Each run of menu lines is scanned once, so a long run of dashes stays linear.
  const scanned = { to: -1 };
  let seenText = false;
  let isListing = false;
  for (let i = contentStart; i < lines.length && starts.length < MAX_PAGES - 1; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (!isListing && isEntryLabel(line)) isListing = true;
    if (!seenText) {
      seenText = isProse(line);
      continue;
    }
    const start = pageStartAt(lines, i, isListing, scanned);
    if (start === null) {
      continue;
    }
    starts.push({ index: start.index, shape: start.shape });
    seenText = false;
    isListing = false;
    i = Math.max(i, start.skipTo - 1);
  }
  return starts;
}

function pageStartAt(
  lines: readonly string[],
  i: number,
  isListing: boolean,
  scanned: { to: number },
): (GluedPageStart & { skipTo: number }) | null {
  const line = lines[i]!;
  const url = urlOfLine(line) !== null;
  if (url || isNavigationLine(line)) {
    // Chrome lines ("Skip to main content") may stand between the address and the menu.
    let next = nextNonBlank(lines, i + 1);
    while (next !== -1 && isNavigationLine(lines[next]!)) next = nextNonBlank(lines, next + 1);
    if (next !== -1 && (menuEnd(lines, next, scanned) !== null || (url && opensArticle(lines, next))))
      return { index: i, shape: url ? 'a web address' : 'a site menu', skipTo: next };
    if (url) return null;
  }
  const end = menuEnd(lines, i, scanned);
  if (end !== null) return { index: i, shape: 'a site menu', skipTo: end };
  // A title with metadata starts a page only right after text: a value of the page's own
  // metadata block stands right after a label or another value.
  if (!isListing && previousIsProse(lines, i)) {
    const typed = knownContentType(line.trim()) !== undefined;
    const titleIndex = typed ? nextNonBlank(lines, i + 1) : i;
    if (titleIndex !== -1 && titledMetadata(lines, titleIndex))
      return { index: i, shape: 'a title and a metadata block', skipTo: titleIndex + 1 };
  }
  return null;
}

/** Where a site menu starting at `i` ends: a run holding two `-` separators at least; null when none starts there. */
function menuEnd(lines: readonly string[], i: number, scanned: { to: number }): number | null {
  if (!isSeparatorLine(lines[i]!) || i < scanned.to) return null;
  const end = findContentStart(lines, i);
  scanned.to = end;
  let separators = 0;
  let items = 0;
  for (let j = i; j < end; j++) {
    if (isSeparatorLine(lines[j]!)) separators++;
    else if (isDashItem(lines[j]!)) items++;
  }
  const menu = separators >= 2 || (items >= 1 && end - i >= 3);
  return menu && nextNonBlank(lines, end) !== -1 ? end : null;
}

/** A content type, or a title with metadata or a dated dateline under it. */
function opensArticle(lines: readonly string[], i: number): boolean {
  if (knownContentType(lines[i]!.trim()) !== undefined) return true;
  if (!isTitleLike(lines[i]!) || readLabelLine(lines[i]!) !== null) return false;
  const next = nextNonBlank(lines, i + 1);
  if (next === -1) return false;
  const label = readLabelLine(lines[next]!);
  if (label !== null) return label.key !== 'other' && !ENTRY_LABELS.has(label.name.toLowerCase());
  return parseDateline(lines[next]!.trim())?.date != null;
}

/** A title line followed by a metadata block of two known labels or more, one of them a source or fields of work. */
function titledMetadata(lines: readonly string[], titleIndex: number): boolean {
  const title = lines[titleIndex]!;
  if (!isTitleLike(title) || isDashItem(title) || readLabelLine(title) !== null || isProse(title)) return false;
  const next = nextNonBlank(lines, titleIndex + 1);
  if (next === -1 || readLabelLine(lines[next]!) === null) return false;
  // A page's metadata block is short; reading a few lines keeps a long run of labels linear.
  const entries = readMetadataBlock(lines.slice(next, next + 40), 0).entries;
  if (entries.some((entry) => ENTRY_LABELS.has(entry.name.toLowerCase()))) return false;
  const known = entries.filter((entry) => entry.key !== 'other');
  return known.length >= 2 && known.some((entry) => entry.key === 'source' || entry.key === 'field');
}

function previousIsProse(lines: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) if (lines[j]!.trim() !== '') return isProse(lines[j]!);
  return false;
}

/** A label that opens a listing entry (`Publishing date:`, `Report type:`). */
function isEntryLabel(line: string): boolean {
  const label = readLabelLine(line);
  return label !== null && ENTRY_LABELS.has(label.name.toLowerCase());
}

/** A line of running text: long, or a sentence. */
function isProse(line: string): boolean {
  const text = line.trim();
  return (
    readLabelLine(text) === null &&
    !isDashItem(text) &&
    urlOfLine(text) === null &&
    (text.length >= 80 || /[.!?…"”]$/.test(text)) &&
    /\p{Ll}/u.test(text)
  );
}
