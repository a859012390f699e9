import { isSeparatorLine } from './line-shapes.js';

// Headings that open the site's footer: what follows them is never part of the release.
// "Back to top" is not one: long pages print it after every section, so it counts only at the end.
const FOOTER_HEADING =
  /^(?:related(?: (?:content|news|stories|articles|links|releases|press releases|publications|documents|resources|items|topics))?|(?:see also|more|latest|other) (?:news|stories|press releases)|share (?:this|on)\b.*)$/i;

// Footer lines that end a page: share links, newsletter and contact boilerplate, legal links.
// They count only at the very end, so a body sentence or heading with these words stays.
const FOOTER_LINE_PATTERNS = [
  'share|share this|print|e-?mail|facebook|twitter|x|linkedin|whatsapp|telegram|instagram|youtube|flickr|vk|reddit|copy link|rss',
  String.raw`follow us(?: on)?\b.{0,60}`,
  String.raw`newsletters?|subscribe|(?:subscribe|sign up)\b.{0,60}\b(?:newsletter|updates|alerts)\b.{0,60}`,
  'contact us|contacts|press contacts?|media contacts?',
  'privacy(?: policy| notice| statement)?|terms (?:of use|and conditions)|cookies?(?: policy| settings)?|accessibility|disclaimer|site ?map|imprint',
  String.raw`(?:©|\(c\)|copyright\b|all rights reserved).{0,120}`,
  String.raw`(?:↑\s*)?back to (?:the )?top|top`,
];
const FOOTER_LINE = new RegExp(`^(?:${FOOTER_LINE_PATTERNS.map((pattern) => `(?:${pattern})`).join('|')})$`, 'i');

const BACK_TO_TOP = /^(?:↑\s*)?back to (?:the )?top$/i;

/** Whether a line is a "Back to top" link, which is never text of a release wherever it stands. */
export function isBackToTopLine(line: string): boolean {
  return BACK_TO_TOP.test(footerText(line));
}

/** Whether a line is site boilerplate when it ends a page ("Facebook", "Privacy policy", "© …"). */
export function isFooterLine(line: string): boolean {
  const text = footerText(line);
  return text === '' || isSeparatorLine(line) || FOOTER_LINE.test(text) || FOOTER_HEADING.test(text);
}

/**
 * Index of the first line of the site footer at the end of a page, or `lines.length` when there
 * is none: the first footer heading after `from` ("Related content", "Related news", "Back to
 * top", "Share this page"), then, going backwards, every footer line that ends the page.
 */
export function findFooterStart(lines: readonly string[], from: number): number {
  let end = lines.length;
  for (let i = from; i < lines.length; i++) {
    if (FOOTER_HEADING.test(footerText(lines[i]!))) {
      end = i;
      break;
    }
  }
  while (end > from && isFooterLine(lines[end - 1]!)) end--;
  return end;
}

/** The words of a footer line without list marks, colons and arrows around them. */
function footerText(line: string): string {
  return line
    .trim()
    .replace(/^[-–—•*▪●]\s+/, '')
    .replace(/[\s:›»→>]+$/, '')
    .trim();
}
