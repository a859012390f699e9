import type { ReactNode } from 'react';
import { fitWindow } from '../layout/virtual-window.js';
import type { PickerScreen } from '../navigation.js';
import { listHeight } from '../screens/list-screen-keys.js';
import { useTheme } from '../theme-context.js';
import { Line, SelectableRow } from './line.js';
import { menuRowText } from './menu-view.js';

/** A picker: a title and options with their live counts. */
export function PickerView({ screen, width, height }: { screen: PickerScreen; width: number; height: number }): ReactNode {
  const theme = useTheme();
  const visible = listHeight(height);
  const { selected, scroll } = fitWindow(screen.list, screen.options.length, visible);
  const lines: ReactNode[] = [
    <Line key="title" style={theme.heading}>
      {screen.options.length > 0 ? screen.title : `${screen.title}: nothing to choose`}
    </Line>,
  ];
  screen.options.slice(scroll, scroll + visible).forEach((option, i) => {
    const text = menuRowText(option, width - 2);
    lines.push(<SelectableRow key={option.key || `all${i}`} text={text} selected={scroll + i === selected} width={width} />);
  });
  for (let i = lines.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines}</>;
}
