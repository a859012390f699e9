import type { Command } from 'commander';
import { wrapText } from '../article/wrap-text.js';
import { EXIT_USAGE, UserError } from '../cli/errors.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import { releaseColumns, releaseListLines, releaseRowJson } from '../print/release-lines.js';
import type { TextStyle } from '../print/text-style.js';
import type { EntityHit, Highlight, SearchResults } from '../search/types.js';
import cellWidth from '../text/cell-width.js';
import { formatCount } from '../text/format-count.js';
import { kindLabel, oneLine } from '../text/labels.js';
import { commandTextStyle, openCommandCatalog } from './command-context.js';
import { DEFAULT_SEARCH_LIMIT } from './selection-options.js';

const SNIPPET_INDENT = 4;
const NAME_INDENT = 2;
// A wrapped name, and the kind and id that did not fit after it, sit deeper than the next name.
const NAME_CONTINUATION = 4;

/** `osce-tui search QUERY`: the browser's search, printed. */
export async function printSearchResults(
  words: string[],
  options: { limit?: number; json?: boolean },
  command: Command,
): Promise<void> {
  const query = queryOf(words);
  const catalog = await openCommandCatalog(command);
  try {
    const results = await catalog.search(query, { limit: options.limit ?? DEFAULT_SEARCH_LIMIT });
    if (results.error) throw new UserError(results.error);
    const nothingFound = results.entities.length === 0 && results.releases.length === 0;
    // Like lookup --json, --json prints the outcome also when nothing is found: the suggestions are in it.
    if (options.json) writeJson(searchJson(results));
    else if (!nothingFound) writeOut(searchText(results, outputWidth(), commandTextStyle(command)).join('\n'));
    if (nothingFound) throw new UserError(nothingFoundMessage(query, results));
  } finally {
    catalog.close();
  }
}

// Only "--name" is taken for a mistyped option: a query has no use for a word starting "--".
function queryOf(words: readonly string[]): string {
  const option = words.find((word) => word.startsWith('--'));
  if (option)
    throw new UserError(
      `unknown option '${option.split('=')[0]}'; the options are --limit N and --json (exclude a word with -word)`,
      EXIT_USAGE,
    );
  const query = words.join(' ').trim();
  if (query === '')
    throw new UserError('search needs a query, e.g. osce-tui search trafficking country:italy', EXIT_USAGE);
  return query;
}

/** Search results as `--json` prints them. */
export function searchJson(results: SearchResults): unknown {
  return {
    query: results.query,
    totalReleases: results.totalReleases,
    totalIsLowerBound: results.totalIsLowerBound ?? false,
    entities: results.entities.map((hit) => ({
      id: hit.entry.id,
      kind: hit.entry.kind,
      name: hit.entry.name,
      matched: hit.matched,
      highlights: hit.highlights,
    })),
    releases: results.releases.map((hit) => ({
      ...releaseRowJson(hit.row),
      titleHighlights: hit.titleHighlights,
      snippet: hit.snippet,
      snippetHighlights: hit.snippetHighlights,
    })),
    terms: results.terms,
    suggestions: (results.suggestions ?? []).map((hit) => ({
      id: hit.entry.id,
      kind: hit.entry.kind,
      name: hit.entry.name,
      matched: hit.matched,
    })),
  };
}

// One line on stderr, as every exit 1: what was not found, and the nearest names if any.
function nothingFoundMessage(query: string, results: SearchResults): string {
  const names = (results.suggestions ?? []).map((hit) => oneLine(hit.entry.name));
  return `nothing found for ${query}${names.length > 0 ? `. Did you mean: ${names.join(', ')}?` : ''}`;
}

/** Search results as text: names first, then releases with a snippet line under each. */
export function searchText(results: SearchResults, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  if (results.entities.length > 0) {
    lines.push(style.heading('Names'));
    for (const hit of results.entities) lines.push(...nameHitLines(hit, width, style));
  }
  if (results.releases.length > 0) {
    if (lines.length > 0) lines.push('');
    const shown = results.releases.length;
    const total = `${formatCount(results.totalReleases)}${results.totalIsLowerBound ? '+' : ''}`;
    lines.push(
      style.heading(shown < results.totalReleases ? `Releases (${shown} of ${total})` : `Releases (${shown})`),
    );
    const columns = releaseColumns(results.releases.map((hit) => hit.row));
    for (const hit of results.releases) {
      lines.push(...releaseListLines(hit.row, { width, style, columns }));
      if (hit.snippet !== '')
        lines.push(
          `${' '.repeat(SNIPPET_INDENT)}${marked(fit(hit.snippet, width - SNIPPET_INDENT), hit.snippetHighlights, style)}`,
        );
    }
  }
  return lines;
}

/**
 * One name of the results, laid out like a release line: `  Name (alias)  Kind · id`. The name
 * wraps under itself; kind and id end the entry, on the last name line when they fit. An id is
 * never cut (grep must find it whole), so one wider than the output gets a line of its own.
 */
function nameHitLines(hit: EntityHit, width: number, style: TextStyle): string[] {
  const { entry, matched, highlights } = hit;
  const name = markedText(
    matched === entry.name
      ? [[entry.name, highlights]]
      : [
          [entry.name, []],
          [' (', []],
          [matched, highlights],
          [')', []],
        ],
  );
  const wrapped = wrapText(name.text, width - NAME_INDENT, {
    hangingIndent: ' '.repeat(NAME_CONTINUATION - NAME_INDENT),
  });
  const lines = styleWrapped(wrapped, name, style).map((line) => `${' '.repeat(NAME_INDENT)}${line}`);
  const kind = kindLabel(entry.kind);
  const id = oneLine(entry.id);
  const fitsAfterLast = (text: string) => cellWidth(lines[lines.length - 1]!) + 2 + cellWidth(text) <= width;
  const continuation = ' '.repeat(NAME_CONTINUATION);
  const last = lines.length - 1;
  const tail = `${kind} · ${id}`;
  if (fitsAfterLast(tail)) lines[last] += `  ${style.muted(tail)}`;
  else if (NAME_CONTINUATION + cellWidth(tail) <= width && !fitsAfterLast(kind))
    lines.push(`${continuation}${style.muted(tail)}`);
  else {
    if (fitsAfterLast(kind)) lines[last] += `  ${style.muted(kind)}`;
    else lines.push(`${continuation}${style.muted(kind)}`);
    lines.push(`${continuation}${style.muted(id)}`);
  }
  return lines;
}

/** Display text made of pieces of bundle text, with which of its characters are highlighted. */
interface MarkedText {
  text: string;
  marks: boolean[];
}

// Squeezes the (sanitized) text as `oneLine` does, keeping track of the highlighted characters,
// so that the text can be wrapped first and coloured afterwards.
function markedText(pieces: readonly [string, readonly Highlight[]][]): MarkedText {
  const chars: { char: string; mark: boolean }[] = [];
  for (const [text, highlights] of pieces) {
    let at = 0;
    const add = (part: string, mark: boolean) => {
      for (const char of part) chars.push({ char, mark });
    };
    for (const [start, end] of highlights) {
      if (start < at || end > text.length) continue;
      add(text.slice(at, start), false);
      add(text.slice(start, end), true);
      at = end;
    }
    add(text.slice(at), false);
  }
  let text = '';
  const marks: boolean[] = [];
  for (const { char, mark } of chars) {
    const space = /\s/.test(char);
    if (space && (text === '' || text.endsWith(' '))) continue;
    text += space ? ' ' : char;
    for (let index = 0; index < char.length; index += 1) marks.push(mark && !space);
  }
  const trimmed = text.trimEnd();
  return { text: trimmed, marks: marks.slice(0, trimmed.length) };
}

// wrapText only breaks at the single spaces of a MarkedText (or inside a word too long for a
// line), so each wrapped line is found in the text in order and takes its marks from there.
function styleWrapped(wrapped: readonly string[], marked: MarkedText, style: TextStyle): string[] {
  if (!style.colour) return [...wrapped];
  let cursor = 0;
  return wrapped.map((line) => {
    const body = line.trimStart();
    const start = marked.text.indexOf(body, cursor);
    if (start === -1) return line;
    cursor = start + body.length;
    let out = line.slice(0, line.length - body.length);
    let run = '';
    let runMarked = false;
    for (let index = 0; index < body.length; index += 1) {
      const mark = marked.marks[start + index] ?? false;
      if (mark !== runMarked) {
        out += runMarked ? style.accent(run) : run;
        run = '';
        runMarked = mark;
      }
      run += body[index];
    }
    return out + (runMarked ? style.accent(run) : run);
  });
}

// Highlights only show with colour; plain output stays exactly the text.
function marked(text: string, highlights: readonly Highlight[], style: TextStyle): string {
  if (!style.colour) return oneLine(text);
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at || end > text.length) continue;
    out += text.slice(at, start) + style.accent(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

function fit(text: string, width: number): string {
  if (cellWidth(text) <= width) return text;
  let out = text;
  while (out.length > 0 && cellWidth(`${out}…`) > width) out = out.slice(0, -1);
  return `${out}…`;
}
