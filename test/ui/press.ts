import { expect, vi } from 'vitest';

/** How long to wait for a frame: generous, because test machines are often busy. */
export const PATIENCE = { timeout: 5000, interval: 10 };

/** Anything that takes keys and shows frames. */
export interface Driven {
  stdin: { write(data: string): void };
  lastFrame(): string | undefined;
}

/** Presses a key and waits until the frame shows `expected` (polling, never sleeping). */
export async function press(app: Driven, key: string, expected: string | RegExp): Promise<void> {
  app.stdin.write(key);
  await vi.waitFor(() => expect(app.lastFrame()).toMatch(expected), PATIENCE);
}

/** Types text one key at a time, waiting for each character to show. */
export async function type(app: Driven, text: string, shown: (typed: string) => string | RegExp): Promise<void> {
  for (let i = 1; i <= text.length; i++) await press(app, text[i - 1]!, shown(text.slice(0, i)));
}
