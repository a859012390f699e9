import { type Document, type Element, isTag, isText } from 'domhandler';
import { knownContentType } from '../content-types.js';
import { hasAncestor, isDropped, isHidden, visibleText } from './element-kinds.js';
import { collapse } from './line-writer.js';
import { selectElement, selectElements } from './select.js';

// Where on a page the release is: the content area to read and the element to start at.

/** The one main content area, else the one article, when they hold the page title (if any); else the body. */
export function contentRoot(document: Document): Element | Document {
  const hasTitle = pageTitle(document) !== null;
  const holdsTitle = (element: Element): boolean => !hasTitle || pageTitle(element) !== null;
  const mains = selectElements('main, [role=main]', document).filter((main) => !isHidden(main));
  if (mains.length === 1 && holdsTitle(mains[0]!)) return mains[0]!;
  const articles = selectElements('article', document);
  if (articles.length === 1 && holdsTitle(articles[0]!)) return articles[0]!;
  return selectElement('body', document) ?? document;
}

/**
 * Where the release starts: the older theme's title header, else the page title (with a content
 * type right above it). Menus and breadcrumbs before it are not read. Null: read from the top.
 */
export function contentStart(root: Element | Document): Element | null {
  const header = selectElement('.content--header', root);
  if (header) return header;
  const title = pageTitle(root);
  if (!title) return null;
  let previous = title.prev;
  while (previous && isText(previous) && previous.data.trim() === '') previous = previous.prev;
  if (previous && isTag(previous) && knownContentType(collapse(visibleText(previous))) !== undefined) return previous;
  return title;
}

/** The first shown `h1` that is not the site's logo (a heading that only links to the home page). */
function pageTitle(root: Element | Document): Element | null {
  return (
    selectElements('h1', root).find(
      (h1) => !isHidden(h1) && !hasAncestor(h1, (parent) => isDropped(parent) || isHidden(parent)) && !isLogo(h1),
    ) ?? null
  );
}

function isLogo(heading: Element): boolean {
  const parts = heading.children.filter((child) => !isText(child) || child.data.trim() !== '');
  const only = parts[0];
  return (
    parts.length === 1 &&
    isTag(only!) &&
    only.name === 'a' &&
    /^(?:\/|https?:\/\/[^/]+\/?)$/.test(only.attribs.href ?? '')
  );
}
