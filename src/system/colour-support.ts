/** How many colours a terminal shows: none, the 16 basic ones, 256, or 24-bit (truecolor). */
export type ColourLevel = 'none' | '16' | '256' | 'truecolor';

/** What the colour level is decided from. */
export interface ColourSetting {
  env: NodeJS.ProcessEnv;
  /** Whether the output goes to a terminal (not a pipe or a file). */
  isTTY: boolean;
  /** False when the user said --no-color. */
  wanted?: boolean;
}

const FORCED: Readonly<Record<string, ColourLevel>> = {
  '0': 'none',
  false: 'none',
  '1': '16',
  true: '16',
  '': '16',
  '2': '256',
  '3': 'truecolor',
};

/**
 * The colour level to draw with. --no-color and NO_COLOR (any non-empty value, per no-color.org)
 * turn colour off; FORCE_COLOR (0-3, true, false) sets the level outright, even for a pipe; else
 * a terminal gets what TERM and COLORTERM say it shows, and anything else none.
 *
 * CI variables are ignored on purpose, unlike in supports-color (which chalk would otherwise
 * decide with): a terminal is a terminal wherever it runs, and a pipe is never coloured unasked.
 */
export function colourLevel({ env, isTTY, wanted = true }: ColourSetting): ColourLevel {
  if (!wanted) return 'none';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 'none';
  if (env.FORCE_COLOR !== undefined) return forcedLevel(env.FORCE_COLOR);
  if (!isTTY || env.TERM === 'dumb') return 'none';
  const colourTerm = env.COLORTERM?.toLowerCase();
  if (colourTerm === 'truecolor' || colourTerm === '24bit') return 'truecolor';
  if (env.TERM?.includes('256')) return '256';
  // An unknown TERM (or none) on a terminal: the 16 basic colours are the safe guess there.
  return '16';
}

// Values chalk's supports-color also reads; anything else (FORCE_COLOR=yes) asks for colour too,
// and a level above 3 is the most there is.
function forcedLevel(value: string): ColourLevel {
  const known = FORCED[value.trim().toLowerCase()];
  if (known !== undefined) return known;
  return Number.parseInt(value, 10) > 3 ? 'truecolor' : '16';
}

/** The level as chalk numbers it (0-3), for libraries that colour through chalk. */
export function chalkLevel(level: ColourLevel): 0 | 1 | 2 | 3 {
  return level === 'none' ? 0 : level === '16' ? 1 : level === '256' ? 2 : 3;
}
