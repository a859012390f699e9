import type { Screen } from './navigation.js';
import { stackSnapshot } from './resume-stack.js';
import type { UserStore } from './user-store.js';

/** Saves the screen stack for resuming, at most once per `delayMs`, with the latest stack. */
export interface ResumeSaver {
  /** Notes a new stack (the app's onStackChange). */
  schedule(stack: readonly Screen[]): void;
  /** Writes the latest stack now if it is not saved yet (on quit). */
  flush(): void;
}

/**
 * A throttled saver: every save re-reads and rewrites config.json under a lock, so holding
 * `j` in the reader would write dozens of times a second; instead the last stack of each burst
 * is saved after `delayMs`, and once more on quit.
 */
export function createResumeSaver(user: Pick<UserStore, 'saveResume'>, delayMs = 400): ResumeSaver {
  let pending: readonly Screen[] | undefined;
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const stack = pending;
    pending = undefined;
    user.saveResume(stackSnapshot(stack));
  };
  return {
    schedule(stack) {
      pending = stack;
      if (timer) return;
      timer = setTimeout(flush, delayMs);
      // A pending save never keeps the process alive; quitting flushes it.
      timer.unref();
    },
    flush,
  };
}
