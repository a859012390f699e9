// The print and browse programs are bundled apart from dist/cli.js, which runs them: the two meet
// through an event on the process.
const START_DONE = 'osce-tui:start-done';
// Node's types know only the process's own events.
const events: NodeJS.EventEmitter = process;

/**
 * Says that the program's start is over (the browser's first frame is on the screen): a code cache
 * made now holds what the start compiled (runWithCodeCache).
 */
export function announceStartDone(): void {
  events.emit(START_DONE);
}

/** Runs `listener` once, when the program says its start is over. */
export function onceStartDone(listener: () => void): void {
  events.once(START_DONE, listener);
}
