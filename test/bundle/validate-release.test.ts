import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRelease } from '../../src/bundle/validate-release.js';
import { makeRelease } from '../world/make.js';

const valid = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(makeRelease({ id: 'fx-1' }))) as Record<string, unknown>;
const problemsOf = (value: unknown): string[] =>
  validateRelease(value, 'releases.jsonl', 7).problems.map((problem) => `${problem.path}: ${problem.message}`);

describe('validateRelease', () => {
  it('accepts a complete release and returns it unchanged', () => {
    const result = validateRelease(valid(), 'releases.jsonl', 1);
    expect(result.problems).toEqual([]);
    expect(result.release).toEqual(makeRelease({ id: 'fx-1' }));
  });

  it('keeps how each fact was found when the release records it, and stays valid without it', () => {
    const value = valid();
    expect(validateRelease(value, 'releases.jsonl', 1).release).not.toHaveProperty('origins');
    value.origins = [
      { fact: 'date', value: '2024-03-14', from: 'dateline', stated: true, line: 12 },
      { fact: 'country', value: 'state:ruritania', from: 'city', stated: false },
    ];
    expect(validateRelease(value, 'releases.jsonl', 1)).toEqual({
      release: { ...makeRelease({ id: 'fx-1' }), origins: value.origins },
      problems: [],
    });
    value.origins = [{ fact: 'mood', value: 'x', from: 'guess', stated: 'yes' }];
    expect(problemsOf(value).map((problem) => problem.replace(/:.* got /, ': … got '))).toEqual([
      '$.origins[0].fact: … got "mood"',
      '$.origins[0].from: … got "guess"',
      '$.origins[0].stated: … got "yes"',
    ]);
  });

  it('names the JSON path, what was expected and what was found', () => {
    const value = valid();
    value.date = { iso: '9 June', precision: 'day', text: '9 June' };
    expect(problemsOf(value)).toEqual(['$.date.iso: expected an ISO date YYYY[-MM[-DD]] or null, got "9 June"']);
  });

  it('reports every wrong field of a release at once, with file and line', () => {
    const value = valid();
    value.title = 42;
    value.sources = 'institution:ofia';
    value.body = [{ kind: 'poem', text: 'x' }];
    value.provenance = { file: 'a.txt', line: 0 };
    const { release, problems } = validateRelease(value, 'releases.jsonl', 7);
    expect(release).toBeUndefined();
    expect(problems.every((problem) => problem.file === 'releases.jsonl' && problem.line === 7)).toBe(true);
    expect(problems.map((problem) => problem.path)).toEqual([
      '$.title',
      '$.sources',
      '$.body[0].kind',
      '$.provenance.line',
    ]);
    expect(problems[1]!.message).toBe('expected an array, got "institution:ofia"');
  });

  it('rejects impossible calendar days and a precision that disagrees with the date', () => {
    const value = valid();
    value.date = { iso: '2017-02-30', precision: 'day', text: null };
    expect(problemsOf(value)[0]).toContain(
      '$.date.iso: expected an ISO date YYYY[-MM[-DD]] or null (a real calendar day), got "2017-02-30"',
    );
    value.date = { iso: '2017-06', precision: 'day', text: null };
    expect(problemsOf(value)).toEqual(['$.date.precision: expected "month" for iso "2017-06", got "day"']);
  });

  it('keeps a day and month without a year', () => {
    const value = valid();
    value.date = { iso: null, precision: 'unknown', month: 8, day: 23, text: '23 August' };
    expect(validateRelease(value, 'r', 1).release?.date).toEqual({
      iso: null,
      precision: 'unknown',
      month: 8,
      day: 23,
      text: '23 August',
    });
  });

  it('reads missing optional fields as empty and ignores unknown keys', () => {
    const value = valid();
    for (const key of [
      'url',
      'place',
      'sources',
      'fields',
      'countries',
      'mentions',
      'unmapped',
      'notes',
      'summary',
      'warnings',
    ])
      delete value[key];
    value.futureField = { anything: true };
    const { release, problems } = validateRelease(value, 'r', 1);
    expect(problems).toEqual([]);
    expect(release).toMatchObject({ url: null, place: null, sources: [], notes: [], summary: false, warnings: [] });
    expect(release).not.toHaveProperty('futureField');
  });

  it('requires the identity and body of a release', () => {
    expect(problemsOf({})).toEqual([
      '$.id: expected a non-empty string, got nothing (the field is missing)',
      '$.type: expected a non-empty string, got nothing (the field is missing)',
      '$.title: expected a non-empty string, got nothing (the field is missing)',
      '$.date: expected an object, got nothing (the field is missing)',
      '$.body: expected an array, got nothing (the field is missing)',
      '$.provenance: expected an object, got nothing (the field is missing)',
    ]);
    expect(problemsOf([1, 2])).toEqual(['$: expected an object, got an array of 2']);
  });

  it('loads a release with unknown taxonomy ids, moving them to unmapped with a problem', () => {
    const value = valid();
    value.countries = ['state:ruritania', 'state:atlantis'];
    value.sources = ['institution:nowhere'];
    const { release, problems } = validateRelease(value, 'releases.jsonl', 3, (id) => id === 'state:ruritania');
    expect(release?.countries).toEqual(['state:ruritania']);
    expect(release?.sources).toEqual([]);
    expect(release?.unmapped).toEqual([
      { label: 'source', value: 'institution:nowhere' },
      { label: 'country', value: 'state:atlantis' },
    ]);
    expect(problems.map((problem) => `${problem.line} ${problem.path}: ${problem.message}`)).toEqual([
      '3 $.sources[0]: expected an id of the bundle\'s taxonomy, got unknown id "institution:nowhere"; kept as unmapped source, not linked',
      '3 $.countries[1]: expected an id of the bundle\'s taxonomy, got unknown id "state:atlantis"; kept as unmapped country, not linked',
    ]);
  });

  it('reports every problem inside a block, not only its kind', () => {
    const value = valid();
    value.body = [{ kind: 'poem', text: 3 }, { kind: 'limerick', items: ['ok', 4] }, { kind: 'paragraph' }];
    expect(problemsOf(value)).toEqual([
      '$.body[0].kind: expected one of "paragraph", "quote", "heading", "list", got "poem"',
      '$.body[0].text: expected a string, got 3',
      '$.body[1].kind: expected one of "paragraph", "quote", "heading", "list", got "limerick"',
      '$.body[1].items[1]: expected a string, got 4',
      '$.body[2].text: expected a string, got nothing (the field is missing)',
    ]);
  });

  it('checks the precision of a date even when another part of the date is wrong', () => {
    const value = valid();
    value.date = { iso: '2017-06', precision: 'day', day: 40, text: 7 };
    expect(problemsOf(value)).toEqual([
      '$.date.day: expected an integer from 1 to 31, got 40',
      '$.date.text: expected a string or null, got 7',
      '$.date.precision: expected "month" for iso "2017-06", got "day"',
    ]);
  });

  it('reports unknown taxonomy ids of a release that does not load for other reasons', () => {
    const value = valid();
    value.title = '';
    value.countries = ['state:atlantis', 9];
    const { release, problems } = validateRelease(value, 'releases.jsonl', 5, (id) => id === 'state:ruritania');
    expect(release).toBeUndefined();
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.path}: ${problem.message}`)).toEqual([
      'releases.jsonl:5 $.title: expected a non-empty string, got ""',
      'releases.jsonl:5 $.countries[1]: expected a non-empty string, got 9',
      'releases.jsonl:5 $.countries[0]: expected an id of the bundle\'s taxonomy, got unknown id "state:atlantis"',
    ]);
  });

  it('never throws, and either returns a release or says why not (property)', () => {
    const base = valid();
    const damaged = fc
      .record({ key: fc.constantFrom(...Object.keys(base)), value: fc.anything() })
      .map(({ key, value }) => ({ ...base, [key]: value }));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), damaged), (value) => {
        const { release, problems } = validateRelease(value, 'r', 1, (id) => id.startsWith('state:'));
        expect(release !== undefined || problems.length > 0).toBe(true);
        for (const problem of problems) expect(problem.path).toMatch(/^\$/);
      }),
      { numRuns: 500 },
    );
  });
});
