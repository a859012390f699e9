import { formatProblem } from './format-problem.js';
import type { Problem } from './types.js';

/**
 * Lines that tell a user a bundle loaded with problems, for stderr: a count, the first few
 * problems in full, and how many more there are. Empty when there is nothing to say.
 */
export function problemSummary(problems: readonly Problem[], dir: string, shown = 3): string[] {
  if (problems.length === 0) return [];
  const head = `osce-tui: warning: bundle ${dir} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; the valid data was loaded`;
  const lines = [head, ...problems.slice(0, shown).map((problem) => `  ${formatProblem(problem)}`)];
  if (problems.length > shown) lines.push(`  … and ${problems.length - shown} more`);
  return lines;
}
