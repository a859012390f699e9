import { EventEmitter } from 'node:events';
import { stripVTControlCharacters } from 'node:util';
import { type Instance, render } from 'ink';
import type { ReactElement } from 'react';
import type { Catalog } from '../../src/catalog/types.js';
import { App } from '../../src/ui/app.js';
import type { Screen } from '../../src/ui/navigation.js';
import { MONO_THEME, type Theme } from '../../src/ui/theme.js';
import { openWorldCatalog } from '../world/open-world.js';

/** A terminal of a fixed size that records frames and can be resized. */
export class FakeStdout extends EventEmitter {
  frames: string[] = [];
  isTTY = true;
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string): boolean => {
    this.frames.push(frame);
    return true;
  };
  lastFrame = (): string => stripVTControlCharacters(this.frames[this.frames.length - 1] ?? '');
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

/** Stdin that delivers what a test writes, the way Ink reads a terminal. */
class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string): void => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = (): string | null => {
    const { data } = this;
    this.data = null;
    return data;
  };
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

const mounted: Instance[] = [];

/** Unmounts everything rendered with renderSized; call after each test. */
export function cleanupSized(): void {
  for (const instance of mounted.splice(0)) {
    instance.unmount();
    instance.cleanup();
  }
}

/** Renders an element in a terminal of a fixed size. */
export function renderSized(element: ReactElement, columns: number, rows: number) {
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin();
  const stderr = new FakeStdout(columns, rows);
  const instance = render(element, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  mounted.push(instance);
  return { stdout, stdin, instance, lastFrame: stdout.lastFrame };
}

/** Options for renderApp. */
export interface RenderAppOptions {
  catalog?: Catalog;
  columns?: number;
  rows?: number;
  theme?: Theme;
  initialStack?: Screen[];
}

/** The real catalog on the browsing world (test/world): what renderApp shows unless given another. */
export const worldCatalog = await openWorldCatalog();

/** Renders the whole browser on a catalog (default: the browsing world) at a fixed size. */
export function renderApp(options: RenderAppOptions = {}) {
  const catalog = options.catalog ?? worldCatalog;
  const rendered = renderSized(
    <App catalog={catalog} theme={options.theme ?? MONO_THEME} initialStack={options.initialStack} />,
    options.columns ?? 80,
    options.rows ?? 24,
  );
  return { ...rendered, catalog };
}
