import { type AnyNode, type Element, isTag, isText } from 'domhandler';
import { collapse } from './line-writer.js';

// What a page's structure says about an element, without any site's class names: what is never
// text of a release, what is hidden, what is a block, what is a glossary term or its tooltip.

/** Elements whose content is never text of a release. */
const DROPPED_TAGS = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'figcaption',
  'nav',
  'footer',
  'aside',
  'dialog',
  'menu',
]);
const DROPPED_ROLES = new Set([
  'navigation',
  'contentinfo',
  'search',
  'banner',
  'complementary',
  'dialog',
  'menu',
  'menubar',
]);

/** Elements that start and end a line. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'center',
  'details',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
]);

const PAGER_CLASS = /^(?:pager|pagination)$/i;

const HIDDEN_CLASSES = new Set([
  'element-invisible',
  'element-hidden',
  'visually-hidden',
  'visuallyhidden',
  'sr-only',
  'screen-reader-text',
  'hidden',
  'd-none',
  'invisible',
  'hide',
]);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

const TOOLTIP_CLASS = /tooltip|popover|(?:lexicon|glossary)[-_]?(?:definition|description|text|body)|^definition$/i;
const TERM_CLASS = /^(?:lexicon|glossary)|tooltip/i;
const DEFINITION_ATTRIBUTES = [
  'data-tooltip',
  'data-definition',
  'data-bs-original-title',
  'data-original-title',
  'title',
];

function classes(element: Element): string[] {
  return (element.attribs.class ?? '').split(/\s+/).filter((name) => name !== '');
}

/** Never text of a release, by what it is: scripts, forms, site navigation and footer, asides. */
export function isDropped(element: Element): boolean {
  if (DROPPED_TAGS.has(element.name)) return true;
  const role = (element.attribs.role ?? '').toLowerCase();
  if (DROPPED_ROLES.has(role)) return true;
  // A pager's "1 2 next ›" would read as a list under the last listing entry.
  if (classes(element).some((name) => PAGER_CLASS.test(name))) return true;
  // A header outside the content holding no heading is the site's banner.
  return (
    element.name === 'header' &&
    !hasAncestor(element, (parent) => parent.name === 'main' || parent.name === 'article') &&
    !containsHeading(element)
  );
}

/** Hidden from the reader of the page: `hidden`, `display:none`, screen-reader-only classes. */
export function isHidden(element: Element): boolean {
  if ('hidden' in element.attribs || element.attribs['aria-hidden'] === 'true') return true;
  if (HIDDEN_STYLE.test(element.attribs.style ?? '')) return true;
  return classes(element).some((name) => HIDDEN_CLASSES.has(name.toLowerCase()));
}

/** A tooltip: shown on hover, never in the flow of the text. A "tooltip" element that holds one is its term. */
export function isTooltip(element: Element): boolean {
  return hasTooltipMark(element) && !holdsTooltip(element);
}

/** A glossary term: `dfn`, `abbr`, a tooltip toggle, or an element whose class says lexicon/glossary/tooltip. */
export function isGlossaryTerm(element: Element): boolean {
  if (element.name === 'dfn' || element.name === 'abbr') return true;
  if (element.attribs['data-toggle'] === 'tooltip' || element.attribs['data-bs-toggle'] === 'tooltip') return true;
  return !isTooltip(element) && classes(element).some((name) => TERM_CLASS.test(name));
}

function hasTooltipMark(element: Element): boolean {
  return element.attribs.role === 'tooltip' || classes(element).some((name) => TOOLTIP_CLASS.test(name));
}

function holdsTooltip(element: Element): boolean {
  return element.children.some((child) => isTag(child) && (hasTooltipMark(child) || isHidden(child)));
}

/** The definition a glossary term carries in an attribute (`title`, `data-tooltip`), if any. */
export function attributeDefinition(element: Element): string | null {
  if (!isGlossaryTerm(element) && !('data-tooltip' in element.attribs) && !('data-definition' in element.attribs))
    return null;
  for (const name of DEFINITION_ATTRIBUTES) {
    const value = collapse(element.attribs[name] ?? '');
    if (value !== '') return value;
  }
  return null;
}

/** Starts and ends a line. */
export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.name);
}

/** The text a reader of the page sees in a node: hidden parts, tooltips and dropped parts left out. */
export function visibleText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node)) return '';
  if (isDropped(node) || isHidden(node) || isTooltip(node)) return '';
  if (node.name === 'br') return ' ';
  const inner = node.children.map(visibleText).join('');
  return isBlock(node) ? ` ${inner} ` : inner;
}

/** Whether an ancestor of the element passes the test. */
export function hasAncestor(element: Element, test: (parent: Element) => boolean): boolean {
  for (let parent = element.parent; parent && isTag(parent); parent = parent.parent) if (test(parent)) return true;
  return false;
}

function containsHeading(element: Element): boolean {
  return element.children.some((child) => isTag(child) && (/^h[1-6]$/.test(child.name) || containsHeading(child)));
}
