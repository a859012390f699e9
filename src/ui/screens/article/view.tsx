import { type ReactNode, useMemo } from 'react';
import { findFoldedTerms } from '../../../article/find-terms.js';
import type { ArticleLine } from '../../../article/layout-article.js';
import { Highlighted, Line } from '../../components/line.js';
import type { TextStyle, Theme } from '../../theme.js';
import { ThemeContext, useTheme } from '../../theme-context.js';
import type { ScreenViewProps } from '../screen-definition.js';
import type { ArticleModel } from './model.js';
import type { ArticleScreen } from './state.js';

// Without colour every match is bracketed alike, so the one n/N stepped to would not show: its
// line's matches get braces instead. Same width as the brackets, which the layout made room for.
const CURRENT_MATCH_OPEN = '{';
const CURRENT_MATCH_CLOSE = '}';

/** The article reader: a page of the laid-out article, find matches highlighted (the current one set apart). */
export function ArticleView({
  screen,
  model,
  height,
}: ScreenViewProps<ArticleScreen, ArticleModel | undefined>): ReactNode {
  const theme = useTheme();
  const currentTheme = useMemo(
    () =>
      theme.matchOpen === '' && theme.matchClose === ''
        ? theme
        : { ...theme, matchOpen: CURRENT_MATCH_OPEN, matchClose: CURRENT_MATCH_CLOSE },
    [theme],
  );
  if (!model) return <Line style={theme.warning}>This release is not in the bundle.</Line>;
  const { terms, scroll } = model;
  const currentLine = screen.find ? model.matches[screen.find.match] : undefined;
  const page = model.lines.slice(scroll, scroll + height);
  const lines = page.map((line, i) => {
    const index = scroll + i;
    const ranges = terms.length > 0 ? findFoldedTerms(line.text, terms) : [];
    return (
      <Line key={index} style={styleOf(line, theme)}>
        {ranges.length === 0 ? (
          line.text || ' '
        ) : index === currentLine ? (
          <ThemeContext.Provider value={currentTheme}>
            <Highlighted text={line.text} ranges={ranges} current />
          </ThemeContext.Provider>
        ) : (
          <Highlighted text={line.text} ranges={ranges} />
        )}
      </Line>
    );
  });
  for (let i = lines.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines}</>;
}

function styleOf(line: ArticleLine, theme: Theme): TextStyle | undefined {
  switch (line.style) {
    case 'title':
      return theme.title;
    case 'type':
    case 'heading':
      return theme.heading;
    case 'meta':
    case 'note':
    case 'rule':
      return theme.muted;
    case 'quote':
      return theme.quote;
    default:
      return undefined;
  }
}
