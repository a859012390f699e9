import type { FactKind, FactOrigin, Release } from '../bundle/types.js';

// `from` comes from the bundle, so it is never printed: each origin has fixed wording, and one this
// version does not know (a newer importer's) is only called inferred. Typed by FactOrigin so that
// a new origin without wording fails to compile.
const INFERRED_FROM: Readonly<Record<FactOrigin, string>> = {
  metadata: 'inferred from a metadata line',
  'type-line': 'inferred from the content-type line',
  dateline: 'inferred from the dateline',
  title: 'inferred from the title',
  'listing-header': "inferred from the listing's header",
  url: "inferred from the page's address",
  'field-operation': 'inferred from its field operation',
  city: 'inferred from the place',
  text: 'inferred from the text',
};
const INFERRED = 'inferred';

/**
 * How the importer inferred a fact of a release, in fixed words ("inferred from the dateline"),
 * or undefined when the page states it or its origin was not recorded. `value` picks one value
 * of a list fact (a source, field or country id); without it, any record of the fact counts. Pure.
 */
export function inferredNote(release: Release, fact: FactKind, value?: string): string | undefined {
  const records = (release.origins ?? []).filter(
    (record) => record.fact === fact && (value === undefined || record.value === value),
  );
  // A fact the page states somewhere is stated, however else it was also found.
  if (records.length === 0 || records.some((record) => record.stated)) return undefined;
  const from = records[0]!.from;
  return Object.hasOwn(INFERRED_FROM, from) ? INFERRED_FROM[from] : INFERRED;
}

/**
 * `text` (a fact as shown) followed by how it was inferred, `Italy (inferred from the place)`, so
 * the difference reads without colour; a stated or unrecorded fact is `text` unchanged. The note's
 * words are joined by `space` (a no-break space keeps it on one line when wrapped). Pure.
 */
export function withInferredNote(
  text: string,
  release: Release,
  fact: FactKind,
  value?: string,
  space: string = ' ',
): string {
  const note = text === '' ? undefined : inferredNote(release, fact, value);
  return note === undefined ? text : `${text} (${note.replaceAll(' ', space)})`;
}
