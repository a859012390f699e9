import { describe, expect, it } from 'vitest';
import { formatDuration, syncProgressLine } from '../../src/sync/progress-line.js';

describe('the sync progress line', () => {
  it('says requests, new and updated releases, what is left and how long, then the URL', () => {
    const line = syncProgressLine(
      {
        requests: 120,
        added: 35,
        updated: 2,
        url: 'https://www.osce.org/press-releases?page=3',
        pending: 40,
        secondsLeft: 130,
      },
      120,
    );
    expect(line).toBe(
      '120 requests · 35 new · 2 updated · 40 to fetch · ~2 min left · https://www.osce.org/press-releases?page=3',
    );
  });

  it('is cut to the terminal width and strips control sequences from the URL', () => {
    const line = syncProgressLine(
      { requests: 1, added: 0, updated: 0, url: 'https://www.osce.org/\u001b[31mred', pending: 0 },
      40,
    );
    expect(line).not.toContain('\u001b');
    expect(line.length).toBeLessThanOrEqual(39);
    expect(line.endsWith('…')).toBe(true);
  });

  it('gives durations in seconds, minutes, or hours and minutes', () => {
    expect([formatDuration(45), formatDuration(720), formatDuration(12_000)]).toEqual(['45 s', '12 min', '3 h 20 min']);
  });
});
