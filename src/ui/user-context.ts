import { createContext, useContext } from 'react';
import type { UserSnapshot } from './user-store.js';

/** The reader's state views draw markers from; undefined when the browser runs without it. */
export const UserContext = createContext<UserSnapshot | undefined>(undefined);

/** The reader's state, if any. */
export function useUser(): UserSnapshot | undefined {
  return useContext(UserContext);
}
