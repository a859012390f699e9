import type { Block } from '../bundle/types.js';
import { parseDateline } from './parse-dateline.js';
import type { BodyLine } from './repair-glossary.js';

const LIST_ITEM = /^(?:[-–•*▪●]|\d{1,2}[.)])\s+(?=\S)/;

/**
 * Turns body lines into blocks. Dumps write one paragraph a line; `- item` and `1. item` lines
 * make lists; a short line without closing punctuation followed by more text is a heading; a
 * paragraph that opens with a quotation mark and is mostly quotation is a quote.
 */
export function buildBodyBlocks(lines: readonly BodyLine[]): Block[] {
  const blocks: Block[] = [];
  const texts = lines.map((line) => ({ ...line, text: line.text.trim() })).filter((line) => line.text !== '');
  texts.forEach((line, index) => {
    const last = blocks[blocks.length - 1];
    if (LIST_ITEM.test(line.text)) {
      const item = line.text.replace(LIST_ITEM, '');
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else if (line.joinsPrevious && last?.kind === 'paragraph') {
      last.text = `${last.text} ${line.text}`;
    } else if (index + 1 < texts.length && isHeading(line.text)) {
      blocks.push({ kind: 'heading', text: line.text });
    } else if (isQuote(line.text)) {
      blocks.push({ kind: 'quote', text: line.text });
    } else {
      blocks.push({ kind: 'paragraph', text: line.text });
    }
  });
  return blocks;
}

function isHeading(text: string): boolean {
  return (
    text.length <= 80 &&
    text.split(/\s+/).length <= 10 &&
    /^[\p{Lu}\d]/u.test(text) &&
    !/[.,;:!?"”’)…–—-]$/.test(text) &&
    parseDateline(text) === null
  );
}

const OPENING = new Set(['“', '„', '«', '"', '‘']);

/** Opens with a quotation mark and at least half of it is inside quotation marks. */
export function isQuote(text: string): boolean {
  if (!OPENING.has(text.charAt(0))) return false;
  // Single marks count only when the paragraph opens with one: ’ is also the apostrophe.
  const single = text.charAt(0) === '‘';
  let inside = false;
  let quoted = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '“' || char === '„' || char === '«') inside = true;
    else if (char === '”' || char === '»') inside = false;
    else if (char === '"') inside = !inside;
    else if (single && char === '‘') inside = true;
    else if (single && char === '’' && !/\p{L}/u.test(text.charAt(i + 1))) inside = false;
    else if (inside) quoted++;
  }
  return quoted >= text.length / 2;
}
