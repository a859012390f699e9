import { createStreamingLookup, type ExistingReleaseLookup } from '../bundle/existing-releases.js';
import { createIndexLookup } from './index-lookup.js';

/**
 * The lookup an import uses: the derived index (brought up to date incrementally, then read by
 * id), so an import of k pages reads k lines instead of the archive; when the index cannot be
 * opened (a bundle with no manifest, say), a streaming scan of the bundle gives the same answer.
 */
export function createImportLookup(bundleDir: string, cacheDir: string): ExistingReleaseLookup {
  const fromIndex = createIndexLookup(bundleDir, cacheDir);
  return async (ids) => {
    try {
      return await fromIndex(ids);
    } catch {
      return createStreamingLookup(bundleDir)(ids);
    }
  };
}
