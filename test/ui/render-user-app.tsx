import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../src/catalog/types.js';
import { openUserState } from '../../src/state/user-state.js';
import { App } from '../../src/ui/app.js';
import type { Screen } from '../../src/ui/navigation.js';
import { createResumeSaver } from '../../src/ui/resume-saver.js';
import { resumeOrHome } from '../../src/ui/resume-stack.js';
import { MONO_THEME, type Theme } from '../../src/ui/theme.js';
import { type TerminalActions, userStoreFrom, WarningFeed } from '../../src/ui/user-store.js';
import { renderSized, worldCatalog } from './render-app.js';

/** Options for renderUserApp. */
export interface UserAppOptions {
  /** The temporary config folder (a real config.json on disk). */
  configDir: string;
  catalog?: Catalog;
  theme?: Theme;
  columns?: number;
  rows?: number;
  /** Start here instead of resuming. */
  initialStack?: Screen[];
  /** `--home`. */
  home?: boolean;
  hyperlinks?: boolean;
  /** Releases the last sync added, as browse.tsx hands them in. */
  newSinceSync?: string[];
  /** Warnings pushed before the first frame (a bundle problem). */
  notices?: string[];
  /** Information told before the first frame (the sync age, how to fill a small bundle). */
  infos?: string[];
}

/**
 * The browser wired the way `osce-tui` wires it: a real user state in a temporary folder,
 * warnings to the notice line, resume saved through the throttled saver (flushed by `quit`).
 */
export function renderUserApp(options: UserAppOptions) {
  const catalog = options.catalog ?? worldCatalog;
  const warnings = new WarningFeed();
  const user = userStoreFrom(
    openUserState({ configDir: options.configDir, onWarning: warnings.push }),
    () => options.newSinceSync ?? [],
  );
  for (const notice of options.notices ?? []) warnings.push(notice);
  for (const info of options.infos ?? []) warnings.tell(info);
  const saver = createResumeSaver(user);
  const clipboard: string[] = [];
  const terminal: TerminalActions = {
    copyToClipboard: (text) => clipboard.push(text),
    hyperlinks: options.hyperlinks ?? false,
  };
  const initialStack = options.initialStack ?? resumeOrHome(catalog, user, options.home);
  const rendered = renderSized(
    <App
      catalog={catalog}
      theme={options.theme ?? MONO_THEME}
      initialStack={initialStack}
      onStackChange={saver.schedule}
      user={user}
      terminal={terminal}
      warnings={warnings}
    />,
    options.columns ?? 80,
    options.rows ?? 24,
  );
  /** Quits with `q` from Home… or by unmounting, then writes the pending resume snapshot. */
  const quit = async (): Promise<void> => {
    rendered.instance.unmount();
    await rendered.instance.waitUntilExit();
    saver.flush();
  };
  return { ...rendered, catalog, user, clipboard, quit };
}

/** config.json of a config folder, parsed. */
// biome-ignore lint/suspicious/noExplicitAny: tests walk config.json's nested shape freely
export function configOnDisk(configDir: string): Record<string, any> {
  // biome-ignore lint/suspicious/noExplicitAny: as above
  return JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')) as Record<string, any>;
}
