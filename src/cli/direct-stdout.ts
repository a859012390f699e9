import { fstatSync, writeSync } from 'node:fs';

type ErrorListener = (error: NodeJS.ErrnoException) => void;

/**
 * Makes `process.stdout`, when it is a pipe, a socket or a file, write straight to file descriptor
 * 1 with fs.writeSync: Node's stream for a pipe loads node:net and its handles (~10 ms, a tenth of
 * a print command) to write what a print command writes in one go. A program that runs osce-tui
 * from Node (child_process) gives it a Unix socket, not a pipe, as its stdout. Node writes files,
 * and pipes and sockets on Linux, synchronously too, so what is written and in which order does
 * not change.
 * A terminal (a character device, /dev/null too) keeps Node's stream, as does anything else a
 * caller asks of it (read from the real stream, made on first use). A reader that has gone
 * (EPIPE) goes to the 'error' listeners, as the stream would send it; a full non-blocking pipe
 * (EAGAIN) hands the rest to the real stream. Used by the print program (print-entry.ts) and the
 * whole program (cli.tsx), where it also stops Node's stream for a file from taking a short write
 * (at a file size limit) for a whole one.
 */
export function writeStdoutDirectly(): void {
  if (!isPipeSocketOrFile(1)) return;
  const realStdout = Object.getOwnPropertyDescriptor(process, 'stdout')?.get;
  if (realStdout === undefined) return;
  let real: NodeJS.WriteStream | undefined;
  const errorListeners: ErrorListener[] = [];
  const stream = (): NodeJS.WriteStream => {
    if (real === undefined) {
      real = realStdout.call(process) as NodeJS.WriteStream;
      for (const listener of errorListeners) real.on('error', listener);
    }
    return real;
  };
  const direct: Record<PropertyKey, unknown> = {
    fd: 1,
    isTTY: false,
    write(chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean {
      const done = typeof encoding === 'function' ? encoding : callback;
      if (real !== undefined) return real.write(chunk, done as () => void);
      const unwritten = writeDirectly(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      if (unwritten?.error.code === 'EAGAIN') stream().write(unwritten.rest);
      else if (unwritten !== undefined) {
        if (errorListeners.length === 0) throw unwritten.error;
        for (const listener of errorListeners) listener(unwritten.error);
      }
      if (typeof done === 'function') queueMicrotask(() => done());
      return true;
    },
    on(event: string, listener: ErrorListener) {
      if (event === 'error' && real === undefined) errorListeners.push(listener);
      else stream().on(event, listener);
      return proxy;
    },
  };
  const proxy: NodeJS.WriteStream = new Proxy(direct, {
    get: (target, key) => (key in target ? target[key] : Reflect.get(stream(), key)),
  }) as unknown as NodeJS.WriteStream;
  Object.defineProperty(process, 'stdout', { configurable: true, enumerable: true, get: () => proxy });
}

// Every failed write goes where the stream would send it, the 'error' listeners (a full disk,
// EFBIG, EIO too): the program's listener ends it with one line on stderr, not a stack trace.
function writeDirectly(bytes: Uint8Array): UnwrittenOutput | undefined {
  try {
    return writeToStdoutFd(bytes);
  } catch (error) {
    if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    return { rest: new Uint8Array(), error: error as NodeJS.ErrnoException };
  }
}

function isPipeSocketOrFile(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isSocket() || stat.isFile();
  } catch {
    return false;
  }
}

/** What writeToStdoutFd could not write: the rest when the pipe was full, or the reader gone. */
export interface UnwrittenOutput {
  rest: Uint8Array;
  error: NodeJS.ErrnoException;
}

/**
 * Writes all of `bytes` to file descriptor 1, as many writes as it takes. A non-blocking pipe
 * that is full (EAGAIN) or a reader that has gone (EPIPE) ends it with what is left; any other
 * error is thrown.
 */
export function writeToStdoutFd(bytes: Uint8Array): UnwrittenOutput | undefined {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' || code === 'EPIPE')
        return { rest: bytes.subarray(offset), error: error as NodeJS.ErrnoException };
      throw error;
    }
  }
  return undefined;
}
