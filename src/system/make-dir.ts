import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * mkdir -p. Node 20's mkdirSync(dir, { recursive: true }) loops forever where making a folder
 * fails with ENOENT although its parent exists (/proc, /sys: a cache folder set there hung
 * every command); this one tries each folder once and throws the error.
 */
export function makeDirectory(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
    makeDirectory(parent);
    mkdirSync(dir);
  }
}
