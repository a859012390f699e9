import type { Release } from '../../src/bundle/types.js';
import { makeRelease } from '../world/make.js';

/**
 * An invented release (fixture taxonomy) whose page stated its field, a country and its place,
 * and left its date, its source and its other country to be inferred.
 */
export const INFERRED_FACTS_RELEASE: Release = makeRelease({
  id: 'fx-inferred-facts',
  title: 'Mission to Ruritania opens an invented reading room for imaginary archivists',
  date: { iso: '2024-05-03', precision: 'day', text: '3 May 2024' },
  place: 'Strelsau',
  sources: ['field-operation:mission-to-ruritania'],
  fields: ['field:education'],
  countries: ['state:freedonia', 'state:ruritania'],
  origins: [
    { fact: 'type', value: 'Press release', from: 'type-line', stated: true, line: 1 },
    { fact: 'date', value: '2024-05-03', from: 'text', stated: false, line: 4 },
    { fact: 'place', value: 'Strelsau', from: 'dateline', stated: true, line: 4 },
    { fact: 'field', value: 'field:education', from: 'metadata', stated: true, line: 3 },
    { fact: 'country', value: 'state:freedonia', from: 'metadata', stated: true, line: 3 },
    { fact: 'source', value: 'field-operation:mission-to-ruritania', from: 'title', stated: false, line: 2 },
    { fact: 'country', value: 'state:ruritania', from: 'field-operation', stated: false },
  ],
});
