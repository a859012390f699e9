import type { PageLayout, ParsedRelease } from './types.js';
import { assembleRelease } from './assemble-release.js';
import { knownContentType } from './content-types.js';
import { isTitleLike, urlOfLine } from './line-shapes.js';
import { readLabelLine } from './metadata-labels.js';
import { readMetadataBlock } from './parse-metadata.js';
import { parseDateline } from './parse-dateline.js';
import type { BodyLine } from './repair-glossary.js';
import { findFooterStart, isBackToTopLine } from './strip-site-footer.js';
import { nextNonBlank } from './strip-site-menu.js';

/** One article read from a page, or why there is none. */
export type ArticleResult =
  | { layout: PageLayout; release: ParsedRelease }
  | { layout: 'unknown'; problem: string; line?: number };

/**
 * Reads a single article starting at the first content line: an optional content-type line, the
 * title, an optional metadata block, and the body. With metadata the layout is 'article'; a title
 * and a body opening with a dateline is 'bare'; a title and a body alone is read with a warning.
 */
export function parseArticle(lines: readonly string[], start: number, pageUrl: string | null): ArticleResult {
  let i = nextNonBlank(lines, start);
  if (i === -1) return { layout: 'unknown', problem: 'no title: the page has no content after the site menu' };
  let url = pageUrl;
  const lineUrl = urlOfLine(lines[i]!);
  if (lineUrl !== null) {
    url ??= lineUrl;
    i = nextNonBlank(lines, i + 1);
    if (i === -1) return { layout: 'unknown', problem: 'no title: the page holds only a web address' };
  }
  const releaseLine = i + 1;
  let type: string | null = null;
  const typeLength = contentTypeLine(lines, i);
  if (typeLength) {
    type = knownContentType(lines[i]!) ?? lines[i]!.trim();
    i = nextNonBlank(lines, i + 1);
  }
  const titleLine = lines[i]!;
  if (!isTitle(titleLine)) {
    return { layout: 'unknown', problem: `no title: line ${i + 1} does not read as a title (expected a short line before the metadata or body)`, line: i + 1 };
  }
  const title = titleLine.trim();
  const metadataStart = nextNonBlank(lines, i + 1);
  const block = metadataStart === -1 ? { entries: [], end: lines.length } : readMetadataBlock(lines, metadataStart);
  const bodyLines: BodyLine[] = [];
  const bodyEnd = findFooterStart(lines, block.end);
  for (let j = block.end; j < bodyEnd; j++) {
    if (lines[j]!.trim() !== '' && !isBackToTopLine(lines[j]!)) bodyLines.push({ text: lines[j]!, line: j + 1 });
  }
  if (block.entries.length === 0 && bodyLines.length === 0) {
    return { layout: 'unknown', problem: `only a title at line ${i + 1}: no metadata and no body follow`, line: i + 1 };
  }
  const { release, hasDateline } = assembleRelease({ type, title, line: releaseLine, url, metadata: block.entries, bodyLines, summary: false });
  if (block.entries.length > 0) return { layout: 'article', release };
  if (hasDateline) return { layout: 'bare', release };
  release.warnings.push('no metadata and no dateline: read as a title followed by the body');
  return { layout: 'unknown', release };
}

// A known content type above a title, or a short unknown one when a metadata block follows the
// title; returns whether line `i` is such a line.
function contentTypeLine(lines: readonly string[], i: number): boolean {
  const line = lines[i]!.trim();
  const titleIndex = nextNonBlank(lines, i + 1);
  if (titleIndex === -1 || !isTitle(lines[titleIndex]!)) return false;
  if (knownContentType(line) !== undefined) return true;
  const afterTitle = nextNonBlank(lines, titleIndex + 1);
  return line.length <= 30 && line.split(/\s+/).length <= 4 && afterTitle !== -1 && readLabelLine(lines[afterTitle]!) !== null && readLabelLine(line) === null;
}

function isTitle(line: string): boolean {
  if (!isTitleLike(line) || readLabelLine(line) !== null) return false;
  const dateline = parseDateline(line.trim());
  return dateline === null || (dateline.date === null && line.length <= 150);
}
