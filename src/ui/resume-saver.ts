import type { Screen } from './navigation.js';
import { stackSnapshot } from './resume-stack.js';
import type { UserStore } from './user-store.js';

/** Saves the screen stack for resuming: the latest stack, once keys pause. */
export interface ResumeSaver {
  /** Notes a new stack (the app's onStackChange). */
  schedule(stack: readonly Screen[]): void;
  /** Writes the latest stack now if it is not saved yet (on quit). */
  flush(): void;
}

/**
 * A debounced saver: every save re-reads and rewrites config.json under a lock (about 2 ms with
 * 500 read marks, 45 ms with 20,000: test/bench/resume-save.ts), so holding `j` in the reader
 * must not save per key. The stack is saved once keys pause for `delayMs`, at least every
 * `maxWaitMs` during a long burst, and once more on quit.
 */
export function createResumeSaver(user: Pick<UserStore, 'saveResume'>, delayMs = 500, maxWaitMs = 5000): ResumeSaver {
  let pending: readonly Screen[] | undefined;
  let timer: NodeJS.Timeout | undefined;
  let firstPendingAt = 0;
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
      const now = Date.now();
      if (!pending) firstPendingAt = now;
      pending = stack;
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, Math.max(0, Math.min(delayMs, firstPendingAt + maxWaitMs - now)));
      // A pending save never keeps the process alive; quitting flushes it.
      timer.unref();
    },
    flush,
  };
}
