import type Database from 'better-sqlite3';
import { compareSortKeys, ordOfPositionSql } from './list-keys.js';

/**
 * The links of a full build, kept per entity until every release is stored, then written entity
 * by entity in ord order. The links table is keyed by (entity, ord): stored release by release,
 * each row lands at one of a few hundred places inside the B-tree (a search down the tree each);
 * stored in key order, every row is appended at its end. Ords are kept as list positions
 * in typed arrays (~11 per release: some 10–20 MB at 200,000 releases).
 */
export class LinkBuffer {
  private readonly positions = new Map<string, { list: Int32Array; count: number }>();

  /** Notes that the release at list position `position` links to each of `entities`. */
  add(entities: readonly string[], position: number): void {
    for (const entity of entities) {
      let held = this.positions.get(entity);
      if (!held) {
        held = { list: new Int32Array(64), count: 0 };
        this.positions.set(entity, held);
      }
      if (held.count === held.list.length) {
        const grown = new Int32Array(held.list.length * 2);
        grown.set(held.list);
        held.list = grown;
      }
      held.list[held.count] = position;
      held.count += 1;
    }
  }

  /**
   * Inserts every link at the ord of its list position (ordOfPosition); call inside a
   * transaction. Each entity's links go in with one statement, not one per row: some 2 million
   * calls into SQLite at 200,000 releases cost more than the rows.
   */
  store(db: Database.Database): void {
    const insert = db.prepare(
      `INSERT INTO links (entity, ord) SELECT ?, ${ordOfPositionSql('value')} FROM json_each(?)`,
    );
    // Positions were added in ascending order, so each list is already sorted.
    const byEntity = [...this.positions].sort(([a], [b]) => compareSortKeys(a, b));
    for (const [entity, { list, count }] of byEntity) {
      insert.run(entity, `[${list.subarray(0, count).join(',')}]`);
    }
    this.positions.clear();
  }
}
