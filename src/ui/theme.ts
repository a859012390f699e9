/**
 * Colours and marks, in one place. Views take styles from the theme and never name colours.
 * The mono theme (NO_COLOR, --no-color) uses no colour at all: the selection is marked by a
 * symbol and matches by brackets, so the screen stays fully usable.
 */

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

/** Colour unless NO_COLOR is set (any value, per no-color.org) or colour was turned off. */
export function chooseTheme(options: { color?: boolean; env?: NodeJS.ProcessEnv } = {}): Theme {
  const env = options.env ?? process.env;
  if (options.color === false) return MONO;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return MONO;
  return COLOUR;
}

export { COLOUR as COLOUR_THEME, MONO as MONO_THEME };
