import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeRelease } from '../../src/bundle/serialize-release.js';
import { validateRelease } from '../../src/bundle/validate-release.js';
import { createReleaseMapper } from '../../src/ingest/map-release.js';
import { parsePage } from '../../src/ingest/parse-page.js';
import { fixtureNames, fixturePage, realTaxonomy, seedPage } from './fixtures.js';

const mapRelease = createReleaseMapper(realTaxonomy());
const PAGES = [seedPage(), ...fixtureNames().map(fixturePage)];
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Parses and maps a page and checks what every release must hold. */
function importPage(text: string): void {
  const page = parsePage(text, 'p.txt');
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const parsed of page.releases) {
    const release = mapRelease(parsed, 'p.txt');
    expect(release.title.trim()).not.toBe('');
    expect(release.provenance.line).toBeGreaterThanOrEqual(1);
    expect(release.provenance.line).toBeLessThanOrEqual(lineCount);
    expect(JSON.stringify(release).replace(/\\n/g, '')).not.toMatch(CONTROLS);
    if (release.date.iso !== null) expect(release.date.iso).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    // What the importer writes, the loader takes back: the recorded origins included.
    expect(validateRelease(JSON.parse(serializeRelease(release)), 'p.txt', 1)).toEqual({ release, problems: [] });
    for (const origin of release.origins ?? [])
      if (origin.line !== undefined) expect(origin.line).toBeLessThanOrEqual(lineCount);
  }
  if (page.releases.length === 0) expect(page.problems.length).toBeGreaterThan(0);
}

const junkLine = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '-',
    '- ',
    '- Date:',
    'Date:',
    'Publishing date: 1 May 2020',
    'VIENNA, 23 August –',
    '\u001b[2J',
    '\u0000',
    '“',
    '...',
    'x'.repeat(400),
  ),
  // The shapes of issue 10 and glued pages (issue 14).
  fc.constantFrom(
    'Skip Links',
    'Newsroom',
    'Report type: Daily report',
    'Latest news from the Monitoring Mission- Tuesday, 6 May 2014',
    'TIRANA 5 May 2003',
    'An invented caption. Photo details',
    'VIENNA, 3 March 2001 (OSCE)- Text.',
    'Alt text photoBRUSSELS, 3 May 2014 – Text.',
    '<image>data:image/png;base64,AAAA</image>',
    'DateDateLocationLocation Ukraine',
    'Country:',
    'Mission at a glance',
    '- Issued on:',
    'A teaser that is cut off...',
    'https://www.osce.org/odihr/1',
    'OSCE Presence in Albania marks an invented day',
    'The first full date is 5 May 2014 in this sentence.',
  ),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: junkLine }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    offset: fc.nat(),
    junk: fc.string({ unit: 'binary', maxLength: 8 }),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(lines: string[], change: Mutation): string[] {
  const out = [...lines];
  if (out.length === 0) return out;
  const at = change.at % out.length;
  switch (change.kind) {
    case 'delete':
      out.splice(at, 1);
      break;
    case 'duplicate':
      out.splice(at, 0, out[at]!);
      break;
    case 'swap': {
      const to = change.to % out.length;
      [out[at], out[to]] = [out[to]!, out[at]!];
      break;
    }
    case 'insert':
      out.splice(at, 0, change.line);
      break;
    case 'splice': {
      const line = out[at]!;
      const offset = change.offset % (line.length + 1);
      out[at] = line.slice(0, offset) + change.junk + line.slice(offset);
      break;
    }
  }
  return out;
}

describe('the importer on random and damaged pages', () => {
  it('never throws on random text', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => importPage(text)),
      { numRuns: 300 },
    );
  });

  it('never throws on random lines shaped like page lines', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.array(junkLine, { maxLength: 40 }), (lines) => importPage(lines.join('\n'))),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated real-shaped pages', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PAGES),
        fc.array(mutation, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (page, changes, eol) => {
          importPage(changes.reduce(mutate, page.split('\n')).join(eol));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('the importer on pages with huge lists', () => {
  // Spreading a list this long into one call overflows the stack.
  const COUNT = 150_000;

  it('keeps every value of a label given one per line', { timeout: 30_000 }, () => {
    const text = [
      'An invented page with very many topics',
      'Fields of work:',
      ...Array.from({ length: COUNT }, (_, i) => `Made-up topic ${i}`),
    ].join('\n');
    const page = parsePage(text, 'p.txt');
    expect(page.releases[0]!.labels.fields).toHaveLength(COUNT);
    const release = mapRelease(
      {
        ...page.releases[0]!,
        labels: { ...page.releases[0]!.labels, fields: page.releases[0]!.labels.fields.slice(0, 10) },
      },
      'p.txt',
    );
    expect(release.unmapped).toHaveLength(10);
  });

  it('reports every entry of a listing without titles', { timeout: 30_000 }, () => {
    const text = Array.from({ length: COUNT }, () => 'Publishing date: 1 May 2020').join('\n');
    const page = parsePage(text, 'p.txt');
    expect(page.releases).toEqual([]);
    expect(page.problems).toHaveLength(COUNT);
  });
});
