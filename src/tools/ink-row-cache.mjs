// Ink draws every frame from scratch: Output.get() fills a grid of one object per cell for the
// whole screen, copies each line's styled characters into it and turns every row back into a
// string, comparing the styles of each pair of neighbouring cells: most of the CPU time of a
// key (and most of its garbage), though a key changes a few rows. A row's text depends only on
// the screen width and on the writes that land on it (column and text, in order), so each row
// is kept by those and drawn only when they change; a list scrolled by one line finds its rows
// under their new line numbers too. A row that is drawn is drawn as Ink draws it, cell by cell,
// skipping only the style comparisons of neighbours whose styles are the same objects or none.
// The override is appended to Ink's output.js by the build (see inkCachesAcrossFrames), and
// the build fails if Ink's get() is no longer the one this replaces.

import { createHash } from 'node:crypto';

// Ink 6.8's Output.get(), which the override reproduces: the SHA-256 of its source text.
const INK_OUTPUT_GET_SHA256 = '7da0e35e96e14b583b4eb4fd93a6152563dbddcf5b65bddca8a0022044149542';
const INK_OUTPUT_GET = /^ {4}get\(\) \{\n[\s\S]*?\n {4}\}\n/m;

// Rows kept across frames (a few screens' worth); the cache starts afresh when it grows past it.
const KEPT_ROWS = 2000;

/** JavaScript appended to Ink's output.js: Output.prototype.get with rows kept across frames. */
export const INK_ROW_CACHE = `
import { ansiCodesToString as rowAnsiCodesToString, diffAnsiCodes as rowDiffAnsiCodes } from '@alcalzone/ansi-tokenize';
let keptRows = new Map();

function sameStyles(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// styledCharsToString, without the work that yields '' for neighbours of the same styles.
function rowToString(chars) {
  let ret = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (i === 0) {
      if (char.styles.length > 0) ret += rowAnsiCodesToString(char.styles);
    } else if (!sameStyles(chars[i - 1].styles, char.styles)) {
      ret += rowAnsiCodesToString(rowDiffAnsiCodes(chars[i - 1].styles, char.styles));
    }
    ret += char.value;
    if (i === chars.length - 1 && char.styles.length > 0) ret += rowAnsiCodesToString(rowDiffAnsiCodes(char.styles, []));
  }
  return ret;
}

// Lines whose every character is one cell and one grapheme on its own, and no styles: Ink's cells
// are then the characters themselves. The ranges hold no combining, joining, format or control
// characters (which join a neighbour or take no cell): Latin, punctuation such as … and –,
// arrows, box drawing, shapes and symbols such as ▶ • ★; a character of these that is not one
// cell wide (an emoji) sends the row the long way.
const SIMPLE = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u27bf]*$/;
const ASCII = /^[\x20-\x7e]*$/;

function isSimple(output, line) {
  if (ASCII.test(line)) return true;
  if (!SIMPLE.test(line)) return false;
  for (const character of line) if (character > '\x7e' && output.caches.getStringWidth(character) !== 1) return false;
  return true;
}

// One row as Ink's get() draws it: writes is [x, line, x, line, ...] in the order they came.
function drawRow(output, writes) {
  let simple = true;
  for (let w = 1; w < writes.length && simple; w += 2) simple = isSimple(output, writes[w]);
  if (simple) {
    const cells = [];
    for (let x = 0; x < output.width; x++) cells.push(' ');
    for (let w = 0; w < writes.length; w += 2) {
      const line = writes[w + 1];
      for (let i = 0; i < line.length; i++) cells[writes[w] + i] = line[i];
    }
    return cells.filter((cell) => cell !== undefined).join('').trimEnd();
  }
  const currentLine = [];
  for (let x = 0; x < output.width; x++) currentLine.push({ type: 'char', value: ' ', fullWidth: false, styles: [] });
  for (let w = 0; w < writes.length; w += 2) {
    const characters = output.caches.getStyledChars(writes[w + 1]);
    let offsetX = writes[w];
    for (const character of characters) {
      currentLine[offsetX] = character;
      const characterWidth = Math.max(1, output.caches.getStringWidth(character.value));
      if (characterWidth > 1) {
        for (let index = 1; index < characterWidth; index++) {
          currentLine[offsetX + index] = { type: 'char', value: '', fullWidth: false, styles: character.styles };
        }
      }
      offsetX += characterWidth;
    }
  }
  return rowToString(currentLine.filter((item) => item !== undefined)).trimEnd();
}

Output.prototype.get = function get() {
  const rows = [];
  for (let y = 0; y < this.height; y++) rows.push([]);
  const clips = [];
  for (const operation of this.operations) {
    if (operation.type === 'clip') clips.push(operation.clip);
    if (operation.type === 'unclip') clips.pop();
    if (operation.type !== 'write') continue;
    const { text, transformers } = operation;
    let { x, y } = operation;
    let lines = text.split('\\n');
    const clip = clips.at(-1);
    if (clip) {
      const clipHorizontally = typeof clip?.x1 === 'number' && typeof clip?.x2 === 'number';
      const clipVertically = typeof clip?.y1 === 'number' && typeof clip?.y2 === 'number';
      if (clipHorizontally) {
        const width = this.caches.getWidestLine(text);
        if (x + width < clip.x1 || x > clip.x2) continue;
      }
      if (clipVertically) {
        const height = lines.length;
        if (y + height < clip.y1 || y > clip.y2) continue;
      }
      if (clipHorizontally) {
        lines = lines.map((line) => {
          const from = x < clip.x1 ? clip.x1 - x : 0;
          const width = this.caches.getStringWidth(line);
          const to = x + width > clip.x2 ? clip.x2 - x : width;
          return sliceAnsi(line, from, to);
        });
        if (x < clip.x1) x = clip.x1;
      }
      if (clipVertically) {
        const from = y < clip.y1 ? clip.y1 - y : 0;
        const height = lines.length;
        const to = y + height > clip.y2 ? clip.y2 - y : height;
        lines = lines.slice(from, to);
        if (y < clip.y1) y = clip.y1;
      }
    }
    let offsetY = 0;
    for (let [index, line] of lines.entries()) {
      const writes = rows[y + offsetY];
      // As in Ink: a line off the grid does not advance to the next row.
      if (!writes) continue;
      for (const transformer of transformers) line = transformer(line, index);
      writes.push(x, line);
      offsetY++;
    }
  }
  if (keptRows.size > ${KEPT_ROWS}) keptRows = new Map();
  const generated = [];
  for (const writes of rows) {
    let key = String(this.width);
    for (let w = 0; w < writes.length; w += 2) key += \`|\${writes[w]},\${writes[w + 1].length}:\${writes[w + 1]}\`;
    let row = keptRows.get(key);
    if (row === undefined) {
      row = drawRow(this, writes);
      keptRows.set(key, row);
    }
    generated.push(row);
  }
  return { output: generated.join('\\n'), height: rows.length };
};
`;

/** Ink's output.js with Output.get() replaced by one that keeps rows across frames. */
export function withRowCache(path, source) {
  const get = source.match(INK_OUTPUT_GET)?.[0] ?? '';
  if (createHash('sha256').update(get).digest('hex') !== INK_OUTPUT_GET_SHA256) {
    throw new Error(
      `${path}: Output.get() is not Ink 6.8's; check that src/tools/ink-row-cache.mjs still draws rows as it does`,
    );
  }
  return source + INK_ROW_CACHE;
}
