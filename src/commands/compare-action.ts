import type { Command } from 'commander';
import type { TaxonomyEntry } from '../bundle/types.js';
import type { Catalog } from '../catalog/types.js';
import { EXIT_USAGE, UserError } from '../cli/errors.js';
import { outputWidth, writeJson, writeOut } from '../cli/output.js';
import { createNameMatcher } from '../taxonomy/name-matcher.js';
import { clean } from '../text/labels.js';
import { layoutTimeline, SERIES_GLYPHS, timelineLines } from '../timeline/layout-timeline.js';
import { CARD_KINDS } from './card-kinds.js';
import { openCommandCatalog } from './command-context.js';

/** `osce-tui lookup A --compare B [--compare C]`: releases per year of each, side by side. */
export async function compareEntries(names: string[], options: { json?: boolean }, command: Command): Promise<void> {
  if (names.length > SERIES_GLYPHS.length) {
    throw new UserError(
      `--compare takes at most ${SERIES_GLYPHS.length - 1} entries besides the one looked up`,
      EXIT_USAGE,
    );
  }
  const catalog = await openCommandCatalog(command);
  try {
    const entries = names.map((name) => resolveCompared(catalog, name));
    const series = entries.map((entry) => ({ entry, perYear: catalog.perYear({ entities: [entry.id] }) }));
    const layout = layoutTimeline(
      series.map((one) => ({ name: clean(one.entry.name), perYear: one.perYear })),
      outputWidth(),
    );
    if (options.json) {
      writeJson({
        entries: series.map((one) => ({
          id: one.entry.id,
          name: clean(one.entry.name),
          total: catalog.entityCount(one.entry.id),
          perYear: one.perYear,
        })),
        years: layout.rows.map((row) => ({ year: row.year, counts: row.counts })),
      });
      return;
    }
    writeOut(timelineLines(layout).join('\n'));
  } finally {
    catalog.close();
  }
}

function resolveCompared(catalog: Catalog, name: string): TaxonomyEntry {
  const byId = catalog.taxonomy.get(name.trim());
  if (byId) return byId;
  const match = createNameMatcher(catalog.taxonomy).resolve(name, { kinds: CARD_KINDS, typos: true });
  if (match.status === 'exact' && match.entries[0]) return match.entries[0];
  if (match.status === 'ambiguous') {
    const candidates = match.entries.slice(0, 6).map((entry) => `${clean(entry.name)} (${entry.id})`);
    throw new UserError(
      `"${name}" matches ${match.entries.length} entries: ${candidates.join(', ')}; give a name or id`,
    );
  }
  const nearest = match.suggestions.slice(0, 5).map((entry) => clean(entry.name));
  throw new UserError(
    `no State, institution or other entry named "${name}"${nearest.length > 0 ? `; nearest: ${nearest.join(', ')}` : ''}`,
  );
}
