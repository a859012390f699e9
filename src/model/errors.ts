/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE = 2;
/** `sync`: the site cannot be reached at all (no network, no DNS). */
export const EXIT_OFFLINE = 3;
/** `sync`: the site stopped the run (403, too many 429/503, robots.txt unreadable); run again later. */
export const EXIT_STOPPED = 4;

/**
 * An error the user can act on: printed as one line on stderr, exit code 1 (or 2 for usage).
 * Any layer may throw it (a bundle that cannot be read, a lock held by another writer); the
 * program's entry point catches it. It lives at the bottom so that no layer imports the CLI.
 */
export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT_USER_ERROR) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}
