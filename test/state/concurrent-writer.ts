// Run as a child process by state-processes.test.ts: marks `count` releases read, one write each.
import { openUserState } from '../../src/state/user-state.js';

const [configDir, prefix, count] = process.argv.slice(2);
const state = openUserState({ configDir: configDir!, onWarning: (message) => process.stderr.write(`${message}\n`) });
for (let i = 0; i < Number(count); i += 1) state.readMarks.markRead(`${prefix}-${i}`);
