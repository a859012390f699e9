/** The facets a query can carry, as `name:value`. */
export const FACET_NAMES = ['country', 'field', 'source', 'type', 'year'] as const;

/** One facet of a query. */
export type FacetName = (typeof FACET_NAMES)[number];

/** A `name:value` part of a query, value as typed (quotes removed). */
export interface FacetTerm {
  facet: FacetName;
  value: string;
}

/** A parsed search query. On error, the other fields hold what was read before the problem. */
export interface ParsedQuery {
  /** Plain words, as typed. */
  terms: string[];
  /** `"exact phrase"` contents. */
  phrases: string[];
  /** `-word` and `-"a phrase"`, without the minus. */
  excluded: string[];
  facets: FacetTerm[];
  /** True when the last plain word is still being typed (no space after it): it matches as a prefix. */
  partial: boolean;
  /** What is wrong with the query, in words a user can act on. */
  error?: string;
}

const FACET_LIST = FACET_NAMES.map((name) => `${name}:`).join(', ');

/**
 * Parses the search syntax: words, `"exact phrase"`, `-word`, `-"phrase"`, and the facets
 * `country:`, `field:`, `source:`, `type:` and `year:` (a value may be quoted:
 * `type:"press release"`; years are `year:2017` or `year:2015..2017`). Never throws.
 */
export function parseQuery(input: string): ParsedQuery {
  const query: ParsedQuery = { terms: [], phrases: [], excluded: [], facets: [], partial: false };
  let position = 0;
  const fail = (message: string): ParsedQuery => ({ ...query, partial: false, error: message });

  const readQuoted = (): string | undefined => {
    // position is on the opening quote
    const close = input.indexOf('"', position + 1);
    if (close === -1) return undefined;
    const text = input.slice(position + 1, close);
    position = close + 1;
    return text.trim();
  };
  const readWord = (): string => {
    const start = position;
    while (position < input.length && !/\s/.test(input[position]!) && input[position] !== '"') position += 1;
    return input.slice(start, position);
  };

  while (position < input.length) {
    const char = input[position]!;
    if (/\s/.test(char)) {
      position += 1;
      continue;
    }
    query.partial = false;
    if (char === '"') {
      const start = position;
      const phrase = readQuoted();
      if (phrase === undefined) return fail(unbalanced(input, start));
      if (phrase !== '') query.phrases.push(phrase);
      continue;
    }
    if (char === '-' && position + 1 < input.length && !/\s/.test(input[position + 1]!)) {
      position += 1;
      if (input[position] === '"') {
        const start = position;
        const phrase = readQuoted();
        if (phrase === undefined) return fail(unbalanced(input, start));
        if (phrase !== '') query.excluded.push(phrase);
      } else {
        const word = readWord();
        if (word !== '') query.excluded.push(word);
      }
      continue;
    }
    const word = readWord();
    if (word === '') {
      position += 1; // a stray character readWord stops on; cannot happen with the checks above
      continue;
    }
    const facet = /^([A-Za-z]+):(.*)$/s.exec(word);
    if (facet) {
      const name = facet[1]!.toLowerCase();
      let value = facet[2]!;
      if (!(FACET_NAMES as readonly string[]).includes(name)) {
        return fail(`Unknown filter "${facet[1]}:"; the filters are ${FACET_LIST}`);
      }
      if (value === '' && input[position] === '"') {
        const start = position;
        const quoted = readQuoted();
        if (quoted === undefined) return fail(unbalanced(input, start));
        value = quoted;
      }
      if (value === '') return fail(`"${name}:" needs a value, e.g. ${example(name as FacetName)}`);
      if (name === 'year') {
        const problem = checkYear(value);
        if (problem) return fail(problem);
      }
      query.facets.push({ facet: name as FacetName, value });
      continue;
    }
    query.terms.push(word);
    query.partial = position >= input.length;
  }
  return query;
}

/** The years a `year:` value stands for; undefined when it is not a year or a range. */
export function parseYearRange(value: string): { from: number; to: number } | undefined {
  const match = /^(\d{4})(?:\.\.(\d{4}))?$/.exec(value);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return from <= to ? { from, to } : undefined;
}

function checkYear(value: string): string | undefined {
  const range = /^(\d{4})\.\.(\d{4})$/.exec(value);
  if (range && Number(range[1]) > Number(range[2])) {
    return `year:${value} runs backwards; write the earlier year first, e.g. year:${range[2]}..${range[1]}`;
  }
  if (!parseYearRange(value)) return `year:${value} is not a year; write year:2017 or a range like year:2015..2017`;
  return undefined;
}

function unbalanced(input: string, start: number): string {
  const fragment = input.slice(start, start + 20);
  return `Unbalanced quote: ${fragment}${input.length > start + 20 ? '…' : ''} has no closing "`;
}

function example(name: FacetName): string {
  switch (name) {
    case 'country':
      return 'country:italy';
    case 'field':
      return 'field:trafficking';
    case 'source':
      return 'source:odihr';
    case 'type':
      return 'type:"press release"';
    case 'year':
      return 'year:2017';
  }
}
