import { indexableText } from './release-text.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const BYTE_ORDER_MARK = 0xfeff;

// Thrown where the line is not shaped as expected; scanFullText then answers undefined.
class Unexpected extends Error {}
const unexpected = new Unexpected('unexpected release line');

/**
 * The title and body text of a release line exactly as `JSON.parse` of the line followed by
 * releaseBodyText and indexableText gives them, or undefined when the line is not shaped as a
 * validated release is (the caller then parses it whole). It reads only the title, the body's
 * blocks and the notes, skipping the rest of the line without building it: a full build reads
 * 200,000 lines back for the full-text tables, and parsing each whole was about a second of
 * each thread's CPU per 100,000. Repeated keys behave as in JSON.parse: the last one wins.
 */
export function scanFullText(line: string): { title: string; body: string } | undefined {
  try {
    return new LineScanner(line).release();
  } catch (error) {
    if (error === unexpected) return undefined;
    throw error;
  }
}

class LineScanner {
  private at = 0;
  // The first backslash at or after the string being read (Infinity: none), searched for again
  // only once a string starts past it: the line is searched for backslashes once in all.
  private nextEscape = -1;

  constructor(private readonly text: string) {}

  release(): { title: string; body: string } {
    if (this.text.charCodeAt(0) === BYTE_ORDER_MARK) this.at = 1;
    let title = '';
    let blocks: string[] = [];
    let notes: string[] = [];
    this.members(() => {
      const key = this.string();
      this.expect(COLON);
      if (key === 'title') title = this.isNull() ? '' : this.string();
      else if (key === 'body') blocks = this.isNull() ? [] : this.blocks();
      else if (key === 'notes') notes = this.isNull() ? [] : this.notes();
      else this.skipValue();
    });
    // JSON.parse allows nothing but white space after the value.
    if (!Number.isNaN(this.space())) throw unexpected;
    const lines = notes.length > 0 ? blocks.concat(notes) : blocks;
    return { title: indexableText(title), body: indexableText(lines.join('\n')) };
  }

  // The body's lines: each block's text, or a list's items.
  private blocks(): string[] {
    const lines: string[] = [];
    this.elements(() => {
      let kind: string | undefined;
      let text: string | undefined;
      let items: string[] | undefined;
      this.members(() => {
        const key = this.string();
        this.expect(COLON);
        if (key === 'kind') kind = this.string();
        else if (key === 'text') text = this.string();
        else if (key === 'items') items = this.strings();
        else this.skipValue();
      });
      if (kind === 'list') {
        if (items === undefined) throw unexpected;
        lines.push(...items);
      } else {
        if (text === undefined) throw unexpected;
        lines.push(text);
      }
    });
    return lines;
  }

  // The notes' lines: "term: text".
  private notes(): string[] {
    const lines: string[] = [];
    this.elements(() => {
      let term: string | undefined;
      let text: string | undefined;
      this.members(() => {
        const key = this.string();
        this.expect(COLON);
        if (key === 'term') term = this.string();
        else if (key === 'text') text = this.string();
        else this.skipValue();
      });
      if (term === undefined || text === undefined) throw unexpected;
      lines.push(`${term}: ${text}`);
    });
    return lines;
  }

  private strings(): string[] {
    const values: string[] = [];
    this.elements(() => values.push(this.string()));
    return values;
  }

  // The members of an object (`open` a brace) or the elements of an array, each read by `read`.
  private sequence(open: number, close: number, read: () => void): void {
    this.expect(open);
    if (this.space() === close) {
      this.at += 1;
      return;
    }
    for (;;) {
      read();
      const next = this.space();
      this.at += 1;
      if (next === close) return;
      if (next !== COMMA) throw unexpected;
    }
  }

  private members(member: () => void): void {
    this.sequence(OPEN_OBJECT, CLOSE_OBJECT, member);
  }

  private elements(element: () => void): void {
    this.sequence(OPEN_ARRAY, CLOSE_ARRAY, element);
  }

  // A string's value: a slice of the line when it holds no escape, else decoded by JSON.parse.
  private string(): string {
    this.expect(QUOTE);
    const start = this.at;
    const end = this.stringEnd(start);
    this.at = end + 1;
    return end < this.nextEscape
      ? this.text.slice(start, end)
      : (JSON.parse(this.text.slice(start - 1, end + 1)) as string);
  }

  // Where the string whose first character is at `start` ends (its closing quote).
  private stringEnd(start: number): number {
    if (this.nextEscape < start) {
      const found = this.text.indexOf('\\', start);
      this.nextEscape = found === -1 ? Number.POSITIVE_INFINITY : found;
    }
    let end = this.text.indexOf('"', start);
    if (end === -1) throw unexpected;
    if (end < this.nextEscape) return end;
    // An escape comes first: step over each escaped character.
    for (let at = this.nextEscape; ; ) {
      const code = this.text.charCodeAt(at);
      if (code === BACKSLASH) at += 2;
      else if (code === QUOTE) {
        end = at;
        break;
      } else if (Number.isNaN(code)) throw unexpected;
      else at += 1;
    }
    return end;
  }

  private skipValue(): void {
    const first = this.space();
    if (first === QUOTE) {
      this.at = this.stringEnd(this.at + 1) + 1;
    } else if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
      let depth = 0;
      for (;;) {
        const code = this.text.charCodeAt(this.at);
        if (code === QUOTE) {
          this.at = this.stringEnd(this.at + 1) + 1;
          continue;
        }
        if (code === OPEN_OBJECT || code === OPEN_ARRAY) depth += 1;
        else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) depth -= 1;
        else if (Number.isNaN(code)) throw unexpected;
        this.at += 1;
        if (depth === 0) return;
      }
    } else {
      // A number, true, false or null: up to the next separator.
      const start = this.at;
      for (;;) {
        const code = this.text.charCodeAt(this.at);
        if (code === COMMA || code === CLOSE_OBJECT || code === CLOSE_ARRAY || isSpace(code) || Number.isNaN(code))
          break;
        this.at += 1;
      }
      if (this.at === start) throw unexpected;
    }
  }

  private isNull(): boolean {
    this.space();
    if (!this.text.startsWith('null', this.at)) return false;
    this.at += 4;
    return true;
  }

  private expect(code: number): void {
    if (this.space() !== code) throw unexpected;
    this.at += 1;
  }

  // Steps over white space; the code of the character after it (NaN at the end).
  private space(): number {
    let code = this.text.charCodeAt(this.at);
    while (isSpace(code)) code = this.text.charCodeAt(++this.at);
    return code;
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
