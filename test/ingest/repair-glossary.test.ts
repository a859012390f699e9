import { describe, expect, it } from 'vitest';
import { repairGlossary } from '../../src/ingest/repair-glossary.js';

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe('repairGlossary', () => {
  it('rejoins a sentence broken by a flattened tooltip and keeps the definition as a note', () => {
    const result = repairGlossary(
      lines(
        'It trained 12 bridge inspectorsbridge inspectors',
        'Bridge inspectors check bridges for cracks. from four towns.',
        'Next paragraph.',
      ),
    );
    expect(result.lines.map((line) => line.text)).toEqual([
      'It trained 12 bridge inspectors from four towns.',
      'Next paragraph.',
    ]);
    expect(result.lines[0]!.joinsPrevious).toBe(true);
    expect(result.notes).toEqual([{ term: 'bridge inspectors', text: 'Bridge inspectors check bridges for cracks.' }]);
  });

  it('does not end the definition at an abbreviation', () => {
    const result = repairGlossary(lines('Ten tutorstutors', 'Tutors teach, e.g. in evening classes. in two villages.'));
    expect(result.lines[0]!.text).toBe('Ten tutors in two villages.');
    expect(result.notes[0]!.text).toBe('Tutors teach, e.g. in evening classes.');
  });

  it('handles a continuation that starts with punctuation and a term that ends the sentence', () => {
    const result = repairGlossary(
      lines('They met the wardenswardens', 'Wardens look after parks. , who showed them around.'),
    );
    expect(result.lines[0]!.text).toBe('They met the wardens, who showed them around.');
    const ending = repairGlossary(
      lines('They thanked the wardens.wardens', 'Wardens look after parks.', 'Another paragraph.'),
    );
    expect(ending.notes).toHaveLength(0);
  });

  it('leaves ordinary text alone', () => {
    const text = lines('Reports on sports were read.', 'Sports clubs joined.');
    expect(repairGlossary(text)).toEqual({ lines: text, notes: [] });
  });

  it('takes the next line as the continuation when the definition fills its line', () => {
    const result = repairGlossary(
      lines('Forty mediatorsmediators', 'Mediators help people agree.', 'took part in the course.'),
    );
    expect(result.lines.map((line) => line.text)).toEqual(['Forty mediators took part in the course.']);
  });
});

describe('repairGlossary with a one-word term followed by a comma', () => {
  it('still finds the doubled term', () => {
    const result = repairGlossary(
      lines('They met the wardenswardens', 'Wardens, in short, look after parks. , who showed them around.'),
    );
    expect(result.notes).toEqual([{ term: 'wardens', text: 'Wardens, in short, look after parks.' }]);
  });
});
