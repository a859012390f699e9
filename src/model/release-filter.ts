/** Which releases to count or list. All given conditions must hold. */
export interface ReleaseFilter {
  /** Linked to every one of these taxonomy ids (as source, field, country or mention, or through a descendant entry). */
  entities?: string[];
  /** Year of the release date. */
  year?: number;
  /** Content type, case-insensitive ("press release"). */
  type?: string;
  /** ISO date bounds, inclusive. */
  since?: string;
  until?: string;
  /** Only these release ids (bookmarks, history). */
  ids?: string[];
}

/** A facet a list can be refined by. */
export type Facet = 'year' | 'type' | 'field' | 'country' | 'source';

/** One value of a facet with its live count under the current filter. */
export interface FacetCount {
  /** Year as text, content type, or taxonomy id. */
  key: string;
  /** Display label. */
  label: string;
  count: number;
}
