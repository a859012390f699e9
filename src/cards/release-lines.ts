import stringWidth from 'string-width';
import type { ReleaseRow } from '../catalog/types.js';
import { clean as cleanLine, dateLabel } from '../text/labels.js';
import type { TextStyle } from './text-style.js';
import { wrapText } from '../article/wrap-text.js';

/** Marks an unread release in text lists (a mark, so it shows without colour). */
export const UNREAD_MARK = '•';
const DATE_COLUMN = 10;

/** Options of `releaseListLines`. */
export interface ReleaseLineOptions {
  width: number;
  style: TextStyle;
  /** Undefined leaves the unread column out (no reading state known). */
  read?: boolean;
}

/**
 * One release of a text list: `• 2017-06-09  Press release  Title … id`. The title wraps under
 * itself; the id ends the entry, on the last title line when it fits.
 */
export function releaseListLines(row: ReleaseRow, options: ReleaseLineOptions): string[] {
  const { width, style } = options;
  const mark = options.read === undefined ? '' : options.read ? '  ' : `${UNREAD_MARK} `;
  const date = dateLabel(row.date).padEnd(DATE_COLUMN);
  const type = cleanLine(row.type);
  const head = `${mark}${date}  ${type}  `;
  const headWidth = stringWidth(head);
  // A long type would leave too little room: the title then goes on its own lines.
  const indent = headWidth <= width / 2 ? headWidth : mark.length + 4;
  const titleLines = wrapText(cleanLine(row.title) || '(untitled)', width - indent);
  const id = cleanLine(row.id);
  const last = titleLines[titleLines.length - 1]!;
  const idFits = indent + stringWidth(last) + 2 + stringWidth(id) <= width;
  const body = titleLines.map((line, index) => {
    const text = index === titleLines.length - 1 && idFits ? `${style.heading(line)}  ${style.muted(id)}` : style.heading(line);
    return `${' '.repeat(indent)}${text}`;
  });
  if (!idFits) body.push(`${' '.repeat(indent)}${style.muted(id)}`);
  const styledHead = `${mark}${date}  ${style.accent(type)}`;
  if (indent === headWidth) return [`${styledHead}  ${body[0]!.slice(indent)}`, ...body.slice(1)];
  return [styledHead, ...body];
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

/** A release row for JSON output (JSON escapes control characters, so text is kept as is). */
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
