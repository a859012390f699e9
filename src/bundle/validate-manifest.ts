import { JsonChecker } from '../json/json-checks.js';
import { BUNDLE_FORMAT } from './bundle-files.js';
import { BUNDLE_FORMAT_VERSION, type BundleManifest, type Problem, type ReleaseFileRecord } from './types.js';

/**
 * Checks a parsed manifest.json. A field with the wrong type is a problem and gets a neutral
 * default, so the bundle's data still loads. `newerVersion` is set when the bundle was written by
 * a newer format this program cannot read safely; the caller refuses to go on.
 */
export function validateManifest(
  value: unknown,
  file: string,
  fallbackTitle: string,
): { manifest: BundleManifest; problems: Problem[]; newerVersion?: number } {
  const check = new JsonChecker();
  const record = check.object(value, '$') ?? {};
  if (record.format !== BUNDLE_FORMAT) check.fail('$.format', JSON.stringify(BUNDLE_FORMAT), record.format);
  const version = check.integer(record.version, '$.version', 1);
  const counts = check.object(record.counts, '$.counts') ?? {};
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: version ?? BUNDLE_FORMAT_VERSION,
    title: check.string(record.title, '$.title', { nonEmpty: true }) ?? fallbackTitle,
    builtAt: check.string(record.builtAt, '$.builtAt') ?? '',
    synthetic: check.boolean(record.synthetic, '$.synthetic') ?? false,
    counts: {
      releases: check.integer(counts.releases, '$.counts.releases', 0) ?? 0,
      taxonomy: check.integer(counts.taxonomy, '$.counts.taxonomy', 0) ?? 0,
    },
    releasesDigest: check.string(record.releasesDigest, '$.releasesDigest') ?? '',
  };
  if (record.files !== undefined) {
    const files = check.array(record.files, '$.files', (item, path) => fileRecord(check, item, path));
    if (files) manifest.files = files;
  }
  const problems = check.issues.map((issue) => ({ file, path: issue.path, message: issue.message }));
  return version !== undefined && version > BUNDLE_FORMAT_VERSION
    ? { manifest, problems, newerVersion: version }
    : { manifest, problems };
}

function fileRecord(check: JsonChecker, value: unknown, path: string): ReleaseFileRecord | undefined {
  const record = check.object(value, path);
  if (!record) return undefined;
  const name = check.string(record.name, `${path}.name`, { nonEmpty: true });
  const bytes = check.integer(record.bytes, `${path}.bytes`, 0);
  const sha256 = check.string(record.sha256, `${path}.sha256`, { nonEmpty: true });
  return name === undefined || bytes === undefined || sha256 === undefined ? undefined : { name, bytes, sha256 };
}

/** A manifest for a folder without a readable one. */
export function defaultManifest(title: string): BundleManifest {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_FORMAT_VERSION,
    title,
    builtAt: '',
    synthetic: false,
    counts: { releases: 0, taxonomy: 0 },
    releasesDigest: '',
  };
}
