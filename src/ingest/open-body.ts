import { readFlattenedLabels } from './metadata-labels.js';
import { type Dateline, findGluedDateline, parseDateline, parsePlaceDateLine } from './parse-dateline.js';
import type { BodyLine } from './repair-glossary.js';

/** The body with what is not text removed, and the dateline that opens it. */
export interface OpenedBody {
  lines: BodyLine[];
  dateline: Dateline | null;
  /** 1-based line of the dateline. */
  datelineLine: number | null;
  warnings: string[];
}

// Old newsroom pages print a place-and-date line and a photo caption above the real dateline;
// a dateline further down than this is part of the text, not the page's.
const OPENING_LINES = 4;
// A dump writes an embedded image as its data URL.
const IMAGE_LINE = /^\s*(?:<image>[\s\S]*<\/image>|<image>\s*data:\S*|!?\[[^\]]*\]\(data:[^)]*\)|data:image\/\S+)\s*$/i;
const PHOTO_CAPTION = /\bphoto details\s*$/i;
// Shorter lines repeat for good reasons (a list item, "Background").
const MIN_REPEATED_LENGTH = 40;

/** Whether a line is an embedded image (`<image>data:…</image>`), never text. */
export function isImageLine(line: string): boolean {
  return IMAGE_LINE.test(line);
}

/**
 * Prepares an article body: drops embedded images and photo captions ("… Photo details"), finds
 * the dateline among the first lines (past a bare place-and-date line and a caption, or glued
 * behind an image's alt text), and keeps one copy of paragraphs the page repeats.
 */
export function openBody(input: readonly BodyLine[]): OpenedBody {
  const warnings: string[] = [];
  const lines = input.filter((line) => !isImageLine(line.text) && !PHOTO_CAPTION.test(line.text.trim()));
  let dateline: Dateline | null = null;
  let datelineLine: number | null = null;
  let placeDate: { dateline: Dateline; line: number } | null = null;
  const index = 0;
  while (index < lines.length && index < OPENING_LINES) {
    const line = lines[index]!;
    const text = line.text.trim();
    const bare = parsePlaceDateLine(text);
    if (bare) {
      placeDate ??= { dateline: bare, line: line.line };
      lines.splice(index, 1);
      continue;
    }
    const glued = parseDateline(text) === null ? findGluedDateline(text) : null;
    if (glued) {
      lines[index] = { ...line, text: glued.text };
      warnings.push(`line ${line.line}: "${glued.before}" glued before the dateline dropped as an image's alt text`);
    }
    const found = glued?.dateline ?? parseDateline(text);
    if (found) {
      dateline = found;
      datelineLine = line.line;
    }
    break;
  }
  if (dateline === null && placeDate) {
    dateline = placeDate.dateline;
    datelineLine = placeDate.line;
  }
  return {
    lines: dropRepeats(lines, warnings),
    dateline,
    datelineLine,
    warnings: [...warnings, ...flattenedTableWarnings(lines)],
  };
}

function dropRepeats(lines: readonly BodyLine[], warnings: string[]): BodyLine[] {
  const seen = new Map<string, number>();
  const kept: BodyLine[] = [];
  const repeats: string[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const first = text.length >= MIN_REPEATED_LENGTH ? seen.get(text) : undefined;
    if (first !== undefined) {
      repeats.push(`line ${line.line} repeats line ${first}`);
      continue;
    }
    if (text.length >= MIN_REPEATED_LENGTH) seen.set(text, line.line);
    kept.push(line);
  }
  if (repeats.length > 0)
    warnings.push(
      `repeated paragraphs kept once: ${repeats.slice(0, 5).join(', ')}${repeats.length > 5 ? ` and ${repeats.length - 5} more` : ''}`,
    );
  return kept;
}

function flattenedTableWarnings(lines: readonly BodyLine[]): string[] {
  return lines
    .filter((line) => readFlattenedLabels(line.text) !== null)
    .map(
      (line) =>
        `line ${line.line} looks like a flattened label table ("${line.text.trim().slice(0, 60)}"); kept as text, not read as metadata`,
    );
}
