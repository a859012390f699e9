/** Ink's output.js with Output.get() replaced by one that keeps rows across frames; throws for an Ink it does not know. */
export function withRowCache(path: string, source: string): string;
