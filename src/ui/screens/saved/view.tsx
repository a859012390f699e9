import type { ReactNode } from 'react';
import { Line, SelectableRow } from '../../components/line.js';
import { useTheme } from '../../theme-context.js';
import type { ScreenViewProps } from '../screen-definition.js';
import type { SavedModel } from './model.js';

/** Bookmarks, Recently read or New since last sync: releases (date, type, title) and entries (name, kind). */
export function SavedListView({ model, width, height }: ScreenViewProps<unknown, SavedModel>): ReactNode {
  const theme = useTheme();
  const { selected, scroll } = model.window;
  const lines: ReactNode[] = model.title.map((line, i) => (
    <Line key={`title${i}`} style={theme.heading}>
      {line}
    </Line>
  ));
  model.texts.forEach((text, i) => {
    const row = model.rows[scroll + i]!;
    lines.push(
      <SelectableRow key={`${row.kind}:${row.id}`} text={text} selected={scroll + i === selected} width={width} />,
    );
  });
  for (let i = lines.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines}</>;
}
