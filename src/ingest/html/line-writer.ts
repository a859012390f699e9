/**
 * Collects the text of a page line by line. Each line is put at the line of the HTML source where
 * its text starts (blank lines fill the gaps, which the page reader skips), so that a line number
 * in an import warning points into the .html file; lines that share a source line follow it.
 */
export class LineWriter {
  readonly lines: string[];
  private text = '';
  private prefix = '';
  private sourceLine = 0;
  private dateLabel: { label: string; date: string } | null = null;

  constructor(firstLines: readonly string[] = []) {
    this.lines = [...firstLines];
  }

  /** Whether nothing but white space has been written since the last line ended. */
  isEmpty(): boolean {
    return this.text.trim() === '';
  }

  /** Writes inline text that starts at 1-based source line `line`. */
  write(text: string, line: number): void {
    if (this.isEmpty()) this.sourceLine = line;
    this.text += text;
  }

  /** Puts `prefix` ("- ", "1. ") before the line being written, if it gets any text. */
  setPrefix(prefix: string): void {
    this.prefix = prefix;
  }

  /** Ends the line with `mark` unless it already ends with it (a `dt` label's colon). */
  endWith(mark: string): void {
    const text = collapse(this.text);
    if (text !== '' && !text.endsWith(mark)) this.text = `${text}${mark}`;
  }

  /** The line being written holds only this date, which takes `label` if nothing labels it. */
  markDateOnly(label: string, date: string): void {
    this.dateLabel = { label, date };
  }

  /** Ends the current line; an empty one is dropped. */
  end(): void {
    let text = collapse(this.text);
    if (text !== '') {
      if (this.dateLabel && text === collapse(this.dateLabel.date) && !this.previousLine().endsWith(':')) {
        text = `${this.dateLabel.label}: ${text}`;
      }
      const target = Math.max(this.sourceLine - 1, this.lines.length);
      while (this.lines.length < target) this.lines.push('');
      this.lines.push(this.prefix + text);
    }
    this.text = '';
    this.prefix = '';
    this.dateLabel = null;
  }

  private previousLine(): string {
    for (let i = this.lines.length - 1; i >= 0; i--) if (this.lines[i] !== '') return this.lines[i]!;
    return '';
  }
}

/** Runs of white space as one space, trimmed; no-break spaces stay (the page reader reads them). */
export function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}
