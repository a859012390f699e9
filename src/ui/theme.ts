/**
 * Colours and marks, in one place. Views take styles from the theme and never name colours.
 * The mono theme (no colour: NO_COLOR, --no-color, TERM=dumb, FORCE_COLOR=0) uses no colour at
 * all: the selection is marked by a symbol and matches by brackets, so the screen stays fully usable.
 */

import type { ColourLevel } from '../system/colour-support.js';

/** Props Ink's <Text> accepts that a theme may set. */
export interface TextStyle {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
  underline?: boolean;
  italic?: boolean;
}

/** A theme: styles per role, plus the marks that do not depend on colour. */
export interface Theme {
  name: 'colour' | 'mono';
  selectionMark: string;
  /** Text put around a highlighted match when colour cannot show it. */
  matchOpen: string;
  matchClose: string;
  breadcrumb: TextStyle;
  status: TextStyle;
  statusKey: TextStyle;
  selected: TextStyle;
  heading: TextStyle;
  muted: TextStyle;
  match: TextStyle;
  currentMatch: TextStyle;
  chart: TextStyle;
  warning: TextStyle;
  title: TextStyle;
  quote: TextStyle;
}

const COLOUR: Theme = {
  name: 'colour',
  selectionMark: '›',
  matchOpen: '',
  matchClose: '',
  breadcrumb: { color: 'cyan', bold: true },
  status: { dimColor: true },
  statusKey: { color: 'cyan' },
  selected: { color: 'black', backgroundColor: 'cyan' },
  heading: { bold: true },
  muted: { dimColor: true },
  match: { color: 'black', backgroundColor: 'yellow' },
  currentMatch: { color: 'black', backgroundColor: 'magenta' },
  chart: { color: 'green' },
  warning: { color: 'yellow' },
  title: { bold: true },
  quote: { italic: true },
};

const MONO: Theme = {
  name: 'mono',
  selectionMark: '>',
  matchOpen: '[',
  matchClose: ']',
  breadcrumb: {},
  status: {},
  statusKey: {},
  selected: {},
  heading: {},
  muted: {},
  match: {},
  currentMatch: {},
  chart: {},
  warning: {},
  title: {},
  quote: {},
};

/**
 * The theme for what the terminal shows (see colourLevel): the colour theme marks matches only by
 * colour, so without colour it would hide them.
 */
export function chooseTheme(level: ColourLevel): Theme {
  return level === 'none' ? MONO : COLOUR;
}

export { COLOUR as COLOUR_THEME, MONO as MONO_THEME };
