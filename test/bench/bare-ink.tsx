// The baseline for start-to-first-frame: the smallest Ink app, one line of text, exiting
// right after its first frame the way osce-tui does under OSCE_TUI_EXIT_AFTER_FIRST_FRAME=1.
import { render, Text, useApp } from 'ink';
import { useEffect } from 'react';

function OneLine() {
  const { exit } = useApp();
  useEffect(() => {
    setImmediate(() => exit());
  }, [exit]);
  return <Text>osce-tui benchmark baseline: one line</Text>;
}

const instance = render(<OneLine />);
await instance.waitUntilExit();
