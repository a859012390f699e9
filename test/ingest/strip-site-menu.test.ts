import { describe, expect, it } from 'vitest';
import { findContentStart } from '../../src/ingest/strip-site-menu.js';
import { seedPage } from './fixtures.js';

function contentOf(text: string): string | undefined {
  const lines = text.split('\n');
  return lines[findContentStart(lines)];
}

describe('findContentStart', () => {
  it('skips the seed menu up to the content type line', () => {
    expect(contentOf(seedPage())).toBe('Press release');
  });

  it('recognises a menu by its shape when entries are renamed and the Chairpersonship year differs', () => {
    const page = [
      '-',
      'What we do',
      '-',
      'Topics',
      '- Cultural heritage',
      '- Youth',
      '-',
      'States',
      '- Malta – OSCE Chairpersonship 2024',
      '- Who we are',
      'News',
      'An invented title',
      '- Date:',
    ].join('\n');
    expect(contentOf(page)).toBe('News');
  });

  it('handles a collapsed menu whose last heading runs straight into the content', () => {
    const page = [
      '-',
      'Our work',
      '-',
      'Countries',
      '-',
      'Who we are',
      'Press release',
      'An invented title',
      '- Date:',
      '- 1 May 2020',
    ].join('\n');
    expect(contentOf(page)).toBe('Press release');
  });

  it('handles a menu of items only', () => {
    const page = ['- Our work', '- Countries', '- About us', 'An invented title', 'VIENNA, 1 May 2020 – Text.'].join(
      '\n',
    );
    expect(contentOf(page)).toBe('An invented title');
  });

  it('starts at the first line when there is no menu', () => {
    expect(contentOf('An invented title\n- Date:\n- 1 May 2020')).toBe('An invented title');
  });

  it('does not take dashed metadata for menu items', () => {
    const page = ['-', 'Our work', '- Projects', '-', 'An invented title', '- Date:', '- 1 May 2020'].join('\n');
    expect(contentOf(page)).toBe('An invented title');
  });
});
