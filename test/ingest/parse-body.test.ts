import { describe, expect, it } from 'vitest';
import { buildBodyBlocks, isQuote } from '../../src/ingest/parse-body.js';

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe('buildBodyBlocks', () => {
  it('reads paragraphs, a heading, a list and a quote', () => {
    const blocks = buildBodyBlocks(
      lines(
        'A first paragraph.',
        'What comes next',
        'The course covered:',
        '- boxes',
        '- registers',
        '1. numbered too',
        '“It was a good week for everyone who came to the course,” said an invented trainer.',
      ),
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'A first paragraph.' },
      { kind: 'heading', text: 'What comes next' },
      { kind: 'paragraph', text: 'The course covered:' },
      { kind: 'list', items: ['boxes', 'registers', 'numbered too'] },
      { kind: 'quote', text: '“It was a good week for everyone who came to the course,” said an invented trainer.' },
    ]);
  });

  it('joins a line rebuilt from a tooltip to the paragraph before it', () => {
    const blocks = buildBodyBlocks([
      { text: 'First.', line: 1 },
      { text: 'Second.', line: 2, joinsPrevious: true },
    ]);
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'First. Second.' }]);
  });

  it('does not take a short last line or a dateline for a heading', () => {
    expect(buildBodyBlocks(lines('VIENNA, 23 August –', 'Text follows.', 'Signed by nobody'))).toEqual([
      { kind: 'paragraph', text: 'VIENNA, 23 August –' },
      { kind: 'paragraph', text: 'Text follows.' },
      { kind: 'paragraph', text: 'Signed by nobody' },
    ]);
  });
});

describe('isQuote', () => {
  it('needs an opening quotation mark and mostly quoted text', () => {
    expect(isQuote('“We are glad,” said Ana.')).toBe(true);
    expect(isQuote('"Short," said a very long attribution that goes on and on about who said it and where.')).toBe(
      false,
    );
    expect(isQuote('She said “hello” and left.')).toBe(false);
    expect(isQuote('‘The children’s garden grew,’ said Ana.')).toBe(true);
  });
});
