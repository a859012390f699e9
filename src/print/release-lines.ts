import { wrapText } from '../article/wrap-text.js';
import type { ReleaseRow } from '../model/release-row.js';
import cellWidth from '../text/cell-width.js';
import { dateLabel, oneLine } from '../text/labels.js';
import type { TextStyle } from './text-style.js';

// Marks an unread release in text lists (a mark, so it shows without colour).
const UNREAD_MARK = '•';
const DATE_COLUMN = 10;
// A date written out ("23 September") may widen the column this far; a longer one pushes its row.
const MAX_DATE_COLUMN = 16;
const GAP = '  ';

/** Widths of the date and type columns shared by the rows of one list, so titles line up. */
export interface ReleaseColumns {
  date: number;
  type: number;
}

/** Options of `releaseListLines`. */
export interface ReleaseLineOptions {
  width: number;
  style: TextStyle;
  /** Undefined leaves the unread column out (no reading state known). */
  read?: boolean;
  /** The list's columns (see releaseColumns); without them the row is laid out on its own. */
  columns?: ReleaseColumns;
}

/**
 * The columns for a list of rows: the widest date (up to a limit) and the widest type. When
 * that leaves the title less than half the width, every row puts its title on its own lines,
 * so the list stays aligned either way. Pure.
 */
export function releaseColumns(rows: readonly ReleaseRow[]): ReleaseColumns {
  const date = Math.min(MAX_DATE_COLUMN, Math.max(DATE_COLUMN, ...rows.map((row) => cellWidth(dateLabel(row.date)))));
  return { date, type: Math.max(0, ...rows.map((row) => cellWidth(oneLine(row.type)))) };
}

/**
 * One release of a text list: `• 2017-06-09  Press release  Title … id`. The title wraps under
 * itself; the id ends the entry, on the last title line when it fits.
 */
export function releaseListLines(row: ReleaseRow, options: ReleaseLineOptions): string[] {
  const { width, style } = options;
  const mark = options.read === undefined ? '' : options.read ? '  ' : `${UNREAD_MARK} `;
  const type = oneLine(row.type);
  const columns = options.columns ?? { date: DATE_COLUMN, type: cellWidth(type) };
  const date = padTo(dateLabel(row.date), columns.date);
  const typeCell = padTo(type, columns.type);
  const headWidth = cellWidth(`${mark}${date}${GAP}${typeCell}${GAP}`);
  // A long type would leave too little room: the title then goes on its own lines.
  const indent = headWidth <= width / 2 ? headWidth : mark.length + 4;
  const titleLines = wrapText(oneLine(row.title) || '(untitled)', width - indent);
  const id = oneLine(row.id);
  const last = titleLines[titleLines.length - 1]!;
  const idFits = indent + cellWidth(last) + 2 + cellWidth(id) <= width;
  const body = titleLines.map((line, index) => {
    const text =
      index === titleLines.length - 1 && idFits ? `${style.heading(line)}  ${style.muted(id)}` : style.heading(line);
    return `${' '.repeat(indent)}${text}`;
  });
  if (!idFits) body.push(`${' '.repeat(indent)}${style.muted(id)}`);
  if (indent === headWidth)
    return [
      `${mark}${date}${GAP}${style.accent(type)}${typeCell.slice(type.length)}${GAP}${body[0]!.slice(indent)}`,
      ...body.slice(1),
    ];
  return [`${mark}${date}${GAP}${style.accent(type)}`, ...body];
}

/** Text padded with spaces to `columns` terminal columns (wide characters count double). */
function padTo(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - cellWidth(text)));
}

/** A release row as `--json` prints it. */
export interface ReleaseRowJson {
  id: string;
  date: string | null;
  dateText: string | null;
  type: string;
  title: string;
  place: string | null;
  sources: string[];
  fields: string[];
  countries: string[];
  summary: boolean;
  read?: boolean;
}

/** A release row for JSON output (writeJson sanitizes every string it prints). */
export function releaseRowJson(row: ReleaseRow, read?: boolean): ReleaseRowJson {
  const json: ReleaseRowJson = {
    id: row.id,
    date: row.date.iso,
    dateText: row.date.text,
    type: row.type,
    title: row.title,
    place: row.place,
    sources: row.sources,
    fields: row.fields,
    countries: row.countries,
    summary: row.summary,
  };
  if (read !== undefined) json.read = read;
  return json;
}
