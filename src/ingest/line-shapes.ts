/** A menu separator: a line holding only a dash. */
export function isSeparatorLine(line: string): boolean {
  return /^\s*(?:-|–|—|--)\s*$/.test(line);
}

/** A `- item` line (menu entry or dashed metadata value). */
export function isDashItem(line: string): boolean {
  return /^\s*[-–—•*]\s+\S/.test(line);
}

/** The text of a `- item` line without its dash. */
export function dashItemText(line: string): string {
  return line.replace(/^\s*[-–—•*]\s+/, '').trim();
}

/** A line that is only a web address, possibly after "URL:". */
export function urlOfLine(line: string): string | null {
  const match = /^\s*(?:[-–]\s*)?(?:(?:source\s+)?url|link|permalink|read more)?\s*:?\s*(https?:\/\/\S+)\s*$/i.exec(
    line,
  );
  return match ? match[1]! : null;
}

/** Short enough and wordy enough to be a title. */
export function isTitleLike(line: string): boolean {
  const text = line.trim();
  return (
    text.length > 0 &&
    text.length <= 300 &&
    /\p{L}/u.test(text) &&
    !isSeparatorLine(text) &&
    !isDashItem(text) &&
    urlOfLine(text) === null
  );
}
