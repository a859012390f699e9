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
  if (rows[0].length <= b.length + 1) {
    const size = b.length * 2 + 2;
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let [beforePrevious, previous, current] = rows;
  const width = b.length;
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
    if (rowMinimum > limit) return beyond;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[width]!, beyond);
}
