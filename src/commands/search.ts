import { type Command, Option } from 'commander';
import stringWidth from 'string-width';
import { releaseListLines, releaseRowJson } from '../cards/release-lines.js';
import type { TextStyle } from '../cards/text-style.js';
import { EXIT_USAGE, UserError } from '../cli/errors.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import type { Highlight, SearchResults } from '../search/types.js';
import { sanitizeText } from '../text/sanitize.js';
import { clean, kindLabel } from '../text/labels.js';
import { commandTextStyle, openCommandCatalog, parsePositiveInteger } from './list.js';

const DEFAULT_LIMIT = 20;
const SNIPPET_INDENT = 4;

/** Adds `osce-tui search QUERY`: the browser's search, printed. */
export function register(program: Command): void {
  program
    .command('search')
    .description('search names and releases: words, "exact phrase", -word, country:, field:, source:, type:, year:2015..2017')
    .argument('<query...>', 'the query (quote phrases for the shell: \'"human rights"\')')
    .addOption(new Option('--limit <n>', `at most N releases (default ${DEFAULT_LIMIT})`).argParser(parsePositiveInteger))
    .option('--json', 'print JSON')
    // "-word" excludes a word: it reaches the query instead of failing as an unknown option.
    .allowUnknownOption()
    .action(async (words: string[], options: { limit?: number; json?: boolean }, command: Command) => {
      const query = queryOf(words);
      const catalog = await openCommandCatalog(command);
      try {
        const results = await catalog.search(query, { limit: options.limit ?? DEFAULT_LIMIT });
        if (results.error) throw new UserError(results.error);
        if (results.entities.length === 0 && results.releases.length === 0) throw new UserError(`nothing found for ${query}`);
        if (options.json) writeJson(searchJson(results));
        else writeOut(searchText(results, outputWidth(), commandTextStyle(command)).join('\n'));
      } finally {
        catalog.close();
      }
    });
}

// Only "--name" is taken for a mistyped option: a query has no use for a word starting "--".
function queryOf(words: readonly string[]): string {
  const option = words.find((word) => word.startsWith('--'));
  if (option) throw new UserError(`unknown option '${option.split('=')[0]}'; the options are --limit N and --json (exclude a word with -word)`, EXIT_USAGE);
  const query = words.join(' ').trim();
  if (query === '') throw new UserError('search needs a query, e.g. osce-tui search trafficking country:italy', EXIT_USAGE);
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
  };
}

/** Search results as text: names first, then releases with a snippet line under each. */
export function searchText(results: SearchResults, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  if (results.entities.length > 0) {
    lines.push(style.heading('Names'));
    for (const hit of results.entities) {
      const alias = hit.matched !== hit.entry.name ? ` (${marked(hit.matched, hit.highlights, style)})` : '';
      const name = hit.matched === hit.entry.name ? marked(hit.entry.name, hit.highlights, style) : clean(hit.entry.name);
      lines.push(`  ${name}${alias}  ${style.muted(`${kindLabel(hit.entry.kind)} · ${hit.entry.id}`)}`);
    }
  }
  if (results.releases.length > 0) {
    if (lines.length > 0) lines.push('');
    const shown = results.releases.length;
    const total = `${results.totalReleases.toLocaleString('en-US')}${results.totalIsLowerBound ? '+' : ''}`;
    lines.push(style.heading(shown < results.totalReleases ? `Releases (${shown} of ${total})` : `Releases (${shown})`));
    for (const hit of results.releases) {
      lines.push(...releaseListLines(hit.row, { width, style }));
      if (hit.snippet !== '') lines.push(`${' '.repeat(SNIPPET_INDENT)}${marked(fit(hit.snippet, width - SNIPPET_INDENT), hit.snippetHighlights, style)}`);
    }
  }
  return lines;
}

// Highlights only show with colour; plain output stays exactly the text.
function marked(text: string, highlights: readonly Highlight[], style: TextStyle): string {
  if (!style.colour) return clean(text);
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at || end > text.length) continue;
    out += sanitizeText(text.slice(at, start)) + style.accent(sanitizeText(text.slice(start, end)));
    at = end;
  }
  return out + sanitizeText(text.slice(at));
}

function fit(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = text;
  while (out.length > 0 && stringWidth(`${out}…`) > width) out = out.slice(0, -1);
  return `${out}…`;
}
