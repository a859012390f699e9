import { listReleaseSegments } from '../bundle/release-segments.js';

/**
 * Release files smaller than this in all are read in less time than loading SQLite and opening
 * the index take (~25 ms of a start; reading goes at ~200 MB/s): the packaged bundle is read.
 */
export const READ_DIRECTLY_BELOW_BYTES = 4 << 20;

/**
 * True when a command that can either read a bundle's release files or ask its index (`show`,
 * `stats`) does better reading them: they are small. Its own module, so that such a command
 * loads the index code only when it will use it.
 */
export async function readsDirectly(bundleDir: string): Promise<boolean> {
  const segments = await listReleaseSegments(bundleDir);
  return segments.reduce((bytes, segment) => bytes + segment.size, 0) < READ_DIRECTLY_BELOW_BYTES;
}
