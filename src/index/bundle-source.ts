import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { BundleManifest, Release, TaxonomyEntry, TaxonomyFile } from '../bundle/types.js';

// The index reads a bundle through these three functions only, so that the bundle module's own
// validated readers can replace them without touching the index builder.

/** Reads manifest.json; throws an Error naming the file when it is missing or malformed. */
export function readBundleManifest(bundleDir: string): BundleManifest {
  const file = join(bundleDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BundleManifest;
  if (manifest?.format !== 'osce-tui-bundle' || typeof manifest.releasesDigest !== 'string') {
    throw new Error(`${file}: not an osce-tui bundle manifest`);
  }
  return manifest;
}

/** Reads taxonomy.json and its raw text (the index keys on the text's digest). */
export function readBundleTaxonomy(bundleDir: string): { entries: TaxonomyEntry[]; text: string } {
  const file = join(bundleDir, 'taxonomy.json');
  const text = readFileSync(file, 'utf8');
  const parsed = JSON.parse(text) as TaxonomyFile;
  if (!Array.isArray(parsed?.entries)) throw new Error(`${file}: expected an object with "entries"`);
  return { entries: parsed.entries, text };
}

/** Streams the valid releases of releases.jsonl; lines that are not releases are skipped. */
export async function* readBundleReleases(bundleDir: string): AsyncGenerator<Release> {
  const lines = createInterface({ input: createReadStream(join(bundleDir, 'releases.jsonl')), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    if (!isReleaseShaped(value)) continue;
    yield { ...value, notes: value.notes ?? [], unmapped: value.unmapped ?? [], warnings: value.warnings ?? [] };
  }
}

function isReleaseShaped(value: unknown): value is Release {
  const release = value as Release;
  return (
    typeof release === 'object' &&
    release !== null &&
    typeof release.id === 'string' &&
    typeof release.title === 'string' &&
    typeof release.type === 'string' &&
    typeof release.date === 'object' &&
    release.date !== null &&
    Array.isArray(release.body) &&
    Array.isArray(release.sources) &&
    Array.isArray(release.fields) &&
    Array.isArray(release.countries) &&
    Array.isArray(release.mentions)
  );
}
