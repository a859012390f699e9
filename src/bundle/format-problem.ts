import type { Problem } from './types.js';

/** One problem as one line: `FILE:LINE: $.json.path: message` (the parts that are known). */
export function formatProblem(problem: Problem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.path ? `${place}: ${problem.path}: ${problem.message}` : `${place}: ${problem.message}`;
}
