const SMALL_WORDS = new Set(['and', 'of', 'the', 'on', 'upon', 'de', 'del', 'la', 'le', 'am', 'an', 'im']);

/**
 * Title-cases the capital-letter words of a place as datelines write them
 * ("VICENZA, Italy" → "Vicenza, Italy", "BOSNIA AND HERZEGOVINA" → "Bosnia and Herzegovina",
 * "NUR-SULTAN" → "Nur-Sultan"). Words already in mixed case are left as written.
 */
export function titleCasePlace(place: string): string {
  let first = true;
  return place.replace(/\p{L}[\p{L}'’.]*/gu, (word) => {
    const isFirst = first;
    first = false;
    if (word !== word.toUpperCase() || word.length < 2) return word;
    const lower = word.toLowerCase();
    if (!isFirst && SMALL_WORDS.has(lower)) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}
