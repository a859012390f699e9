// Signal handling is shared by every layer that writes files (src/system); the program installs it from here.
export { onSignal, removeOnSignal, takeOverSignals } from '../system/signals.js';
