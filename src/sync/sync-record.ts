import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../bundle/atomic-file.js';

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
    const record = JSON.parse(await readFile(join(bundleDir, SYNC_RECORD_FILE), 'utf8')) as Partial<SyncRecord>;
    if (typeof record.syncedAt !== 'string' || Number.isNaN(Date.parse(record.syncedAt))) return undefined;
    const added = Array.isArray(record.added) ? record.added.filter((id): id is string => typeof id === 'string') : [];
    return { syncedAt: record.syncedAt, added, complete: record.complete !== false };
  } catch {
    return undefined;
  }
}

/** Writes the record atomically. */
export async function writeSyncRecord(bundleDir: string, record: SyncRecord): Promise<void> {
  await writeFileAtomic(bundleDir, SYNC_RECORD_FILE, [`${JSON.stringify(record, null, 2)}\n`]);
}
