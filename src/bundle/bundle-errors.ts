import { UserError } from '../model/errors.js';
import { MANIFEST_FILE, RELEASES_FILE, TAXONOMY_FILE } from './bundle-files.js';
import { describeFileError } from './bundle-paths.js';

/**
 * A folder that holds none of a bundle's files. A writer may take it for a new, empty bundle
 * (sync does); a reader reports it.
 */
export class NotABundleError extends UserError {
  readonly dir: string;
  constructor(dir: string) {
    super(`${dir} is not an osce-tui bundle: ${MANIFEST_FILE}, ${TAXONOMY_FILE} and ${RELEASES_FILE} are all missing`);
    this.name = 'NotABundleError';
    this.dir = dir;
  }
}

/** A write into a bundle that failed; the writer leaves every file unchanged or whole. */
export class BundleWriteError extends UserError {
  readonly dir: string;
  constructor(dir: string, cause: unknown) {
    super(`cannot write the bundle in ${dir}: ${describeFileError(cause)}; the files there are unchanged or whole`);
    this.name = 'BundleWriteError';
    this.dir = dir;
    this.cause = cause;
  }
}
