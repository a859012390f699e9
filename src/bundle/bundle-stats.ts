import { sanitizeLine } from '../text/sanitize-model.js';
import type { BundleScan } from './load-bundle.js';
import {
  type BundleManifest,
  ENTRY_KINDS,
  type EntryKind,
  type Problem,
  type Release,
  type TaxonomyEntry,
} from './types.js';

/** Counts that describe a bundle: releases by content type and year, taxonomy entries by kind. */
export interface BundleStats {
  title: string;
  builtAt: string;
  synthetic: boolean;
  releases: {
    total: number;
    summaries: number;
    /** Largest first, then by type. */
    byType: { type: string; count: number }[];
    /** Newest first; releases without a known year last, as year null. */
    byYear: { year: number | null; count: number }[];
  };
  /** In the order of ENTRY_KINDS; kinds without entries are left out. */
  taxonomy: { total: number; byKind: { kind: EntryKind; count: number }[] };
  problems: number;
}

/** What stats are made of: the release counts, and the bundle they were counted in. */
export interface StatsCounts {
  total: number;
  summaries: number;
  /** Releases per content type (sanitized). */
  byType: ReadonlyMap<string, number>;
  /** Releases per year, null for an unknown date. */
  byYear: ReadonlyMap<number | null, number>;
}

/** Counts releases one at a time (from scanBundle), so a large bundle never sits in memory. */
export function createStatsCounter(): { add(release: Release): void; result(scan: BundleScan): BundleStats } {
  const byType = new Map<string, number>();
  const byYear = new Map<number | null, number>();
  let total = 0;
  let summaries = 0;
  return {
    add(release) {
      total += 1;
      if (release.summary) summaries += 1;
      const type = sanitizeLine(release.type);
      byType.set(type, (byType.get(type) ?? 0) + 1);
      const year = release.date.iso === null ? null : Number(release.date.iso.slice(0, 4));
      byYear.set(year, (byYear.get(year) ?? 0) + 1);
    },
    result: (scan) => bundleStatsOf({ total, summaries, byType, byYear }, scan),
  };
}

/**
 * The stats of a bundle from its release counts (counted by createStatsCounter, or stored by
 * the index) and what was loaded besides: manifest, taxonomy and problems. Pure.
 */
export function bundleStatsOf(
  counts: StatsCounts,
  scan: { manifest: BundleManifest; taxonomy: readonly TaxonomyEntry[]; problems: readonly Problem[] },
): BundleStats {
  const kindCounts = new Map<EntryKind, number>();
  for (const entry of scan.taxonomy) kindCounts.set(entry.kind, (kindCounts.get(entry.kind) ?? 0) + 1);
  return {
    title: sanitizeLine(scan.manifest.title),
    builtAt: sanitizeLine(scan.manifest.builtAt),
    synthetic: scan.manifest.synthetic,
    releases: {
      total: counts.total,
      summaries: counts.summaries,
      byType: [...counts.byType]
        .map(([type, count]) => ({ type, count }))
        .sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1)),
      byYear: [...counts.byYear]
        .map(([year, count]) => ({ year, count }))
        .sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : b.year - a.year)),
    },
    taxonomy: {
      total: scan.taxonomy.length,
      byKind: ENTRY_KINDS.filter((kind) => kindCounts.has(kind)).map((kind) => ({
        kind,
        count: kindCounts.get(kind)!,
      })),
    },
    problems: scan.problems.length,
  };
}
