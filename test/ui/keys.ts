// Keys as a terminal sends them, one constant each, so tests read like what a user types.
export const UP = '\u001B[A';
export const DOWN = '\u001B[B';
export const RIGHT = '\u001B[C';
export const LEFT = '\u001B[D';
export const ENTER = '\r';
export const ESC = '\u001B';
export const BACKSPACE = '\u007F';
export const PAGE_UP = '\u001B[5~';
export const PAGE_DOWN = '\u001B[6~';
export const HOME = '\u001B[H';
export const END = '\u001B[F';
export const SPACE = ' ';
export const CTRL_C = '\u0003';
