// What a search returns is shared model (src/model); the screens and commands import it from here too.
export type { EntityHit, Highlight, ReleaseHit, SearchOptions, SearchResults } from '../model/search-results.js';
