import { createContext, useContext } from 'react';
import { COLOUR_THEME, type Theme } from './theme.js';

/** The theme views draw with; the app provides it once at the root. */
export const ThemeContext = createContext<Theme>(COLOUR_THEME);

/** The current theme. */
export function useTheme(): Theme {
  return useContext(ThemeContext);
}
