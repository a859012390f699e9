import { type AnyNode, type Element, isTag, isText } from 'domhandler';
import type { Note } from '../../bundle/types.js';
import { isBlock, isGlossaryTerm, isTooltip, visibleText } from './element-kinds.js';
import { collapse } from './line-writer.js';

// Glossary tooltips: the site shows a term and, on hover, its definition. In the markup the
// definition is a hidden element inside or beside the term, or an attribute of it.

/** Adds the note a hidden or tooltip element holds, when it stands inside or right after its term. */
export function addTooltipNote(tooltip: Element, notes: Note[]): void {
  const parent = tooltip.parent && isTag(tooltip.parent) ? tooltip.parent : null;
  let previous = tooltip.prev;
  while (previous && isText(previous) && previous.data.trim() === '') previous = previous.prev;
  const termElement =
    parent && !isBlock(parent) && (isGlossaryTerm(parent) || isTooltip(tooltip))
      ? parent
      : previous && isTag(previous) && (isGlossaryTerm(previous) || (isTooltip(tooltip) && !isBlock(previous)))
        ? previous
        : null;
  if (termElement === null) return;
  const term = collapse(visibleText(termElement));
  // A tooltip often repeats its term as a heading above the definition.
  const parts = tooltip.children.filter((child) => !isText(child) || child.data.trim() !== '');
  const first = parts[0];
  if (parts.length > 1 && first && isTag(first) && collapse(visibleText(first)).toLowerCase() === term.toLowerCase())
    parts.shift();
  addNote(notes, term, parts.flatMap(tooltipLines).join(' '));
}

function tooltipLines(part: AnyNode): string[] {
  const lines: string[] = [];
  let current = '';
  const visit = (node: AnyNode): void => {
    if (isText(node)) current += node.data;
    if (!isTag(node) || DROPPED_IN_TOOLTIP.has(node.name)) return;
    const block = isBlock(node) || node.name === 'br';
    if (block) flush();
    node.children.forEach(visit);
    if (block) flush();
  };
  const flush = (): void => {
    if (collapse(current) !== '') lines.push(collapse(current));
    current = '';
  };
  visit(part);
  flush();
  return lines;
}

const DROPPED_IN_TOOLTIP = new Set(['script', 'style', 'button', 'img', 'svg']);

/** Adds a note once; an empty term or definition, or one that only repeats the term, is none. */
export function addNote(notes: Note[], term: string, text: string): void {
  const cleanTerm = collapse(term);
  const cleanText = collapse(text);
  if (cleanTerm === '' || cleanText === '' || cleanText.toLowerCase() === cleanTerm.toLowerCase()) return;
  if (notes.some((note) => note.term === cleanTerm && note.text === cleanText)) return;
  notes.push({ term: cleanTerm, text: cleanText });
}
