import { rmSync } from 'node:fs';

/**
 * How the program ends on Ctrl-C, SIGTERM and SIGHUP. A JavaScript signal listener only runs
 * when the event loop gets a turn, and while one is installed the kernel no longer ends the
 * process: a busy synchronous loop (an index query, laying out a long article) then ignored the
 * signal until kill -9. A dependency installs such listeners as it loads (when-exit, through
 * conf), so they are removed, now and whenever one is added later, and the signals keep their
 * default action, which ends the process at once (a shell sees exit 130, 143 or 129). Only
 * while something must be undone (a temp file being written) does a listener of ours run: it
 * undoes it and exits with the same code. Work that registers one must give the event loop a
 * turn now and then (any awaited file write does; the index build gives one every 50 ms or so
 * and registers its temp file). Only kill -9 leaves a build's temp file, which the next build
 * removes; never a half-written index.
 */

const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
type HandledSignal = keyof typeof SIGNAL_NUMBERS;
const SIGNALS = Object.keys(SIGNAL_NUMBERS) as HandledSignal[];

const cleanups = new Set<(signal: NodeJS.Signals) => void>();
let ownListenersBeingAdded = false;

// The exit code a shell reports for a process ended by this signal: 128 + its number.
function exitCodeForSignal(signal: NodeJS.Signals): number {
  return 128 + (SIGNAL_NUMBERS[signal as HandledSignal] ?? 1);
}

/** Called once at start: from here on, only handlers given to onSignal run on a signal. */
export function takeOverSignals(): void {
  for (const signal of SIGNALS) process.removeAllListeners(signal);
  process.on('newListener', (event: string | symbol, listener: (...args: unknown[]) => void) => {
    if (ownListenersBeingAdded || !SIGNALS.includes(event as HandledSignal)) return;
    // 'newListener' fires before the listener is added: take it off right after.
    queueMicrotask(() => process.off(event as HandledSignal, listener));
  });
}

/**
 * Runs `cleanup` (synchronous) if the program gets SIGINT, SIGTERM or SIGHUP, then exits with
 * exitCodeForSignal. Returns the function that forgets it; once nothing is registered, the
 * signals end the program at once again.
 */
export function onSignal(cleanup: (signal: NodeJS.Signals) => void): () => void {
  if (cleanups.size === 0) setListening(true);
  cleanups.add(cleanup);
  return () => {
    if (!cleanups.delete(cleanup) || cleanups.size > 0) return;
    // A signal that came during synchronous work is delivered at the next turn of the event
    // loop: listen until then, or it would be lost and the program go on.
    setImmediate(() => {
      if (cleanups.size === 0) setListening(false);
    }).unref();
  };
}

/** Removes `path` (and an SQLite journal beside it) if a signal ends the program before the returned function is called. */
export function removeOnSignal(path: string): () => void {
  return onSignal(() => {
    for (const file of [path, `${path}-journal`]) rmSync(file, { force: true });
  });
}

function dispatch(signal: NodeJS.Signals): void {
  for (const cleanup of [...cleanups]) {
    try {
      cleanup(signal);
    } catch {
      // Exiting matters more than one cleanup that failed.
    }
  }
  process.exit(exitCodeForSignal(signal));
}

function setListening(on: boolean): void {
  if (on === process.listeners('SIGTERM').includes(dispatch)) return;
  ownListenersBeingAdded = true;
  try {
    for (const signal of SIGNALS) {
      if (on) process.on(signal, dispatch);
      else process.off(signal, dispatch);
    }
  } finally {
    ownListenersBeingAdded = false;
  }
}
