/**
 * One word of a query as the index will match it: any of `words`. `prefixes` are not sent to
 * the index (their completions are in `words`); they say which words to highlight.
 */
export interface TermGroup {
  words: string[];
  prefixes: string[];
}

/** A query in index terms: all groups and phrases must match, no excluded word or phrase may. */
export interface MatchQuery {
  groups: TermGroup[];
  /** Each phrase as its folded words. */
  phrases: string[][];
  /** Each excluded word or phrase as its folded words. */
  excluded: string[][];
}

/** True when the query has something that must match (an FTS5 query cannot be only NOTs). */
export function hasPositivePart(query: MatchQuery): boolean {
  return query.groups.length > 0 || query.phrases.length > 0;
}

/**
 * The FTS5 MATCH expression for a query; with `titleOnly`, every positive part must match in
 * the title (exclusions still apply to the whole release). Words are quoted, so no user input
 * is read as FTS5 syntax.
 */
export function matchExpression(query: MatchQuery, options: { titleOnly?: boolean } = {}): string {
  const parts = [
    ...query.groups.map((group) => {
      const alternatives = group.words.map(quote);
      return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`;
    }),
    ...query.phrases.map((words) => quote(words.join(' '))),
  ];
  let expression = parts.join(' AND ');
  if (options.titleOnly) expression = `{title} : (${expression})`;
  for (const words of query.excluded) expression = `(${expression}) NOT ${quote(words.join(' '))}`;
  return expression;
}

/** An expression matching any excluded word or phrase, or undefined when nothing is excluded. */
export function excludedExpression(query: MatchQuery): string | undefined {
  if (query.excluded.length === 0) return undefined;
  return query.excluded.map((words) => quote(words.join(' '))).join(' OR ');
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
