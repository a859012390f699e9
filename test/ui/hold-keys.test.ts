import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { holdKeysWhileLoading } from '../../src/ui/input/hold-keys-while-loading.js';

function fakeTerminal(): NodeJS.ReadStream & { rawModes: boolean[] } {
  const stream = new PassThrough() as unknown as NodeJS.ReadStream & { rawModes: boolean[] };
  stream.rawModes = [];
  stream.setRawMode = (mode: boolean) => {
    stream.rawModes.push(mode);
    return stream;
  };
  return stream;
}

async function nextRead(stream: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolve) => stream.once('readable', () => resolve(String(stream.read()))));
}

describe('holdKeysWhileLoading', () => {
  it('keeps keys typed while loading and hands them on in order, with the terminal raw from the start', async () => {
    const stdin = fakeTerminal();
    const interrupt = vi.fn();
    const release = holdKeysWhileLoading(stdin, interrupt);
    expect(stdin.rawModes).toEqual([true]);
    stdin.write('jj');
    stdin.write('\r');
    await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(await nextRead(stdin)).toBe('jj\r');
    expect(interrupt).not.toHaveBeenCalled();
  });

  it('quits on Ctrl-C while loading', async () => {
    const stdin = fakeTerminal();
    const interrupt = vi.fn();
    holdKeysWhileLoading(stdin, interrupt);
    stdin.write('\u0003');
    await vi.waitFor(() => expect(interrupt).toHaveBeenCalledTimes(1));
  });
});
