import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RELEASES_FILE } from './bundle-files.js';

/** The folder of a v2 bundle that holds appended segments (`releases/000001.jsonl`, …). */
export const SEGMENTS_DIR = 'releases';

/** A segment file's name: six or more digits, `.jsonl`. */
const SEGMENT_NAME = /^(\d{6,})\.jsonl$/;

/**
 * The file name of segment `sequence` in SEGMENTS_DIR, `000001.jsonl`: six digits or more, so
 * names sort by number up to a million segments (and match what listReleaseSegments reads).
 */
export function segmentFileName(sequence: number): string {
  return `${String(sequence).padStart(6, '0')}.jsonl`;
}

/**
 * One file of releases in a bundle, with what the file system says of it now. Together these
 * fingerprint the file: a rewrite changes ctime (which no user tool can set back) and usually
 * size and inode, so a reader need not trust mtime alone.
 */
export interface ReleaseSegment {
  /** Bundle-relative name with forward slashes: `releases.jsonl` or `releases/000001.jsonl`. */
  name: string;
  /** Absolute or bundle-joined path to read. */
  path: string;
  /** Sequence number: 0 for releases.jsonl, the segment's number otherwise. */
  sequence: number;
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
}

/**
 * The release files of a bundle in load order: releases.jsonl (when present) first, then the
 * segments of `releases/` by ascending number. Later files win for the same id. Temp files and
 * anything not named like a segment are not listed, so a crashed writer's leftovers are never read.
 */
export async function listReleaseSegments(dir: string): Promise<ReleaseSegment[]> {
  const segments: ReleaseSegment[] = [];
  const base = await describe(join(dir, RELEASES_FILE), RELEASES_FILE, 0);
  if (base) segments.push(base);
  let names: string[] = [];
  try {
    names = await readdir(join(dir, SEGMENTS_DIR));
  } catch {
    // no segments folder: a v1 bundle or a compacted v2 bundle
  }
  const numbered = names
    .map((name) => ({ name, match: SEGMENT_NAME.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map((entry) => ({ name: entry.name, sequence: Number(entry.match[1]) }))
    .sort((a, b) => a.sequence - b.sequence);
  for (const { name, sequence } of numbered) {
    const segment = await describe(join(dir, SEGMENTS_DIR, name), `${SEGMENTS_DIR}/${name}`, sequence);
    if (segment) segments.push(segment);
  }
  return segments;
}

async function describe(path: string, name: string, sequence: number): Promise<ReleaseSegment | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return undefined;
    return { name, path, sequence, size: info.size, ino: info.ino, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs };
  } catch {
    return undefined;
  }
}
