import { findFoldedTerms } from '../../article/find-terms.js';

/** A piece of a line, highlighted or not. */
export interface Segment {
  text: string;
  highlighted: boolean;
}

/** Splits text into segments by [start, end) ranges (ranges may overlap or be unsorted). */
export function splitByRanges(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const marks = new Array<boolean>(text.length).fill(false);
  for (const [start, end] of ranges) {
    for (let i = Math.max(0, start); i < Math.min(text.length, end); i++) marks[i] = true;
  }
  const out: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = out[out.length - 1];
    if (last && last.highlighted === marks[i]) last.text += text[i];
    else out.push({ text: text[i]!, highlighted: marks[i]! });
  }
  return out;
}

/** Indexes of the lines that contain any of the terms. */
export function matchingLines(lines: readonly string[], terms: readonly string[]): number[] {
  const out: number[] = [];
  lines.forEach((line, index) => {
    if (findFoldedTerms(line, terms).length > 0) out.push(index);
  });
  return out;
}
