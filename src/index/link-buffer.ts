import type Database from 'better-sqlite3';
import { compareSortKeys } from './list-keys.js';

/**
 * The links of a full build, kept per entity until every release is stored, then written entity
 * by entity in ord order. The links table is keyed by (entity, ord): stored release by release,
 * each row lands at one of a few hundred places inside the B-tree (a search down the tree each);
 * stored in key order, every row is appended at its end. Ords are kept as list positions
 * (~11 per release: some 10 MB at 200,000 releases).
 */
export class LinkBuffer {
  private readonly positions = new Map<string, number[]>();

  /** Notes that the release at list position `position` links to each of `entities`. */
  add(entities: readonly string[], position: number): void {
    for (const entity of entities) {
      let list = this.positions.get(entity);
      if (!list) {
        list = [];
        this.positions.set(entity, list);
      }
      list.push(position);
    }
  }

  /** Inserts every link, `ordOf` turning a position into its ord; call inside a transaction. */
  store(db: Database.Database, ordOf: (position: number) => number): void {
    const insert = db.prepare('INSERT INTO links (entity, ord) VALUES (?, ?)');
    // Positions were added in ascending order, so each list is already sorted.
    const byEntity = [...this.positions].sort(([a], [b]) => compareSortKeys(a, b));
    for (const [entity, positions] of byEntity) {
      for (const position of positions) insert.run(entity, ordOf(position));
    }
    this.positions.clear();
  }
}
