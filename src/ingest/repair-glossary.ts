import type { Note } from '../bundle/types.js';

/** A line of an article body with its 1-based line number in the page. */
export interface BodyLine {
  text: string;
  line: number;
  /** Set on a line rebuilt from a flattened tooltip: the dump's paragraph break before it is not trusted. */
  joinsPrevious?: boolean;
}

const MAX_TERM_WORDS = 8;
// Real paragraphs hold a few tooltips; the cap keeps crafted input from chaining lines forever.
const MAX_TOOLTIPS_PER_LINE = 16;
// Words ending in a period that do not end a sentence ("e.g. lawyers").
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'approx',
  'incl',
  'cf',
  'vs',
  'no',
  'nos',
  'art',
  'para',
  'mr',
  'ms',
  'mrs',
  'dr',
  'st',
]);

/**
 * Repairs glossary tooltips that a text dump flattened into the body. The site shows a term with
 * a tooltip; the dump writes the term twice, glued ("practitionersanti-trafficking practitioners"),
 * breaks the line, writes the definition (which opens with the term) and goes on with the
 * interrupted sentence on the definition's line ("… journalists. from 35 States …"). The
 * sentence is rejoined and the definition becomes a note on the term.
 */
export function repairGlossary(lines: readonly BodyLine[]): { lines: BodyLine[]; notes: Note[] } {
  const out: BodyLine[] = [];
  const notes: Note[] = [];
  let i = 0;
  while (i < lines.length) {
    const current: BodyLine = { ...lines[i]! };
    let repaired = 0;
    while (i + 1 < lines.length && repaired < MAX_TOOLTIPS_PER_LINE) {
      const tooltip = splitTooltip(current.text, lines[i + 1]!.text);
      if (!tooltip) break;
      notes.push({ term: tooltip.term, text: tooltip.definition });
      current.text = joinText(tooltip.before, tooltip.continuation);
      repaired++;
      i++;
      const following = lines[i + 1];
      if (tooltip.continuation === '' && following && /^[\p{Ll}\d,;:)]/u.test(following.text.trim())) {
        current.text = joinText(current.text, following.text.trim());
        i++;
      }
    }
    if (repaired > 0) current.joinsPrevious = true;
    out.push(current);
    i++;
  }
  return { lines: out, notes };
}

interface Tooltip {
  /** The line's text up to and including the term, once. */
  before: string;
  term: string;
  definition: string;
  /** The rest of the interrupted sentence, '' when the definition took the whole line. */
  continuation: string;
}

function splitTooltip(text: string, nextLine: string): Tooltip | null {
  const line = text.trimEnd();
  const definitionLine = nextLine.trim();
  // A doubled term of a few words fits in the line's last few hundred characters, and its first
  // word is there twice: a cheap test that spares most ordinary line pairs the full one.
  const lowerLine = line.slice(-400).toLowerCase();
  const firstWord = (/^\S+/.exec(definitionLine)?.[0] ?? '').replace(/[,:;]$/, '').toLowerCase();
  const firstAt = lowerLine.indexOf(firstWord);
  if (firstWord === '' || firstAt === -1 || lowerLine.indexOf(firstWord, firstAt + 1) === -1) return null;
  const words = definitionLine.slice(0, 400).split(/\s+/);
  for (let k = Math.min(MAX_TERM_WORDS, words.length - 1); k >= 1; k--) {
    const term = words
      .slice(0, k)
      .join(' ')
      .replace(/[,:;]$/, '');
    const lowerTerm = term.toLowerCase();
    if (lowerTerm.length < 3 || !lowerLine.endsWith(lowerTerm)) continue;
    const withoutSecond = line.slice(0, line.length - term.length).replace(/ $/, '');
    if (!withoutSecond.slice(-term.length).toLowerCase().endsWith(lowerTerm)) continue;
    const firstCopyStart = withoutSecond.length - term.length;
    // The first copy must start a word, or "reportsports" would read as a doubled "sports".
    if (firstCopyStart > 0 && /[\p{L}\d]/u.test(withoutSecond.charAt(firstCopyStart - 1))) continue;
    const { definition, continuation } = splitDefinition(definitionLine);
    return { before: withoutSecond, term: withoutSecond.slice(firstCopyStart), definition, continuation };
  }
  return null;
}

function splitDefinition(line: string): { definition: string; continuation: string } {
  const sentenceEnd = /[.!?]["”’)]?(?:\s+(?=[\p{Ll}\d(])|\s*(?=[,;:)]))/gu;
  for (const match of line.matchAll(sentenceEnd)) {
    const before = line.slice(0, match.index);
    const lastWord = (/(\S+)$/.exec(before)?.[1] ?? '').toLowerCase();
    if (ABBREVIATIONS.has(lastWord) || /\p{L}\.\p{L}/u.test(lastWord)) continue;
    const end = match.index + match[0].trimEnd().length;
    return { definition: line.slice(0, end).trim(), continuation: line.slice(match.index + match[0].length).trim() };
  }
  return { definition: line, continuation: '' };
}

function joinText(before: string, after: string): string {
  if (after === '') return before;
  return /^[,;:.)]/.test(after) ? before + after : `${before} ${after}`;
}
