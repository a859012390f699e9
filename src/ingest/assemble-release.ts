import type { FactRecord, ReleaseDate } from '../bundle/types.js';
import { foldText } from '../text/fold.js';
import { DEFAULT_CONTENT_TYPE, knownContentType } from './content-types.js';
import { dateEndingTitle, firstDateOfOpeningSentence } from './find-text-dates.js';
import { readLabelLine } from './metadata-labels.js';
import { openBody } from './open-body.js';
import { buildBodyBlocks } from './parse-body.js';
import { isOpenNumericDate, parseDateText, settleNumericDate, unknownDate } from './parse-date.js';
import { type MetadataEntry, readMetadataValues } from './parse-metadata.js';
import { type BodyLine, repairGlossary } from './repair-glossary.js';
import { openDateWarning } from './settle-page-dates.js';
import { titleCasePlace } from './title-case-place.js';
import type { ParsedRelease } from './types.js';

/** The pieces of one release as a layout reader found them. */
export interface ReleaseParts {
  /** From a content-type line above the title, when there is one. */
  type: string | null;
  /** 1-based line of the content-type line. */
  typeLine?: number;
  title: string;
  /** 1-based line where the release starts. */
  line: number;
  /** 1-based line of the title. */
  titleLine?: number;
  url: string | null;
  metadata: readonly MetadataEntry[];
  bodyLines: readonly BodyLine[];
  /** A teaser printed between the title and the metadata: the body's first paragraph unless the body repeats it. */
  teaser?: BodyLine;
  summary: boolean;
  listingHeader?: { text: string; line: number } | null;
}

/**
 * Puts a release together: metadata first, the dateline (found among the body's first lines)
 * for what the metadata leaves out (date, and the country of the place), then a date the title
 * ends with, then, on a page with none of these, the first full date of the opening sentence
 * (with a warning); then the body with tooltips repaired. Records how each fact was found.
 */
export function assembleRelease(parts: ReleaseParts): { release: ParsedRelease; hasDateline: boolean } {
  const meta = readMetadataValues(parts.metadata);
  const opened = openBody(parts.bodyLines);
  const warnings = [...meta.warnings, ...opened.warnings];
  const origins: FactRecord[] = [];
  const dateline = opened.dateline;
  // With no date above the text, a "Date:" label standing inside it is the page's date line.
  const strayDate =
    parts.metadata.length === 0 && !parts.summary && !dateline?.date ? findStrayDate(opened.lines) : null;
  const bodyLines = withTeaser(
    strayDate ? opened.lines.filter((line) => line !== strayDate.line) : opened.lines,
    parts.teaser,
  );
  const { lines, notes } = repairGlossary(bodyLines);
  const body = buildBodyBlocks(lines);

  const metaDateLine = parts.metadata.find(
    (entry) => entry.key === 'date' && entry.values.some((value) => value.trim() !== ''),
  )?.line;
  let date: ReleaseDate | null = meta.date ?? dateline?.date ?? null;
  if (date && meta.date && dateline?.date) date = settleNumericDate(date, dateline.date);
  let dateLine = meta.date ? metaDateLine : (opened.datelineLine ?? undefined);
  let dateOrigin: Omit<FactRecord, 'fact' | 'value'> | null = date
    ? { from: meta.date ? 'metadata' : 'dateline', stated: true }
    : null;
  if (meta.unreadableDate !== null) {
    warnings.push(
      `date "${meta.unreadableDate}" (line ${metaDateLine ?? parts.line}) is not a date the importer can read (expected e.g. "9 June 2017")${date ? '; the dateline gives it' : ''}`,
    );
  }
  if (!date && strayDate) {
    date = strayDate.date;
    dateLine = strayDate.line.line;
    dateOrigin = { from: 'metadata', stated: true };
    warnings.push(
      `date read from "${strayDate.line.text.trim()}" at line ${dateLine}, a label inside the text rather than above it`,
    );
  }
  if (!date) {
    const fromTitle = dateEndingTitle(parts.title);
    if (fromTitle) {
      date = fromTitle;
      dateLine = parts.titleLine ?? parts.line;
      dateOrigin = { from: 'title', stated: true };
    }
  }
  if (
    !date &&
    meta.unreadableDate === null &&
    !parts.summary &&
    !parts.metadata.some((entry) => entry.key === 'date') &&
    lines[0]
  ) {
    const fromText = firstDateOfOpeningSentence(lines[0].text);
    if (fromText) {
      date = fromText;
      dateLine = lines[0].line;
      dateOrigin = { from: 'text', stated: false };
      warnings.push(
        `date ${fromText.text ?? ''} read from the opening sentence (line ${lines[0].line}): the page has no date line or dateline`,
      );
    }
  }
  if (!date) {
    date = unknownDate(meta.unreadableDate);
    if (meta.unreadableDate === null)
      warnings.push(
        `no date: neither the metadata, a dateline nor the title gives one (release at line ${parts.line})`,
      );
  } else if (isOpenNumericDate(date)) {
    warnings.push(openDateWarning(date, dateLine ?? parts.line));
  } else if (date.iso === null) {
    warnings.push(`date "${date.text ?? ''}" (line ${dateLine ?? parts.line}) has no year`);
  }
  if (dateOrigin && date.iso !== null)
    origins.push({
      fact: 'date',
      value: date.iso,
      ...dateOrigin,
      ...(dateLine === undefined ? {} : { line: dateLine }),
    });

  // Newsroom listings name the place as "Location(s):", often only the country; a dateline
  // names it more closely, and a "Place:" label more directly.
  const metaPlace = meta.place === null ? null : titleCasePlace(meta.place);
  const locations = meta.labels.locations.length > 0 ? titleCasePlace(meta.labels.locations.join(', ')) : null;
  let place = metaPlace ?? (dateline ? null : locations);
  let placeFromDateline = false;
  if (dateline && (place === null || foldText(dateline.place).startsWith(foldText(place)))) {
    place = dateline.place;
    placeFromDateline = true;
  }
  if (place !== null) {
    const placeLine = placeFromDateline
      ? opened.datelineLine
      : parts.metadata.find((entry) => entry.key === (metaPlace === null ? 'location' : 'place'))?.line;
    origins.push({
      fact: 'place',
      value: place,
      from: placeFromDateline ? 'dateline' : 'metadata',
      stated: true,
      ...(placeLine == null ? {} : { line: placeLine }),
    });
  }

  const declaredType = parts.type ?? meta.type;
  const type = declaredType === null ? DEFAULT_CONTENT_TYPE : (knownContentType(declaredType) ?? declaredType);
  if (declaredType !== null) {
    const typeLine = parts.type === null ? parts.metadata.find((entry) => entry.key === 'type')?.line : parts.typeLine;
    origins.push({
      fact: 'type',
      value: type,
      from: parts.type === null ? 'metadata' : 'type-line',
      stated: true,
      ...(typeLine === undefined ? {} : { line: typeLine }),
    });
  }
  if (body.length === 0 && !parts.summary) warnings.push('no body text after the metadata');

  return {
    release: {
      type,
      title: parts.title,
      date,
      place,
      labels: meta.labels,
      url: parts.url ?? meta.url,
      body,
      notes,
      summary: parts.summary,
      line: parts.line,
      warnings,
      origins,
      headingOrValue: meta.headingOrValue,
      listingHeader: parts.listingHeader ?? null,
    },
    hasDateline: dateline !== null,
  };
}

/** A `Date: 9 June 2017` line with a readable date among the body lines, or null. */
function findStrayDate(lines: readonly BodyLine[]): { line: BodyLine; date: ReleaseDate } | null {
  for (const line of lines) {
    const label = readLabelLine(line.text);
    if (label?.key !== 'date' || label.inline === '') continue;
    const date = parseDateText(label.inline);
    if (date) return { line, date };
  }
  return null;
}

/** The teaser opens the body, unless a body paragraph repeats it (its "..." cut-off included). */
function withTeaser(lines: readonly BodyLine[], teaser: BodyLine | undefined): BodyLine[] {
  if (!teaser) return [...lines];
  const head = foldText(
    teaser.text
      .trim()
      .replace(/(?:\.{3}|…)$/, '')
      .trim(),
  );
  if (head !== '' && lines.some((line) => foldText(line.text).includes(head))) return [...lines];
  return [teaser, ...lines];
}
