/**
 * Every screen's state by kind. Each screen's `state.ts` adds its own entry by declaration merging
 * (`declare module '../screen-states.js'`), so a new screen is its folder plus its registry line.
 */
// biome-ignore lint/suspicious/noEmptyInterface: the screens' state modules fill it in
export interface ScreenStates {}

/** The state of any screen. */
export type Screen = ScreenStates[keyof ScreenStates];
