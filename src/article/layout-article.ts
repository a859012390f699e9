import type { Block, FactKind, Release } from '../bundle/types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { withInferredNote } from './fact-origin-notes.js';
import { formatReleaseDate } from './format-date.js';
import { type WrapOptions, wrapText } from './wrap-text.js';

/** How a line of an article is meant to look; the renderer maps styles to its theme. */
export type ArticleLineStyle =
  | 'type'
  | 'title'
  | 'meta'
  | 'body'
  | 'quote'
  | 'heading'
  | 'list'
  | 'note'
  | 'rule'
  | 'blank';

/**
 * Where a line starts in the article, the same at every width: the piece of the article it
 * belongs to (a header field, a block, a note; counted from 0) and how many non-space characters
 * of that piece come before it. Compare with compareAnchors.
 */
export type ArticleAnchor = readonly [piece: number, offset: number];

/** One terminal line of a laid-out article: plain, sanitized text at most `width` cells wide. */
export interface ArticleLine {
  text: string;
  style: ArticleLineStyle;
  anchor: ArticleAnchor;
}

/** Find terms the screen will mark with `markWidth` extra cells per match (see wrapText). */
type ArticleMarks = NonNullable<WrapOptions['marks']>;

/** Body text is easier to read in a measure of at most this many cells, however wide the terminal. */
export const MAX_ARTICLE_WIDTH = 100;
const MIN_ARTICLE_WIDTH = 10;
const QUOTE_INDENT = '  ';
const BULLET = '• ';
const NOTE_SPACE = '\u00a0';

/**
 * Lays a release out as terminal lines: a header (content type, title, date, place, sources,
 * fields of work, countries; a fact the importer inferred says so and from what), a rule and a blank line, the body (paragraphs apart by a blank line, quotes
 * indented, list items bulleted), the glossary notes as numbered footnotes (with `[n]` after the
 * term's first use in the text) and a "Mentions:" line. Lines are at most min(width, maxWidth) cells
 * (100 unless the reader chose another reading width); with `marks`, lines fit with their find
 * matches marked. The release and taxonomy come sanitized (sanitizeRelease, Taxonomy), so only
 * whitespace is tidied here. Pure.
 */
export function layoutArticle(
  release: Release,
  taxonomy: Taxonomy,
  width: number,
  maxWidth: number = MAX_ARTICLE_WIDTH,
  marks?: ArticleMarks,
): ArticleLine[] {
  const measure = Math.max(MIN_ARTICLE_WIDTH, Math.min(Math.floor(width), maxWidth));
  const names = (ids: string[]): string => ids.map((id) => clean(taxonomy.get(id)?.name ?? id)).join(', ');
  // A note on an inferred fact is wrapped as one word, so it is not split across lines; its
  // spaces are ordinary again on screen. Releases without inferred facts are left as they were.
  const hasNotes = release.origins?.some((origin) => !origin.stated) ?? false;
  const noted = (text: string, fact: FactKind, id?: string): string =>
    withInferredNote(text, release, fact, id, NOTE_SPACE);
  const unglue = (texts: string[]): string[] =>
    hasNotes ? texts.map((text) => text.replaceAll(NOTE_SPACE, ' ')) : texts;
  const factNames = (ids: string[], fact: FactKind): string =>
    ids.map((id) => noted(clean(taxonomy.get(id)?.name ?? id), fact, id)).join(', ');
  const lines: ArticleLine[] = [];
  let piece = 0;
  // Each call is one piece of the article; pieces do not depend on the width, so anchors do not either.
  const add = (style: ArticleLineStyle, texts: string[]): void => {
    let offset = 0;
    for (const text of texts) {
      lines.push({ text, style, anchor: [piece, offset] });
      offset += text.replace(/\s+/g, '').length;
    }
    piece++;
  };
  const wrap = (text: string, width: number, hangingIndent?: string): string[] =>
    wrapText(text, width, { hangingIndent, marks });
  const hanging = (text: string, indent: string = '  '): string[] => wrap(text, measure, indent);
  const blank = (): void => add('blank', ['']);
  const meta = (label: string, value: string): void => {
    if (value !== '') add('meta', unglue(hanging(`${label}: ${value}`)));
  };

  add('type', unglue(wrap(noted(clean(release.type), 'type'), measure)));
  add('title', wrap(clean(release.title), measure));
  meta('Date', noted(formatReleaseDate(release.date), 'date'));
  meta('Place', noted(clean(release.place ?? ''), 'place'));
  meta(release.sources.length > 1 ? 'Sources' : 'Source', factNames(release.sources, 'source'));
  meta('Fields of work', factNames(release.fields, 'field'));
  meta(release.countries.length > 1 ? 'Countries' : 'Country', factNames(release.countries, 'country'));
  if (release.summary) meta('Summary', 'a newsroom teaser; the full article is not in this bundle');
  add('rule', ['─'.repeat(measure)]);

  const notes = release.notes.map((note) => ({ term: clean(note.term), text: clean(note.text) }));
  const body = markNoteTerms(
    release.body.map(cleanBlock),
    notes.map((note) => note.term),
  );
  // A blank line before every block (not after), so the article never ends on an empty line.
  for (const block of body) {
    blank();
    layoutBlock(block, measure, add, wrap);
  }

  if (notes.length > 0) {
    blank();
    add('heading', ['Notes']);
    for (const [index, note] of notes.entries()) {
      add('note', hanging(`[${index + 1}] ${note.term}: ${note.text}`, ' '.repeat(`[${index + 1}] `.length)));
    }
  }
  if (release.mentions.length > 0) {
    blank();
    meta('Mentions', names(release.mentions));
  }
  return lines;
}

type Wrap = (text: string, width: number, hangingIndent?: string) => string[];

function layoutBlock(
  block: Block,
  measure: number,
  add: (style: ArticleLineStyle, texts: string[]) => void,
  wrap: Wrap,
): void {
  switch (block.kind) {
    case 'paragraph':
      add('body', wrap(block.text, measure));
      return;
    case 'quote':
      add(
        'quote',
        wrap(block.text, measure - QUOTE_INDENT.length).map((line) => QUOTE_INDENT + line),
      );
      return;
    case 'heading':
      add('heading', wrap(block.text, measure));
      return;
    case 'list':
      // The bullet stands out: later lines of an item are indented under its text.
      for (const item of block.items) add('list', wrap(BULLET + item, measure, ' '.repeat(BULLET.length)));
  }
}

/** Puts `[n]` after the first whole-word use of each note's term in the body. */
function markNoteTerms(blocks: Block[], terms: string[]): Block[] {
  const out = blocks.map((block) => (block.kind === 'list' ? { ...block, items: [...block.items] } : { ...block }));
  terms.forEach((term, index) => {
    if (term === '') return;
    const pattern = new RegExp(`${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'iu');
    const marker = `[${index + 1}]`;
    const insert = (text: string): string | undefined => {
      const match = pattern.exec(text);
      if (!match) return undefined;
      const end = match.index + match[0].length;
      return text.slice(0, end) + marker + text.slice(end);
    };
    for (const block of out) {
      if (block.kind === 'list') {
        const at = block.items.findIndex((item) => pattern.test(item));
        if (at === -1) continue;
        block.items[at] = insert(block.items[at]!)!;
        return;
      }
      const marked = insert(block.text);
      if (marked !== undefined) {
        block.text = marked;
        return;
      }
    }
  });
  return out;
}

function cleanBlock(block: Block): Block {
  return block.kind === 'list'
    ? { kind: 'list', items: block.items.map(clean).filter((item) => item !== '') }
    : { kind: block.kind, text: cleanBody(block.text) };
}

/** One-line text: newlines become spaces, so words stay apart. */
function clean(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function cleanBody(text: string): string {
  return text.trim();
}

/** Negative, zero or positive as anchor `a` comes before, at or after `b`. */
export function compareAnchors(a: ArticleAnchor, b: ArticleAnchor): number {
  return a[0] - b[0] || a[1] - b[1];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
