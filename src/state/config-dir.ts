import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

// Name of the folder that holds osce-tui's user state inside the platform's config folder.
const CONFIG_FOLDER_NAME = 'osce-tui';

/**
 * The folder for user state: `OSCE_TUI_CONFIG_DIR` when set, else the platform's config folder
 * (`$XDG_CONFIG_HOME/osce-tui` or `~/.config/osce-tui` on Linux), the place conf's own default
 * would pick without its `-nodejs` suffix.
 */
export function resolveConfigDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.OSCE_TUI_CONFIG_DIR) return resolve(env.OSCE_TUI_CONFIG_DIR);
  if (platform === 'darwin') return join(home, 'Library', 'Preferences', CONFIG_FOLDER_NAME);
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), CONFIG_FOLDER_NAME, 'Config');
  }
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), CONFIG_FOLDER_NAME);
}
