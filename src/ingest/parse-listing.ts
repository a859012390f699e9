import type { Problem } from '../bundle/types.js';
import { foldText } from '../text/fold.js';
import { assembleRelease } from './assemble-release.js';
import { isTitleLike, urlOfLine } from './line-shapes.js';
import { readLabelLine } from './metadata-labels.js';
import { isImageLine } from './open-body.js';
import { parseDateText } from './parse-date.js';
import { type MetadataEntry, readMetadataBlock } from './parse-metadata.js';
import type { BodyLine } from './repair-glossary.js';
import { findFooterStart, isFooterLine } from './strip-site-footer.js';
import { isNavigationLine, nextNonBlank } from './strip-site-menu.js';
import type { ParsedRelease } from './types.js';

/**
 * How line `i` anchors a listing entry: 'inline' for `Publishing date: 26 April 2015` or
 * `Report type: Daily report` (the Monitoring Mission's reports, dated in their titles), 'below'
 * for `Publishing date:` with the date on the next line, null when it is no such line.
 */
function publishingDateAt(lines: readonly string[], i: number): 'inline' | 'below' | null {
  const label = readLabelLine(lines[i]!);
  if (label === null) return null;
  const name = foldText(label.name);
  if (name === 'report type') return label.inline !== '' && label.inline.length <= 40 ? 'inline' : null;
  if (name !== 'publishing date') return null;
  if (label.inline !== '') return 'inline';
  const next = nextNonBlank(lines, i + 1);
  return next !== -1 && parseDateText(lines[next]!) !== null ? 'below' : null;
}

/**
 * Whether the page is a newsroom listing: its entries carry `Publishing date: …` (or `Report
 * type: …`) on one line, or at least two carry it with the date below (one such label is an
 * article's metadata).
 */
export function isListingPage(lines: readonly string[], start: number): boolean {
  let below = 0;
  for (let i = start; i < lines.length; i++) {
    const form = publishingDateAt(lines, i);
    if (form === 'inline' || (form === 'below' && ++below >= 2)) return true;
  }
  return false;
}

// Pager lines under the last teaser: "Next ›", "1 2 3", "Load more", "Page 2 of 12".
const PAGER_WORDS = /^(?:first|previous|prev|next|last|load more|show more|page \d+(?: of \d+)?|[\d\s]*)$/i;

function isPageEnd(text: string): boolean {
  return PAGER_WORDS.test(text.replace(/[«‹›»<>…]/g, '').trim()) || isFooterLine(text);
}

/**
 * Reads a newsroom listing: entries of a title, field lines around `Publishing date:`
 * (`Content type:`, `Where we are:`, `What we do:`, `Location(s):`) and a teaser that may be cut
 * off with "...". Each entry becomes a release marked as a summary.
 */
export function parseListing(
  lines: readonly string[],
  start: number,
  file: string,
): { releases: ParsedRelease[]; problems: Problem[] } {
  const entries = findEntries(lines, start);
  const first = entries[0];
  const listingHeader = first
    ? readHeader(lines, start, first.titleIndex === -1 ? first.fieldStart : first.titleIndex)
    : null;
  const releases: ParsedRelease[] = [];
  const problems: Problem[] = [];
  entries.forEach((entry, index) => {
    if (entry.titleIndex === -1) {
      problems.push({
        file,
        line: entry.fieldStart + 1,
        message: 'listing entry without a title line above its fields; skipped',
      });
      return;
    }
    const next = entries[index + 1];
    const teaserEnd = next
      ? next.titleIndex === -1
        ? next.fieldStart
        : next.titleIndex
      : findFooterStart(lines, entry.fieldEnd);
    const bodyLines: BodyLine[] = [];
    let url: string | null = null;
    for (let j = entry.fieldEnd; j < teaserEnd; j++) {
      const text = lines[j]!.trim();
      if (text === '') continue;
      const lineUrl = urlOfLine(text);
      if (lineUrl !== null) url ??= lineUrl;
      else bodyLines.push({ text, line: j + 1 });
    }
    // The pager and the footer may come in either order under the last teaser.
    if (!next) while (bodyLines.length > 0 && isPageEnd(bodyLines[bodyLines.length - 1]!.text)) bodyLines.pop();
    const { release } = assembleRelease({
      type: null,
      title: lines[entry.titleIndex]!.trim(),
      line: entry.titleIndex + 1,
      titleLine: entry.titleIndex + 1,
      listingHeader,
      url,
      metadata: entry.metadata,
      bodyLines,
      summary: true,
    });
    releases.push(release);
  });
  return { releases, problems };
}

// A header longer than this is text, not a heading that names the listing's issuer.
const MAX_HEADER_LENGTH = 200;

/**
 * The listing's header: the lines between the site menu and the first entry ("Statements by
 * the Representative on Freedom of the Media"), without chrome lines; null when there is none.
 */
function readHeader(lines: readonly string[], start: number, end: number): { text: string; line: number } | null {
  const parts: string[] = [];
  let line = 0;
  for (let i = start; i < end && i < start + 5; i++) {
    const text = lines[i]!.trim();
    if (text === '' || isNavigationLine(text) || isImageLine(text) || urlOfLine(text) !== null) continue;
    if (line === 0) line = i + 1;
    parts.push(text);
  }
  const text = parts.join(' ');
  return text === '' || text.length > MAX_HEADER_LENGTH ? null : { text, line };
}

interface ListingEntry {
  titleIndex: number;
  fieldStart: number;
  fieldEnd: number;
  metadata: MetadataEntry[];
}

function findEntries(lines: readonly string[], start: number): ListingEntry[] {
  const entries: ListingEntry[] = [];
  let consumedUpTo = start;
  for (let i = start; i < lines.length; i++) {
    if (publishingDateAt(lines, i) === null) continue;
    let fieldStart = i;
    // Fields may stand above the date too ("Content type:"), blank lines between them.
    for (let j = i - 1; j >= consumedUpTo; j--) {
      if (isFieldLine(lines[j]!)) fieldStart = j;
      else if (lines[j]!.trim() !== '') break;
    }
    // Fields after the date may hold their values on the next lines ("Location(s):" / "Vienna");
    // the next date starts the next entry's fields, however close it stands.
    const block = readMetadataBlock(lines, fieldStart, (j) => j > i && publishingDateAt(lines, j) !== null);
    const metadata = block.entries;
    const fieldEnd = Math.max(i + 1, block.end);
    let titleIndex = fieldStart - 1;
    while (titleIndex >= consumedUpTo && lines[titleIndex]!.trim() === '') titleIndex--;
    if (titleIndex < consumedUpTo || !isTitleLike(lines[titleIndex]!)) titleIndex = -1;
    entries.push({ titleIndex, fieldStart, fieldEnd, metadata });
    consumedUpTo = fieldEnd;
    i = fieldEnd - 1;
  }
  return entries;
}

function isFieldLine(line: string): boolean {
  const label = readLabelLine(line);
  return label !== null && label.key !== 'other';
}
