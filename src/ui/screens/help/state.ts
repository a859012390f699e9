/** The help screen, scrolled like a pager. */
export interface HelpScreen {
  kind: 'help';
  scroll: number;
}

// This screen's entry in the list of all screens' states.
declare module '../screen-states.js' {
  interface ScreenStates {
    help: HelpScreen;
  }
}
