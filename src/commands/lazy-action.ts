/**
 * A Commander action that loads the module doing the work only when its command runs. Defining
 * every command then costs next to nothing, so `--version`, `--help` and each print command start
 * without parsing the code of the others (the browser's Ink and React above all).
 */
export function lazyAction<Args extends unknown[]>(
  load: () => Promise<(...args: Args) => void | Promise<void>>,
): (...args: Args) => Promise<void> {
  return async (...args) => {
    const run = await load();
    await run(...args);
  };
}
