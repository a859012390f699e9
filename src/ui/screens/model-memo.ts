import type { Screen } from '../navigation.js';
import { definitionOf } from './registry.js';
import type { ScreenEnvironment } from './screen-definition.js';

/** The view model of the screen last asked for, computed once per screen and environment. */
export interface ModelMemo {
  modelOf(screen: Screen, env: ScreenEnvironment): unknown;
}

/**
 * One browser's memo of the top screen's view model: the render (view, status bar) and the key
 * reducer (the keys of a burst, each hint tried) all ask for the same screen's model, which is
 * computed once. The browser owns it, so two browsers (or two catalogs) never share one.
 */
export function createModelMemo(): ModelMemo {
  let last: { screen: Screen; env: ScreenEnvironment; model: unknown } | undefined;
  return {
    modelOf(screen, env) {
      const sameEnv = last !== undefined && sameEnvironment(last.env, env);
      if (sameEnv && last!.screen === screen) return last!.model;
      const previous =
        sameEnv && last!.screen.kind === screen.kind ? { screen: last!.screen, model: last!.model } : undefined;
      const model = definitionOf(screen).model(screen, env, previous);
      last = { screen, env, model };
      return model;
    },
  };
}

function sameEnvironment(a: ScreenEnvironment, b: ScreenEnvironment): boolean {
  return (
    a.catalog === b.catalog &&
    a.columns === b.columns &&
    a.bodyHeight === b.bodyHeight &&
    a.user === b.user &&
    a.recentQueries === b.recentQueries &&
    a.colourForcedOff === b.colourForcedOff
  );
}
