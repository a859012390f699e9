import { useCallback, useEffect, useRef, useState } from 'react';
import type { Catalog } from '../../catalog/types.js';
import { topScreen } from '../navigation.js';
import { applyUserEffect, type EffectState, type Notice } from '../user-effects.js';
import type { FeedMessage, TerminalActions, UserSnapshot, UserStore, WarningFeed } from '../user-store.js';

/** What the app needs to keep the reader's state in step with what happens on screen. */
export interface UserStateHookOptions {
  catalog: Catalog;
  user?: UserStore;
  terminal?: TerminalActions;
  warnings?: WarningFeed;
  state: EffectState;
}

/** The reader's state as shown, the current notice, and how to dismiss it. */
export interface UserStateHook {
  snapshot: UserSnapshot | undefined;
  notice: Notice | undefined;
  clearNotice(): void;
}

/**
 * Applies what the reader does to their saved state: queued key effects (m, u, y, o, settings),
 * reading a release (marks it read, records it in history) and searching (records the query).
 * Warnings of the user state come out as a notice, never on stderr under the frame.
 */
export function useUserState({ catalog, user, terminal, warnings, state }: UserStateHookOptions): UserStateHook {
  const [snapshot, setSnapshot] = useState<UserSnapshot | undefined>(() => user?.snapshot());
  const [notice, setNotice] = useState<Notice | undefined>(() => warningNotice(warnings?.take() ?? []));
  const refresh = useCallback(() => setSnapshot(user?.snapshot()), [user]);
  const clearNotice = useCallback(() => setNotice(undefined), []);

  useEffect(
    () =>
      warnings?.subscribe(() => {
        const next = warningNotice(warnings.take());
        if (next) setNotice(next);
      }),
    [warnings],
  );

  const applied = useRef(0);
  useEffect(() => {
    const fresh = (state.effects ?? []).filter((queued) => queued.seq > applied.current);
    if (fresh.length === 0 || !user) return;
    applied.current = fresh[fresh.length - 1]!.seq;
    let last: Notice | undefined;
    for (const { effect } of fresh) last = applyUserEffect(effect, { catalog, user, terminal }) ?? last;
    refresh();
    if (last) setNotice(last);
  }, [state.effects, user, catalog, terminal, refresh]);

  // Opening a release reads it; `u` on the open article then stays in force until another opens.
  const top = topScreen(state);
  const readingId = top.kind === 'article' && catalog.get(top.releaseId) ? top.releaseId : undefined;
  useEffect(() => {
    if (!readingId || !user) return;
    user.recordReading(readingId);
    refresh();
  }, [readingId, user, refresh]);

  const lastQuery = useRef(state.recentQueries[0]);
  const newestQuery = state.recentQueries[0];
  useEffect(() => {
    if (!user || newestQuery === undefined || newestQuery === lastQuery.current) return;
    lastQuery.current = newestQuery;
    user.recordQuery(newestQuery);
    refresh();
  }, [newestQuery, user, refresh]);

  return { snapshot, notice, clearNotice };
}

function warningNotice(messages: FeedMessage[]): Notice | undefined {
  // A warning outranks information that came with it: the reader must not miss it.
  const warnings = messages.filter((message) => message.warning);
  const shown = (warnings.length > 0 ? warnings : messages).at(-1);
  if (shown === undefined) return undefined;
  const more = messages.length > 1 ? ` (+${messages.length - 1} more)` : '';
  return { text: `${shown.warning ? 'Warning: ' : ''}${shown.text}${more}`, warning: shown.warning };
}
