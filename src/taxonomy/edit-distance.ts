/** Rows reused between calls: "did you mean" runs this hundreds of times per keystroke. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * Edit distance between two strings where a swap of two neighbouring letters counts as one
 * edit ("serbai" → "serbia"), as typists make them. Gives up early: returns `limit + 1` as soon
 * as the distance is known to exceed `limit`, and only looks at the diagonal band a distance
 * within the limit can use, which keeps "did you mean" cheap over many names.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  const beyond = limit + 1;
  if (limit < 0) return beyond;
  if (Math.abs(a.length - b.length) > limit) return beyond;
  if (a === b) return 0;
  const last = lastDistanceRow(a, b, b.length, limit);
  return last ? Math.min(last[b.length]!, beyond) : beyond;
}

/**
 * The distances (as boundedEditDistance counts them, `limit + 1` for any beyond the limit) from
 * all of `a` to each beginning of `b` up to `width` letters long, at index = its length; only
 * the lengths within `limit` of `a`'s are filled in. Undefined when every one is beyond the
 * limit. The row is reused by the next call: read it before calling again.
 */
export function lastDistanceRow(a: string, b: string, width: number, limit: number): Int32Array | undefined {
  const beyond = limit + 1;
  if (rows[0].length <= width + 1) {
    const size = width * 2 + 2;
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= width; j++) previous[j] = Math.min(j, beyond);
  for (let i = 1; i <= a.length; i++) {
    const low = Math.max(1, i - limit);
    const high = Math.min(width, i + limit);
    current[low - 1] = low === 1 ? Math.min(i, beyond) : beyond;
    let rowMinimum = current[low - 1]!;
    const letter = a.charCodeAt(i - 1);
    for (let j = low; j <= high; j++) {
      const other = b.charCodeAt(j - 1);
      let value = Math.min(previous[j - 1]! + (letter === other ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === other) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      if (value > beyond) value = beyond;
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (high < width) current[high + 1] = beyond;
    if (rowMinimum > limit) return undefined;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous;
}
