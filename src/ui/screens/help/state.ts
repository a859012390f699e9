/** The help screen, scrolled like a pager. */
export interface HelpScreen {
  kind: 'help';
  scroll: number;
}
