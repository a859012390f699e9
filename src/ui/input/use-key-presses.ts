import { useInput, useStdin } from 'ink';
import { useEffect, useRef } from 'react';
import { type KeyPress, splitKeyPresses } from './split-key-presses.js';

/**
 * Calls `onPress` once per key the reader pressed: Ink's useInput, with runs of keys read
 * together split apart and an Esc that came with the next key restored (see splitKeyPresses).
 */
export function useKeyPresses(onPress: (press: KeyPress) => void): void {
  const { internal_eventEmitter: events } = useStdin();
  const lastRaw = useRef<string | undefined>(undefined);
  // Ink parses each raw sequence and then forgets it, but Esc+sign cannot be told from the
  // sign alone afterwards. This listener is added before useInput's (effects run in order, and
  // useInput re-adds its own at the end on every render), so it sees each sequence just before
  // the parsed key arrives.
  useEffect(() => {
    const remember = (raw: string): void => {
      lastRaw.current = raw;
    };
    events?.on('input', remember);
    return () => {
      events?.off('input', remember);
    };
  }, [events]);
  useInput((input, key) => {
    const raw = lastRaw.current;
    lastRaw.current = undefined;
    for (const press of splitKeyPresses(input, key, raw)) onPress(press);
  });
}
