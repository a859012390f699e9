import { foldText, isAscii } from '../text/fold.js';

/** Folded text and, for each of its characters, where that character came from. */
export interface FoldedText {
  text: string;
  /** origin[i] = index in the original text of folded character i; undefined when identical. */
  origin: Int32Array | undefined;
}

const SPACE = /\s/;

/**
 * Folds text for matching like foldText (case, accents, quotes, dashes) but character by
 * character, without collapsing space, so a match in the folded text can be mapped back to the
 * words the page wrote. Plain ASCII text, the common case, is only lower-cased.
 */
export function foldWithOffsets(text: string): FoldedText {
  if (isAscii(text)) return { text: text.toLowerCase(), origin: undefined };
  const parts: string[] = [];
  const origin: number[] = [];
  let index = 0;
  for (const character of text) {
    const folded =
      character.length === 1 && character.charCodeAt(0) < 0x80
        ? character.toLowerCase()
        : SPACE.test(character)
          ? ' '
          : foldText(character);
    for (let i = 0; i < folded.length; i++) origin.push(index);
    parts.push(folded);
    index += character.length;
  }
  return { text: parts.join(''), origin: Int32Array.from(origin) };
}

/** The slice of the original text that folded[start, end) came from. */
export function originalSlice(original: string, folded: FoldedText, start: number, end: number): string {
  if (!folded.origin) return original.slice(start, end);
  const from = folded.origin[start] ?? original.length;
  const last = folded.origin[end - 1];
  if (last === undefined) return original.slice(from);
  const codePoint = original.codePointAt(last) ?? 0;
  return original.slice(from, last + (codePoint > 0xffff ? 2 : 1));
}
