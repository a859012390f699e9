/** The listings sync can walk: each is a URL it builds, never a link it follows. */
export type SourceName = 'press-releases' | 'fom' | 'smm' | 'odihr';

interface SourceSpec {
  name: SourceName;
  /** The listing path; `?page=N` is added, N from 0 (newest first). */
  path: string;
  label: string;
  /** A closed mission publishes nothing new: one walk to its end (a backfill) is enough. */
  closed: boolean;
}

/** Every source, in the order `--source all` walks them. */
export const SOURCES: readonly SourceSpec[] = [
  { name: 'press-releases', path: '/press-releases', label: 'press releases', closed: false },
  { name: 'fom', path: '/fom/statements', label: 'Representative on Freedom of the Media statements', closed: false },
  {
    name: 'smm',
    path: '/ukraine-smm/reports',
    label: 'Special Monitoring Mission to Ukraine reports (closed)',
    closed: true,
  },
  // ODIHR's newsroom on osce.org; a site redesign would change only this line.
  { name: 'odihr', path: '/odihr/newsroom', label: 'ODIHR newsroom', closed: false },
];

/** What `--source` accepts. */
export const SOURCE_CHOICES: readonly string[] = [...SOURCES.map((source) => source.name), 'all'];

/** The sources `--source VALUE` names. */
export function sourcesFor(choice: string): SourceSpec[] {
  if (choice === 'all') return [...SOURCES];
  return SOURCES.filter((source) => source.name === choice);
}

/** The URL of listing page `page` of `source` on `base` (`https://www.osce.org`). Pure. */
export function listingUrl(base: string, source: SourceSpec, page: number): string {
  return `${base.replace(/\/+$/, '')}${source.path}?page=${page}`;
}
