import { afterEach, describe, expect, it } from 'vitest';
import { makeRelease } from '../world/make.js';
import { cleanupSized, renderApp } from './render-app.js';
import { openWorldCatalog } from './world-catalog.js';

afterEach(cleanupSized);

const ID = 'fake-inferred';
// Invented: the page stated its place and field; the importer inferred its source from the page's
// address and its country from the place.
const inferred = makeRelease({
  id: ID,
  title: 'Invented seminar on ballot paper design in Lakeville',
  date: { iso: '2022-10-05', precision: 'day', text: '5 October 2022' },
  place: 'Lakeville',
  sources: ['institution:ofia'],
  fields: ['field:elections'],
  countries: ['state:ruritania'],
  origins: [
    { fact: 'place', value: 'Lakeville', from: 'dateline', stated: true, line: 3 },
    { fact: 'field', value: 'field:elections', from: 'metadata', stated: true, line: 2 },
    { fact: 'source', value: 'institution:ofia', from: 'url', stated: false },
    { fact: 'country', value: 'state:ruritania', from: 'city', stated: false, line: 3 },
  ],
});

describe('article reader: inferred facts', () => {
  it.each([40, 80])(
    'says after an inferred value what it was inferred from, readable without colour (%i columns)',
    async (columns) => {
      const app = renderApp({
        catalog: await openWorldCatalog({ extra: [inferred] }),
        columns,
        initialStack: [{ kind: 'article', releaseId: ID, scroll: 0 }],
      });
      const lines = app
        .lastFrame()
        .split('\n')
        .map((line) => line.trimEnd());
      expect(lines, `${columns}`).toContain('Place: Lakeville');
      expect(lines, `${columns}`).toContain('Fields of work: Elections');
      const frame = lines.map((line) => line.trim()).join(' ');
      expect(frame, `${columns}`).toContain("Office for Imaginary Affairs (inferred from the page's address)");
      expect(frame, `${columns}`).toContain('Country: Ruritania (inferred from the place)');
      for (const line of lines) expect(line.length, `${columns}: ${line}`).toBeLessThanOrEqual(columns);
    },
  );
});
