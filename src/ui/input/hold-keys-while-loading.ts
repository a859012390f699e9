/**
 * While the browser opens (the index may take seconds to build), keys typed wait for it: the
 * terminal goes raw at once, so nothing is echoed over the progress bar and Enter is not lost;
 * Ctrl-C still quits. The returned function stops holding and gives the held keys back to the
 * stream, where Ink reads them as if they had just been typed.
 */
export function holdKeysWhileLoading(stdin: NodeJS.ReadStream, onInterrupt: () => void): () => void {
  const held: Buffer[] = [];
  // Read the way Ink does ('readable' and read(), never flowing mode): pausing a flowing
  // terminal stream stops Node reading from it, and Ink would then wait for keys forever.
  const onReadable = (): void => {
    for (
      let chunk = stdin.read() as Buffer | string | null;
      chunk !== null;
      chunk = stdin.read() as Buffer | string | null
    ) {
      const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (data.includes(CTRL_C)) onInterrupt();
      else held.push(data);
    }
  };
  stdin.setRawMode(true);
  stdin.on('readable', onReadable);
  return () => {
    stdin.off('readable', onReadable);
    if (held.length > 0) stdin.unshift(Buffer.concat(held.splice(0)));
  };
}

const CTRL_C = 0x03;
