import { foldText } from '../text/fold.js';
import { DEFAULT_CONTENT_TYPE, knownContentType } from './content-types.js';
import { buildBodyBlocks } from './parse-body.js';
import { parseDateline } from './parse-dateline.js';
import { isOpenNumericDate, settleNumericDate, unknownDate } from './parse-date.js';
import { openDateWarning } from './settle-page-dates.js';
import { type MetadataEntry, readMetadataValues } from './parse-metadata.js';
import { type BodyLine, repairGlossary } from './repair-glossary.js';
import { titleCasePlace } from './title-case-place.js';
import type { ParsedRelease } from './types.js';

/** The pieces of one release as a layout reader found them. */
export interface ReleaseParts {
  /** From a content-type line above the title, when there is one. */
  type: string | null;
  title: string;
  /** 1-based line where the release starts. */
  line: number;
  url: string | null;
  metadata: readonly MetadataEntry[];
  bodyLines: readonly BodyLine[];
  summary: boolean;
}

/**
 * Puts a release together: metadata first, the dateline of the first body line for what the
 * metadata leaves out (date, and the country of the place), then the body with tooltips repaired.
 */
export function assembleRelease(parts: ReleaseParts): { release: ParsedRelease; hasDateline: boolean } {
  const meta = readMetadataValues(parts.metadata);
  const warnings = [...meta.warnings];
  const firstLine = parts.bodyLines[0];
  const dateline = firstLine ? parseDateline(firstLine.text.trim()) : null;
  const { lines, notes } = repairGlossary(parts.bodyLines);
  const body = buildBodyBlocks(lines);

  let date = meta.date ?? dateline?.date ?? null;
  if (date && meta.date && dateline?.date) date = settleNumericDate(date, dateline.date);
  const dateLine = meta.date ? parts.metadata.find((entry) => entry.key === 'date')?.line : firstLine?.line;
  if (meta.unreadableDate !== null) {
    warnings.push(`date "${meta.unreadableDate}" is not a date the importer can read (expected e.g. "9 June 2017")${date ? '; the dateline gives it' : ''}`);
  }
  if (!date) {
    date = unknownDate(meta.unreadableDate);
    if (meta.unreadableDate === null) warnings.push('no date: neither the metadata nor a dateline gives one');
  } else if (isOpenNumericDate(date)) {
    warnings.push(openDateWarning(date, dateLine ?? parts.line));
  } else if (date.iso === null) {
    warnings.push(`date "${date.text ?? ''}" has no year`);
  }

  // Newsroom listings name the place as "Location(s):", often only the country; a dateline
  // names it more closely, and a "Place:" label more directly.
  const metaPlace = meta.place === null ? null : titleCasePlace(meta.place);
  const locations = meta.labels.locations.length > 0 ? titleCasePlace(meta.labels.locations.join(', ')) : null;
  let place = metaPlace ?? (dateline ? null : locations);
  if (dateline && (place === null || foldText(dateline.place).startsWith(foldText(place)))) place = dateline.place;

  const declaredType = parts.type ?? meta.type;
  const type = declaredType === null ? DEFAULT_CONTENT_TYPE : (knownContentType(declaredType) ?? declaredType);
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
    },
    hasDateline: dateline !== null,
  };
}
