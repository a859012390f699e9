import type { Command } from 'commander';
import { wrapText } from '../article/wrap-text.js';
import { loadBundleTaxonomy } from '../bundle/load-bundle.js';
import type { TaxonomyEntry } from '../bundle/types.js';
import { reportProblems } from '../catalog/bundle-problems.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import { Taxonomy } from '../taxonomy/taxonomy.js';
import cellWidth from '../text/cell-width.js';
import { oneLine } from '../text/labels.js';
import { commandBundleDir } from './bundle-option.js';
import { warnOfProblems } from './warn-of-problems.js';

/** A taxonomy entry with its children, as `taxonomy --json` prints it. */
export type TaxonomyNode = Omit<TaxonomyEntry, 'parent'> & { children: TaxonomyNode[] };

/** `osce-tui taxonomy`: the tree, as text or JSON. */
export async function printTaxonomy(options: { ids?: boolean; json?: boolean }, command: Command): Promise<void> {
  const dir = commandBundleDir(command);
  // Only the tree: releases.jsonl is not read, so this is instant on any bundle size.
  const loaded = await loadBundleTaxonomy(dir);
  warnOfProblems(reportProblems(loaded.problems, dir));
  const taxonomy = new Taxonomy(loaded.entries);
  if (options.json) writeJson(taxonomyTree(taxonomy));
  else writeOut(taxonomyTreeLines(taxonomy, { ids: options.ids ?? false, width: outputWidth() }).join('\n'));
}

/**
 * The tree as indented lines, two spaces a level, optionally with `[id]` after each name. A name
 * wider than `width` wraps under itself; an id is never cut (it goes on its own line when the
 * last name line has no room), so `grep` still finds it whole. Pure.
 */
export function taxonomyTreeLines(taxonomy: Taxonomy, options: { ids: boolean; width?: number }): string[] {
  const width = options.width ?? Number.POSITIVE_INFINITY;
  return walk(taxonomy, (entry, depth) => {
    const indent = '  '.repeat(depth);
    const nameLines = wrapText(oneLine(entry.name), width - indent.length, { hangingIndent: '  ' }).map(
      (line) => indent + line,
    );
    if (!options.ids) return nameLines;
    const id = `[${oneLine(entry.id)}]`;
    const last = nameLines[nameLines.length - 1] ?? indent;
    if (cellWidth(last) + 2 + cellWidth(id) <= width) return [...nameLines.slice(0, -1), `${last}  ${id}`];
    return [...nameLines, `${indent}  ${id}`];
  }).flat();
}

/** The tree as nested nodes, roots in menu order. Pure. */
export function taxonomyTree(taxonomy: Taxonomy): TaxonomyNode[] {
  const node = (entry: TaxonomyEntry, seen: Set<string>): TaxonomyNode => {
    const { parent: _parent, ...rest } = entry;
    seen.add(entry.id);
    const children = taxonomy.children(entry.id).filter((child) => !seen.has(child.id));
    return { ...rest, children: children.map((child) => node(child, seen)) };
  };
  const seen = new Set<string>();
  return taxonomy.roots().map((root) => node(root, seen));
}

function walk<T>(taxonomy: Taxonomy, visit: (entry: TaxonomyEntry, depth: number) => T): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  const go = (entry: TaxonomyEntry, depth: number): void => {
    if (seen.has(entry.id)) return;
    seen.add(entry.id);
    out.push(visit(entry, depth));
    for (const child of taxonomy.children(entry.id)) go(child, depth + 1);
  };
  for (const root of taxonomy.roots()) go(root, 0);
  return out;
}
