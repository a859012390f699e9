import { accessSync, constants, copyFileSync, existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { isPlainObject } from '../json/json-checks.js';
import { LockError, withLockFileSync } from '../system/lock-file.js';
import { makeDirectory } from '../system/make-dir.js';
import { emptyStateData, normalizeStateData, serializeStateData, type UserStateData } from './state-data.js';

/** A key press saves at once: another instance's write is waited for briefly, in small steps. */
const STATE_LOCK_WAIT = { waitMs: 2_000, pollMs: 5 };

/** Options of a state file. */
export interface StateFileOptions {
  /** Folder holding config.json. */
  configDir: string;
  /** Receives one-line warnings (corrupt file moved aside, state not saved). */
  onWarning: (message: string) => void;
  /** Clock for backup names; tests pin it. */
  now: () => Date;
}

/**
 * config.json in the config folder, read fresh and written through conf (atomic rename).
 * Every change is a read-modify-write on the data on disk under a lock file, so two running
 * instances keep each other's changes. A file that is not JSON is moved aside and the state
 * starts clean; invalid parts are dropped after a backup; when the folder cannot be written,
 * state lives on in memory for this run.
 */
export class StateFile {
  readonly path: string;
  private readonly options: StateFileOptions;
  private conf: Conf | undefined;
  /** Set once the file cannot be read or written: the state from then on. */
  private memory: UserStateData | undefined;
  private cached: { stamp: string; data: UserStateData } | undefined;

  constructor(options: StateFileOptions) {
    this.options = options;
    this.path = join(options.configDir, 'config.json');
  }

  /** False once changes can no longer be saved (they are kept in memory). */
  get persistent(): boolean {
    return this.memory === undefined;
  }

  /** The current state. Treat it as read-only; change state through `update`. */
  read(): UserStateData {
    if (this.memory) return this.memory;
    const stamp = this.stamp();
    if (stamp === undefined) return emptyStateData();
    if (this.cached?.stamp === stamp) return this.cached.data;
    const data = this.load();
    if (!this.memory) this.cached = { stamp: this.stamp() ?? stamp, data };
    return data;
  }

  /** Applies `change` to the state as it is on disk now and saves the result. */
  update(change: (data: UserStateData) => void): UserStateData {
    if (this.memory) {
      change(this.memory);
      return this.memory;
    }
    // The lock file needs the folder; a folder that cannot be made shows up when writing.
    try {
      makeDirectory(this.options.configDir);
    } catch {
      // handled by write()
    }
    const save = (): UserStateData => {
      this.cached = undefined;
      const data = this.stamp() === undefined ? emptyStateData() : this.load();
      if (this.memory) {
        change(this.memory);
        return this.memory;
      }
      change(data);
      this.write(data);
      return data;
    };
    try {
      return withLockFileSync(`${this.path}.lock`, save, STATE_LOCK_WAIT);
    } catch (error) {
      // A lock that cannot be made (read-only folder) or is held too long: the write then fails
      // or wins on its own, rather than the change being lost.
      if (error instanceof LockError) return save();
      throw error;
    }
  }

  private stamp(): string | undefined {
    try {
      const stats = statSync(this.path);
      return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      this.keepInMemory(emptyStateData(), `cannot read ${this.path} (${code}); settings will not be saved this run`);
      return undefined;
    }
  }

  private load(): UserStateData {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return emptyStateData();
      this.keepInMemory(emptyStateData(), `cannot read ${this.path} (${code}); settings will not be saved this run`);
      return this.memory!;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = undefined;
    }
    if (!isPlainObject(raw)) return this.setAsideCorrupt();
    const { data, problems } = normalizeStateData(raw);
    if (problems.length > 0) this.repair(data, problems);
    return data;
  }

  private setAsideCorrupt(): UserStateData {
    const backup = this.backupPath();
    try {
      renameSync(this.path, backup);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return emptyStateData(); // another instance moved it first
      this.keepInMemory(
        emptyStateData(),
        `${this.path} is not valid JSON and cannot be moved aside (${code}); starting clean without saving`,
      );
      return this.memory!;
    }
    this.options.onWarning(`${this.path} was not valid JSON; moved it to ${backup} and started clean`);
    return emptyStateData();
  }

  private repair(data: UserStateData, problems: string[]): void {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    const backup = this.backupPath();
    try {
      copyFileSync(this.path, backup);
    } catch (error) {
      this.keepInMemory(
        data,
        `${this.path}: ${problems[0]}${more}; ignored those parts, cannot save (${(error as NodeJS.ErrnoException).code})`,
      );
      return;
    }
    this.options.onWarning(`${this.path}: ${problems[0]}${more}; kept the valid parts, original saved as ${backup}`);
    this.write(data);
  }

  private write(data: UserStateData): void {
    try {
      // conf's atomic write retries a denied write for a second; fail fast instead.
      if (existsSync(this.options.configDir)) accessSync(this.options.configDir, constants.W_OK);
      this.conf ??= new Conf({
        cwd: this.options.configDir,
        configName: 'config',
        accessPropertiesByDotNotation: false,
      });
      this.conf.store = serializeStateData(data);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      this.keepInMemory(
        data,
        `cannot save settings in ${this.options.configDir} (${code}); changes last until osce-tui exits`,
      );
    }
  }

  private keepInMemory(data: UserStateData, warning: string): void {
    if (this.memory) return;
    this.memory = data;
    this.cached = undefined;
    this.options.onWarning(warning);
  }

  private backupPath(): string {
    const time = this.options.now().toISOString().replace(/:/g, '-');
    return `${this.path}.corrupt-${time}`;
  }
}
