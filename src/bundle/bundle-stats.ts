import { ENTRY_KINDS, type Bundle, type EntryKind } from './types.js';

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

/** Counts a loaded bundle. Pure. */
export function bundleStats(bundle: Bundle): BundleStats {
  const byType = new Map<string, number>();
  const byYear = new Map<number | null, number>();
  for (const release of bundle.releases) {
    byType.set(release.type, (byType.get(release.type) ?? 0) + 1);
    const year = release.date.iso === null ? null : Number(release.date.iso.slice(0, 4));
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
  }
  const kindCounts = new Map<EntryKind, number>();
  for (const entry of bundle.taxonomy) kindCounts.set(entry.kind, (kindCounts.get(entry.kind) ?? 0) + 1);
  return {
    title: bundle.manifest.title,
    builtAt: bundle.manifest.builtAt,
    synthetic: bundle.manifest.synthetic,
    releases: {
      total: bundle.releases.length,
      summaries: bundle.releases.filter((release) => release.summary).length,
      byType: [...byType].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1)),
      byYear: [...byYear].map(([year, count]) => ({ year, count })).sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : b.year - a.year)),
    },
    taxonomy: {
      total: bundle.taxonomy.length,
      byKind: ENTRY_KINDS.filter((kind) => kindCounts.has(kind)).map((kind) => ({ kind, count: kindCounts.get(kind)! })),
    },
    problems: bundle.problems.length,
  };
}
