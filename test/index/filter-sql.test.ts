import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { filterToSql } from '../../src/index/filter-sql.js';
import type { ReleaseFilter } from '../../src/model/release-filter.js';

// Only the columns the date conditions read; ids say the date and its precision.
const db = new Database(':memory:');
db.exec(
  'CREATE TABLE releases (ord INTEGER PRIMARY KEY, id TEXT, year INTEGER, iso TEXT, type_key TEXT); CREATE INDEX releases_iso ON releases (iso)',
);
const dates: [string, string | null][] = [
  ['day-2021-08-31', '2021-08-31'],
  ['day-2021-09-14', '2021-09-14'],
  ['day-2021-09-15', '2021-09-15'],
  ['day-2021-10-01', '2021-10-01'],
  ['month-2021-08', '2021-08'],
  ['month-2021-09', '2021-09'],
  ['month-2021-10', '2021-10'],
  ['year-2020', '2020'],
  ['year-2021', '2021'],
  ['year-2022', '2022'],
  ['unknown', null],
];
const insert = db.prepare('INSERT INTO releases (ord, id, year, iso) VALUES (?, ?, ?, ?)');
for (const [i, [id, iso]] of dates.entries()) insert.run(i + 1, id, iso === null ? null : Number(iso.slice(0, 4)), iso);
afterAll(() => db.close());

function kept(filter: ReleaseFilter): string[] {
  const sql = filterToSql(filter);
  return (
    db.prepare(`SELECT r.id FROM ${sql.from} WHERE ${sql.where} ORDER BY r.ord`).all(...sql.params) as { id: string }[]
  ).map((row) => row.id);
}

describe('date bounds over dates of every precision', () => {
  it('--since a day keeps a month or year that reaches that day, not one that ended before', () => {
    expect(kept({ since: '2021-09-15' })).toEqual([
      'day-2021-09-15',
      'day-2021-10-01',
      'month-2021-09',
      'month-2021-10',
      'year-2021',
      'year-2022',
    ]);
  });

  it('--until a day keeps a month or year that began by that day', () => {
    expect(kept({ until: '2021-09-14' })).toEqual([
      'day-2021-08-31',
      'day-2021-09-14',
      'month-2021-08',
      'month-2021-09',
      'year-2020',
      'year-2021',
    ]);
  });

  it('a range inside one month keeps that month and its year, and the days inside it', () => {
    expect(kept({ since: '2021-09-10', until: '2021-09-20' })).toEqual([
      'day-2021-09-14',
      'day-2021-09-15',
      'month-2021-09',
      'year-2021',
    ]);
  });

  it('bounds given as a month or a year (as the search facets give them) overlap the same way', () => {
    expect(kept({ since: '2021-09' })).toEqual([
      'day-2021-09-14',
      'day-2021-09-15',
      'day-2021-10-01',
      'month-2021-09',
      'month-2021-10',
      'year-2021',
      'year-2022',
    ]);
    expect(kept({ since: '2021', until: '2021' })).toEqual([
      'day-2021-08-31',
      'day-2021-09-14',
      'day-2021-09-15',
      'day-2021-10-01',
      'month-2021-08',
      'month-2021-09',
      'month-2021-10',
      'year-2021',
    ]);
  });

  it('leaves out releases whose year is unknown whenever a bound is given', () => {
    expect(kept({ since: '1900-01-01' })).not.toContain('unknown');
    expect(kept({ until: '2999-12-31' })).not.toContain('unknown');
    expect(kept({})).toContain('unknown');
  });

  it('still walks the iso index for a --since bound', () => {
    const sql = filterToSql({ since: '2021-09-15' });
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN SELECT r.id FROM ${sql.from} WHERE ${sql.where}`).all(...sql.params) as {
        detail: string;
      }[]
    )
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toMatch(/USING (COVERING )?INDEX releases_iso \(iso>\?\)/);
  });
});
