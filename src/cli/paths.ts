import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let foundRoot: string | undefined;

/** The package root (holds package.json), found from this file whether bundled in dist/ or run from src/. */
export function packageRoot(): string {
  foundRoot ??= findPackageRoot();
  return foundRoot;
}

// Every command asks (the version, the default bundle): the walk up reads and parses package.json files.
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'osce-tui') return dir;
      } catch {
        // not ours; keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** The bundle folder: `--bundle DIR`, else OSCE_TUI_BUNDLE, else the packaged data/bundle. */
export function resolveBundleDir(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (option) return resolve(option);
  if (env.OSCE_TUI_BUNDLE) return resolve(env.OSCE_TUI_BUNDLE);
  return join(packageRoot(), 'data', 'bundle');
}

/** The package version from package.json. */
export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
