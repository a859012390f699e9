import type { ReactNode } from 'react';
import { Line, SelectableRow } from '../../components/line.js';
import { useTheme } from '../../theme-context.js';
import { listHeight } from '../list-keys.js';
import { menuRowText } from '../menu/view.js';
import type { ScreenViewProps } from '../screen-definition.js';
import type { PickerModel } from './model.js';
import type { PickerScreen } from './state.js';

/** A picker: a title and options with their live counts. */
export function PickerView({ screen, model, width, height }: ScreenViewProps<PickerScreen, PickerModel>): ReactNode {
  const theme = useTheme();
  const visible = listHeight(height);
  const { selected, scroll } = model.window;
  const lines: ReactNode[] = [
    <Line key="title" style={theme.heading}>
      {screen.options.length > 0 ? screen.title : `${screen.title}: nothing to choose`}
    </Line>,
  ];
  screen.options.slice(scroll, scroll + visible).forEach((option, i) => {
    const text = menuRowText(option, width - 2);
    lines.push(
      <SelectableRow key={option.key || `all${i}`} text={text} selected={scroll + i === selected} width={width} />,
    );
  });
  for (let i = lines.length; i < height; i++) lines.push(<Line key={`pad${i}`} />);
  return <>{lines}</>;
}
