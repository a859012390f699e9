import { assembleRelease } from './assemble-release.js';
import { knownContentType } from './content-types.js';
import { isTitleLike, urlOfLine } from './line-shapes.js';
import { readLabelLine } from './metadata-labels.js';
import { findGluedDateline, parseDateline, parsePlaceDateLine } from './parse-dateline.js';
import { type MetadataBlock, readMetadataBlock } from './parse-metadata.js';
import type { BodyLine } from './repair-glossary.js';
import { findFooterStart, isBackToTopLine } from './strip-site-footer.js';
import { findContentStart, nextNonBlank } from './strip-site-menu.js';
import type { PageLayout, ParsedRelease } from './types.js';

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
    i = nextNonBlank(lines, findContentStart(lines, i + 1));
    if (i === -1) return { layout: 'unknown', problem: 'no title: the page holds only a web address' };
  }
  const releaseLine = i + 1;
  // A bare place-and-date line above the title is the body's dateline ("TIRANA 5 May 2003").
  const opening: BodyLine[] = [];
  if (parsePlaceDateLine(lines[i]!) !== null && nextNonBlank(lines, i + 1) !== -1) {
    opening.push({ text: lines[i]!, line: i + 1 });
    i = nextNonBlank(lines, i + 1);
  }
  let type: string | null = null;
  let typeLine: number | undefined;
  if (contentTypeLine(lines, i)) {
    type = knownContentType(lines[i]!) ?? lines[i]!.trim();
    typeLine = i + 1;
    i = nextNonBlank(lines, i + 1);
  }
  const titleLine = lines[i]!;
  const notTitle = whyNotTitle(titleLine);
  if (notTitle !== null) {
    return { layout: 'unknown', problem: `no title: line ${i + 1} ${notTitle}`, line: i + 1 };
  }
  const title = titleLine.trim();
  const metadataStart = nextNonBlank(lines, i + 1);
  let block = metadataStart === -1 ? { entries: [], end: lines.length } : readMetadataBlock(lines, metadataStart);
  let teaser: BodyLine | undefined;
  if (block.entries.length === 0 && metadataStart !== -1) {
    const afterTeaser = teaserBlock(lines, metadataStart);
    if (afterTeaser) {
      teaser = { text: lines[metadataStart]!, line: metadataStart + 1 };
      block = afterTeaser;
    }
  }
  const bodyLines: BodyLine[] = [...opening];
  const bodyEnd = findFooterStart(lines, block.end);
  for (let j = block.end; j < bodyEnd; j++) {
    if (lines[j]!.trim() !== '' && !isBackToTopLine(lines[j]!)) bodyLines.push({ text: lines[j]!, line: j + 1 });
  }
  if (block.entries.length === 0 && bodyLines.length === 0 && !teaser) {
    return { layout: 'unknown', problem: `only a title at line ${i + 1}: no metadata and no body follow`, line: i + 1 };
  }
  const { release, hasDateline } = assembleRelease({
    type,
    typeLine,
    title,
    line: releaseLine,
    titleLine: i + 1,
    url,
    metadata: block.entries,
    bodyLines,
    teaser,
    summary: false,
  });
  if (block.entries.length > 0) return { layout: 'article', release };
  if (hasDateline) return { layout: 'bare', release };
  const dateLine = release.origins.find((origin) => origin.fact === 'date')?.line;
  const stray = bodyLines.find((line) => isStatedLabel(line.text) && line.line !== dateLine);
  if (stray)
    release.warnings.push(
      `no metadata block under the title and no dateline: "${stray.text.trim().slice(0, 40)}" at line ${stray.line} stands inside the text and is not read as metadata`,
    );
  else if (dateLine === undefined || release.origins.some((origin) => origin.fact === 'date' && origin.from === 'text'))
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
  return (
    line.length <= 30 &&
    line.split(/\s+/).length <= 4 &&
    afterTitle !== -1 &&
    readLabelLine(lines[afterTitle]!) !== null &&
    readLabelLine(line) === null
  );
}

/**
 * The metadata block after a teaser paragraph at `start` (ODIHR news items print title, teaser,
 * then `- Issued on:` / `- Issued by:`), or null when no such block follows it.
 */
function teaserBlock(lines: readonly string[], start: number): MetadataBlock | null {
  const teaser = lines[start]!.trim();
  if (readLabelLine(teaser) !== null || urlOfLine(teaser) !== null || parseDateline(teaser) !== null) return null;
  const next = nextNonBlank(lines, start + 1);
  if (next === -1) return null;
  const block = readMetadataBlock(lines, next);
  const known = block.entries.filter((entry) => entry.key !== 'other').length;
  const cutOff = /(?:\.{3}|…)$/.test(teaser);
  return known >= 2 || (cutOff && known >= 1) ? block : null;
}

function isTitle(line: string): boolean {
  return whyNotTitle(line) === null;
}

/** Why a line cannot be the title, or null when it can. */
function whyNotTitle(line: string): string | null {
  const text = line.trim();
  if (!isTitleLike(line) || readLabelLine(line) !== null)
    return 'does not read as a title (expected a short line before the metadata or body)';
  const dateline = parseDateline(text);
  if ((dateline !== null && (dateline.date !== null || line.length > 150)) || findGluedDateline(text) !== null) {
    return 'opens with a dateline: the page has no title line';
  }
  if (/[.!?]["”]?$/.test(text) && (text.length > 120 || /[.!?]\s+\p{Lu}/u.test(text)))
    return 'reads as a paragraph, not a title: the page has no title line';
  return null;
}

/** A label the page would state a fact with (date, place, source, type), standing in the text. */
function isStatedLabel(line: string): boolean {
  const label = readLabelLine(line);
  return label !== null && ['date', 'place', 'source', 'type'].includes(label.key);
}
