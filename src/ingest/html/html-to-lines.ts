import { type AnyNode, type Document, type Element, isDocument, isTag, isText } from 'domhandler';
import type { Note } from '../../bundle/types.js';
import { MONTH_NAMES } from '../../text/month-names.js';
import { isOpenNumericDate, parseDateText } from '../parse-date.js';
import { contentRoot, contentStart } from './content-area.js';
import { attributeDefinition, isBlock, isDropped, isHidden, isTooltip, visibleText } from './element-kinds.js';
import { collapse, LineWriter } from './line-writer.js';
import { matchesSelector } from './select.js';
import { addNote, addTooltipNote } from './tooltip-notes.js';

/** A page as the lines of a text dump, and the glossary notes its markup carries. */
export interface PageLines {
  lines: string[];
  notes: Note[];
}

const MONTHS = MONTH_NAMES;
// Classes of the older osce.org theme, used as hints only: a listing entry, and its date.
const LISTING_ENTRY = '.search-result-news, .views-row';
const LISTING_DATE = '.publishing-date';
const SHOWN_DATE = 'span.date-display-single';
// What stands between the links of a share bar, a breadcrumb or a pager.
const LINK_SEPARATORS = /^[\s|·•›»‹«,/–—-]*$/;

interface WalkContext {
  pre: boolean;
  /** Blocks inside a one-paragraph list item stay on the item's line. */
  inlineBlocks: boolean;
  /** Inside one entry of a listing: a lone date there is its publishing date. */
  inEntry: boolean;
  /** Inside a block of links only (share buttons, a pager): each link is a line. */
  linkLines: boolean;
}

/**
 * Turns a parsed page into the lines the page reader reads: a block element is a line, `li` a
 * `- item` line, `dt` and `dd` lines of their own (a `dt` ends in a colon, as labels do), `br` a
 * line break, a table row `label: value`. Scripts, styles, forms, navigation, footers, asides and
 * hidden elements are left out; when the page has one main content area or a title (`h1`), the
 * lines start there. A `time datetime=` settles a date its text leaves open, and a date alone on a
 * line gets the label "Date:" ("Publishing date:" in a listing entry). Glossary tooltips (a
 * hidden definition, or one in a `title`) become notes, not text. `pageUrl` goes on the first line,
 * where the reader looks for it; other lines stand at their source line in `source`.
 */
export function htmlToLines(document: Document, source: string, pageUrl: string | null): PageLines {
  const lineOf = createLineFinder(source);
  const writer = new LineWriter(pageUrl === null ? [] : [pageUrl]);
  const notes: Note[] = [];
  const root = contentRoot(document);
  const start = contentStart(root);
  const onPathToStart = new Set<AnyNode>();
  for (let node: AnyNode | null = start; node; node = node.parent) onPathToStart.add(node);
  let started = start === null;

  const walk = (node: AnyNode, context: WalkContext): void => {
    if (!started) {
      if (node === start) started = true;
      else if (!onPathToStart.has(node)) return;
    }
    if (isText(node)) {
      if (!(context.linkLines && LINK_SEPARATORS.test(node.data)))
        writeText(node.data, lineOf(node.startIndex ?? 0), context);
      return;
    }
    if (isDocument(node)) for (const child of node.children) walk(child, context);
    if (!isTag(node) || isDropped(node)) return;
    if (isHidden(node) || isTooltip(node)) {
      addTooltipNote(node, notes);
      return;
    }
    const definition = attributeDefinition(node);
    if (definition !== null) addNote(notes, visibleText(node), definition);
    visitElement(node, context);
  };

  const writeText = (data: string, line: number, context: WalkContext): void => {
    if (!context.pre) {
      writer.write(data, line);
      return;
    }
    data.split('\n').forEach((part, index) => {
      if (index > 0) writer.end();
      writer.write(part, line + index);
    });
  };

  const walkChildren = (element: Element, context: WalkContext): void => {
    for (const child of element.children) walk(child, context);
  };

  const visitElement = (element: Element, context: WalkContext): void => {
    const line = lineOf(element.startIndex ?? 0);
    const inEntry = context.inEntry || isListingEntry(element);
    const inner = { ...context, inEntry };
    if (element.name === 'br') {
      writer.end();
      return;
    }
    if (isDateElement(element)) {
      if (isBlock(element)) writer.end();
      const empty = writer.isEmpty();
      const date = dateText(element);
      writer.write(` ${date} `, line);
      if (empty)
        writer.markDateOnly(inEntry || matchesSelector(element, LISTING_DATE) ? 'Publishing date' : 'Date', date);
      if (isBlock(element)) writer.end();
      return;
    }
    if (context.inlineBlocks && element.name === 'p') {
      writer.write(' ', line);
      walkChildren(element, inner);
      writer.write(' ', line);
      return;
    }
    if (context.linkLines && element.name === 'a') {
      writer.end();
      walkChildren(element, inner);
      writer.end();
      return;
    }
    if (!isBlock(element)) {
      walkChildren(element, inner);
      return;
    }
    writer.end();
    switch (element.name) {
      case 'li':
        if (isContainerItem(element)) {
          walkChildren(element, inner);
        } else {
          writer.setPrefix(listMark(element));
          walkChildren(element, { ...inner, inlineBlocks: true });
        }
        break;
      case 'dt':
        walkChildren(element, inner);
        writer.endWith(':');
        break;
      case 'tr':
        writeRow(element, inner);
        break;
      case 'pre':
        walkChildren(element, { ...inner, pre: true });
        break;
      default:
        walkChildren(element, { ...inner, linkLines: isLinkList(element) });
    }
    writer.end();
  };

  const writeRow = (row: Element, context: WalkContext): void => {
    const cells = row.children.filter(
      (child): child is Element => isTag(child) && (child.name === 'td' || child.name === 'th'),
    );
    const labelled = cells.length === 2 && cells[0]!.name === 'th';
    cells.forEach((cell, index) => {
      if (index > 0) writer.write(' ', lineOf(cell.startIndex ?? 0));
      walkChildren(cell, { ...context, inlineBlocks: true });
      if (labelled && index === 0) writer.endWith(':');
    });
  };

  walk(root, { pre: false, inlineBlocks: false, inEntry: false, linkLines: false });
  writer.end();
  return { lines: writer.lines, notes };
}

function isListingEntry(element: Element): boolean {
  if (matchesSelector(element, LISTING_ENTRY)) return true;
  if (element.name !== 'article' || !element.parent) return false;
  return element.parent.children.filter((sibling) => isTag(sibling) && sibling.name === 'article').length >= 2;
}

function isDateElement(element: Element): boolean {
  if (element.name === 'time' && element.attribs.datetime !== undefined) return true;
  if (matchesSelector(element, SHOWN_DATE)) return true;
  // The older theme's listing date, when it holds only the date (no "Publishing date:" label).
  return (
    matchesSelector(element, LISTING_DATE) &&
    !visibleText(element).includes(':') &&
    parseDateText(collapse(visibleText(element))) !== null
  );
}

/** The date an element shows, or the one its `datetime` or `content` gives when the text leaves it open. */
function dateText(element: Element): string {
  const shown = collapse(visibleText(element));
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(element.attribs.datetime ?? element.attribs.content ?? '');
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return shown;
  const fromMarkup = `${Number(match[3])} ${month} ${match[1]}`;
  if (shown === '') return fromMarkup;
  const read = parseDateText(shown);
  if (read === null) return shown;
  return isOpenNumericDate(read) || read.iso === null ? fromMarkup : shown;
}

/** A list item holding headings or several paragraphs is a container (a listing entry), not a `- item`. */
function isContainerItem(item: Element): boolean {
  let paragraphs = 0;
  const visit = (element: Element): boolean =>
    element.children.some((child) => {
      if (!isTag(child)) return false;
      if (/^(?:h[1-6]|div|article|section|table|header|dl|blockquote)$/.test(child.name)) return true;
      if (child.name === 'p' && ++paragraphs > 1) return true;
      return child.name !== 'ul' && child.name !== 'ol' && visit(child);
    });
  return visit(item);
}

/** A block holding two or more links and nothing else but separators ("|", "·", "›"). */
function isLinkList(block: Element): boolean {
  let links = 0;
  const onlyLinks = (element: Element): boolean =>
    element.children.every((child) => {
      if (isText(child)) return LINK_SEPARATORS.test(child.data);
      if (!isTag(child) || isDropped(child) || isHidden(child) || isTooltip(child)) return true;
      if (child.name === 'a') return ++links > 0;
      return !isBlock(child) && child.name !== 'br' && onlyLinks(child);
    });
  return onlyLinks(block) && links >= 2;
}

function listMark(item: Element): string {
  const list = item.parent;
  if (!list || !isTag(list) || list.name !== 'ol') return '- ';
  const position = list.children.filter((child) => isTag(child) && child.name === 'li').indexOf(item) + 1;
  return position <= 99 ? `${position}. ` : '- ';
}

/** Maps a character offset in `source` to its 1-based line. */
function createLineFinder(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
