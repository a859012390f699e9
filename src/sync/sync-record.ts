import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../bundle/atomic-file.js';
import { JsonChecker } from '../json/json-checks.js';

/** The file in the bundle folder that says when the bundle was last synced; it travels with the bundle. */
const SYNC_RECORD_FILE = 'sync.json';

/** What the last sync did, for the browser (which never touches the network). */
export interface SyncRecord {
  /** ISO time the sync ended. */
  syncedAt: string;
  /** Ids of the releases it added, in the order they landed. */
  added: string[];
  /** False when it stopped early (and a run of `osce-tui sync` would go on). */
  complete: boolean;
}

/** The bundle's sync record, or undefined when it was never synced (or the file is unreadable). */
export async function readSyncRecord(bundleDir: string): Promise<SyncRecord | undefined> {
  try {
    const check = new JsonChecker();
    const record = check.object(JSON.parse(await readFile(join(bundleDir, SYNC_RECORD_FILE), 'utf8')), '$');
    const syncedAt = check.matching(record?.syncedAt, '$.syncedAt', 'an ISO time', isTime);
    if (!record || syncedAt === undefined) return undefined;
    const added = check.validItems(record.added, '$.added', (item, path) => check.string(item, path)) ?? [];
    return { syncedAt, added, complete: record.complete !== false };
  } catch {
    return undefined;
  }
}

function isTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

/** Writes the record atomically. */
export async function writeSyncRecord(bundleDir: string, record: SyncRecord): Promise<void> {
  await writeFileAtomic(bundleDir, SYNC_RECORD_FILE, [`${JSON.stringify(record, null, 2)}\n`]);
}
