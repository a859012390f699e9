import type { Catalog } from '../catalog/types.js';
import { formatCitation } from '../print/citation.js';
import type { PreferenceKey } from '../state/preferences.js';
import type { BookmarkTarget } from '../state/state-data.js';
import { isLinkableUrl } from '../state/terminal-links.js';
import { entryName, oneLine } from '../text/labels.js';
import { watchLabel } from '../watch/watch-label.js';
import { markForCatalog } from '../watch/watch-releases.js';
import type { WatchTarget } from '../watch/watch-types.js';
import type { Action } from './keymap.js';
import type { NavigationState, Screen } from './navigation.js';
import { entityWatchTarget } from './screens/menu/watched-rows.js';
import type { KeyTargets } from './screens/screen-definition.js';
import { SETTING_KEYS, steppedPreference } from './screens/settings/model.js';
import type { TerminalActions, UserStore } from './user-store.js';

/**
 * Keys that change the reader's state or talk to the terminal (m, u, y, o, settings) do not
 * move between screens: the key handler turns them into effects, queued in the navigation state
 * so a burst of keys acts on the latest state, and the app applies each one once.
 */
export type UserEffect =
  | { type: 'toggle-bookmark'; target: BookmarkTarget }
  | { type: 'toggle-read'; releaseId: string }
  | { type: 'copy-citation'; releaseId: string }
  | { type: 'show-link'; releaseId: string }
  | { type: 'step-preference'; key: PreferenceKey; step: 1 | -1 }
  | { type: 'add-watch'; target: WatchTarget }
  | { type: 'open-watch'; number: number };

/** An effect waiting to be applied, numbered in order. */
export interface QueuedEffect {
  seq: number;
  effect: UserEffect;
}

/** Navigation state with the effects keys have queued. */
export type EffectState = NavigationState & { effects?: readonly QueuedEffect[] };

// Effects are applied right after the render that queued them; a short tail is plenty.
const QUEUE_LIMIT = 32;

/** Adds an effect to the queue. */
export function queueEffect(state: EffectState, effect: UserEffect): EffectState {
  const effects = state.effects ?? [];
  const seq = (effects[effects.length - 1]?.seq ?? 0) + 1;
  return { ...state, effects: [...effects.slice(-(QUEUE_LIMIT - 1)), { seq, effect }] };
}

/** The effect a key means on a screen (given what its keys act on), or undefined when it is no user-state key there. */
export function userEffectFor(screen: Screen, action: Action | undefined, targets: KeyTargets): UserEffect | undefined {
  if (action === 'next-value' || action === 'previous-value') {
    const key = screen.kind === 'settings' ? SETTING_KEYS[screen.list.selected] : undefined;
    return key ? { type: 'step-preference', key, step: action === 'next-value' ? 1 : -1 } : undefined;
  }
  if (action === 'open' && targets.watch !== undefined) return { type: 'open-watch', number: targets.watch };
  if (action === 'watch') {
    if (targets.watchable) return { type: 'add-watch', target: targets.watchable };
    if (screen.kind === 'entity') return { type: 'add-watch', target: entityWatchTarget(screen) };
    const query = screen.kind === 'search' ? screen.query.trim() : '';
    return query === '' ? undefined : { type: 'add-watch', target: { entities: [], type: null, query } };
  }
  if (action === 'bookmark-page') return targets.page ? { type: 'toggle-bookmark', target: targets.page } : undefined;
  if (action !== 'bookmark' && action !== 'toggle-read' && action !== 'copy-citation' && action !== 'show-link')
    return undefined;
  // On an entity page m acts on the selected release, as on Latest; a page with no release row
  // to select bookmarks itself (M always does).
  const target = targets.selected ?? (action === 'bookmark' ? targets.page : undefined);
  if (!target) return undefined;
  if (action === 'bookmark') return { type: 'toggle-bookmark', target };
  if (target.kind !== 'release') return undefined;
  if (action === 'toggle-read') return { type: 'toggle-read', releaseId: target.id };
  return { type: action, releaseId: target.id };
}

/** A line for the status bar after an effect; `url` asks for it to be shown as a link. */
export interface Notice {
  text: string;
  url?: string;
  warning?: boolean;
}

/** What applying effects needs. */
export interface EffectEnvironment {
  catalog: Catalog;
  user: UserStore;
  terminal?: TerminalActions;
}

/** Applies an effect and says what happened. */
export function applyUserEffect(effect: UserEffect, env: EffectEnvironment): Notice | undefined {
  const { catalog, user } = env;
  switch (effect.type) {
    case 'toggle-bookmark': {
      const on = user.toggleBookmark(effect.target);
      return { text: `${on ? '★ Bookmarked' : 'Bookmark removed'}: ${targetName(catalog, effect.target)}` };
    }
    case 'toggle-read': {
      const read = user.toggleRead(effect.releaseId);
      return {
        text: `Marked ${read ? 'read' : 'unread'}: ${targetName(catalog, { kind: 'release', id: effect.releaseId })}`,
      };
    }
    case 'copy-citation': {
      const release = catalog.get(effect.releaseId);
      if (!release) return undefined;
      if (!env.terminal) return { text: 'No clipboard here', warning: true };
      env.terminal.copyToClipboard(formatCitation(release, catalog.taxonomy));
      return { text: 'Citation copied to the clipboard' };
    }
    case 'show-link': {
      const release = catalog.get(effect.releaseId);
      if (!release) return undefined;
      const url = release.url ?? '';
      if (url.trim() === '') return { text: `This release has no source URL (id ${oneLine(release.id)})` };
      return isLinkableUrl(url) && env.terminal?.hyperlinks
        ? { text: 'Source: ', url }
        : { text: `Source: ${oneLine(url)}` };
    }
    case 'add-watch': {
      const label = watchLabel(catalog.taxonomy, effect.target);
      const { number, added } = user.addWatch({ ...effect.target, label }, markForCatalog(catalog, effect.target));
      return {
        text: added ? `Watching ${number}: ${label} (Home shows what is new)` : `Already watching ${number}: ${label}`,
      };
    }
    case 'open-watch': {
      const watch = user.snapshot().watches?.[effect.number - 1];
      if (watch) user.markWatchSeen(effect.number, markForCatalog(catalog, watch));
      return undefined;
    }
    case 'step-preference': {
      const preferences = user.snapshot().preferences;
      user.setPreference(effect.key, steppedPreference(effect.key, preferences, effect.step));
      return undefined;
    }
  }
}

function targetName(catalog: Catalog, target: BookmarkTarget): string {
  if (target.kind === 'entity') return entryName(catalog.taxonomy.get(target.id), target.id);
  return oneLine(catalog.get(target.id)?.title ?? target.id);
}
