import { wrapText } from '../article/wrap-text.js';
import type { TaxonomyEntry } from '../bundle/types.js';
import type { Catalog, ReleaseRow } from '../catalog/types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { drawYearChart } from '../text/bar-chart.js';
import cellWidth from '../text/cell-width.js';
import { kindLabel, oneLine } from '../text/labels.js';
import { type ReleaseRowJson, releaseColumns, releaseListLines, releaseRowJson } from './release-lines.js';
import type { TextStyle } from './text-style.js';

/** One fact of a card: a label and its value, both plain text. */
export interface CardFact {
  label: string;
  value: string;
}

/** What `osce-tui lookup` shows of a State, institution or other taxonomy entry. */
export interface EntityCard {
  id: string;
  kind: TaxonomyEntry['kind'];
  kindLabel: string;
  name: string;
  description: string;
  /** The menu entry it sits under, e.g. "Participating States". */
  partOf: string | null;
  facts: CardFact[];
  totalReleases: number;
  /** Ascending by year; releases without a year are left out. */
  perYear: { year: number; count: number }[];
  /** Newest first. */
  latest: ReleaseRow[];
}

/** Collects a card's facts and numbers from the catalog. */
export function buildEntityCard(catalog: Catalog, entry: TaxonomyEntry, latestCount = 5): EntityCard {
  const filter = { entities: [entry.id] };
  const parent = entry.parent ? catalog.taxonomy.get(entry.parent) : undefined;
  return {
    id: entry.id,
    kind: entry.kind,
    kindLabel: kindLabel(entry.kind),
    name: oneLine(entry.name),
    description: oneLine(entry.description),
    partOf: parent ? oneLine(parent.name) : null,
    facts: entityFacts(catalog.taxonomy, entry),
    totalReleases: catalog.entityCount(entry.id),
    perYear: catalog.perYear(filter),
    latest: catalog.list(filter, 0, latestCount),
  };
}

/**
 * The facts a reader looks up: status (participating State, Partner for Co-operation and its
 * group), field operations, Chairpersonship years, other relations, the entry's own facts
 * (seat, status, years) and its other names.
 */
export function entityFacts(taxonomy: Taxonomy, entry: TaxonomyEntry): CardFact[] {
  const facts: CardFact[] = [];
  const nameOf = (id: string) => oneLine(taxonomy.get(id)?.name ?? id);
  const related = (type: string) => entry.relations.filter((relation) => relation.type === type);
  if (entry.kind === 'state') facts.push({ label: 'Status', value: 'Participating State' });
  if (entry.kind === 'partner') {
    const groups = related('partner-group').map((relation) => nameOf(relation.target));
    facts.push({
      label: 'Status',
      value: `Partner for Co-operation${groups.length > 0 ? ` (${groups.join(', ')})` : ''}`,
    });
  }
  const hosted = related('hosts-field-operation').map((relation) => withStatus(taxonomy, relation.target));
  if (hosted.length > 0) facts.push({ label: 'Field operation', value: hosted.join('; ') });
  const worksIn = related('field-operation-in').map((relation) => nameOf(relation.target));
  if (worksIn.length > 0) facts.push({ label: 'Works in', value: worksIn.join('; ') });
  const chairYears = related('chaired').flatMap((relation) => relation.years ?? []);
  if (related('chaired').length > 0) {
    facts.push({
      label: 'Chairpersonship',
      value: chairYears.length > 0 ? [...new Set(chairYears)].sort().join(', ') : 'yes',
    });
  }
  const chairs = related('chaired-by').map((relation) => `${nameOf(relation.target)}${years(relation.years)}`);
  if (chairs.length > 0) facts.push({ label: 'Chaired by', value: chairs.join('; ') });
  const partOf = related('part-of').map((relation) => nameOf(relation.target));
  if (partOf.length > 0) facts.push({ label: 'Part of', value: partOf.join('; ') });
  const others = related('related').map((relation) => nameOf(relation.target));
  if (others.length > 0) facts.push({ label: 'Related', value: others.join('; ') });
  for (const [key, value] of Object.entries(entry.facts)) {
    const label = oneLine(key);
    const shown = facts.some((fact) => fact.label.toLowerCase() === label.toLowerCase());
    if (label && oneLine(value) && !shown)
      facts.push({ label: label.charAt(0).toUpperCase() + label.slice(1), value: oneLine(value) });
  }
  const aliases = entry.aliases.map((alias) => oneLine(alias)).filter(Boolean);
  if (aliases.length > 0) facts.push({ label: 'Also known as', value: aliases.join(', ') });
  return facts;
}

function withStatus(taxonomy: Taxonomy, id: string): string {
  const operation = taxonomy.get(id);
  const status = operation?.facts.status ? oneLine(operation.facts.status) : '';
  return `${oneLine(operation?.name ?? id)}${status ? ` (${status})` : ''}`;
}

function years(list: number[] | undefined): string {
  return list?.length ? ` (${list.join(', ')})` : '';
}

/** Options of `renderEntityCard`. */
export interface CardRenderOptions {
  width: number;
  style: TextStyle;
  /** Read releases, to mark the unread ones in the latest list; undefined shows no marks. */
  readIds?: ReadonlySet<string>;
}

const FACT_LABEL_MAX = 18;
const CHART_HEIGHT = 3;

/** The card as lines of plain text (styled when the style has colour). */
export function renderEntityCard(card: EntityCard, options: CardRenderOptions): string[] {
  const { width, style } = options;
  const lines: string[] = [style.heading(card.name)];
  const what = card.description || card.kindLabel;
  lines.push(...wrapText(card.partOf ? `${what} · in ${card.partOf}` : what, width).map(style.muted));
  if (card.facts.length > 0) {
    lines.push('');
    const labelWidth = Math.min(FACT_LABEL_MAX, Math.max(...card.facts.map((fact) => cellWidth(fact.label))));
    for (const fact of card.facts) {
      const indent = 2 + labelWidth + 2;
      const label = fact.label.length > labelWidth ? fact.label : fact.label.padEnd(labelWidth);
      const [first = '', ...rest] = wrapText(fact.value, width - indent);
      lines.push(`  ${style.muted(label)}  ${first}`, ...rest.map((line) => ' '.repeat(indent) + line));
    }
  }
  lines.push('');
  if (card.totalReleases === 0) {
    lines.push('No releases in this bundle.');
    return lines;
  }
  const dated = card.perYear.reduce((sum, year) => sum + year.count, 0);
  lines.push(
    style.heading(`Releases: ${card.totalReleases}`) +
      style.muted(dated < card.totalReleases ? ` (${card.totalReleases - dated} undated)` : ''),
  );
  // A single year is one bar: no height needed to compare it with anything.
  const chart = drawYearChart(card.perYear, width - 2, card.perYear.length > 1 ? CHART_HEIGHT : 1);
  if (chart) {
    const peak = card.perYear.reduce((best, year) => (year.count > best.count ? year : best));
    lines.push(...chart.rows.map((row) => `  ${style.accent(row)}`), `  ${chart.axis}`);
    lines.push(style.muted(`  most in ${peak.year}: ${peak.count}`));
  }
  if (card.latest.length > 0) {
    lines.push('', style.heading('Latest releases'));
    const columns = releaseColumns(card.latest);
    for (const row of card.latest) {
      const read = options.readIds ? options.readIds.has(row.id) : undefined;
      lines.push(...releaseListLines(row, { width, style, read, columns }));
    }
  }
  return lines;
}

/** The card as `--json` prints it. */
export function entityCardJson(
  card: EntityCard,
  readIds?: ReadonlySet<string>,
): Omit<EntityCard, 'latest'> & { latest: ReleaseRowJson[] } {
  return { ...card, latest: card.latest.map((row) => releaseRowJson(row, readIds ? readIds.has(row.id) : undefined)) };
}
