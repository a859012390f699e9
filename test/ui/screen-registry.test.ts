import { describe, expect, it } from 'vitest';
import type { Screen, ScreenKind } from '../../src/ui/navigation.js';
import { definitionOf, SCREENS, type ScreenRegistry } from '../../src/ui/screens/registry.js';

// Type-level checks, enforced by `npx tsc --noEmit` (each @ts-expect-error fails the build if the
// line below it ever compiles): a registry that lacks a screen kind, or a definition that lacks
// a part, is a compile error rather than a screen that silently draws nothing.
const { settings: _settings, ...withoutSettings } = SCREENS;
// @ts-expect-error the settings screen has no definition
const missingKind = withoutSettings satisfies ScreenRegistry;

const { View: _view, ...helpWithoutView } = SCREENS.help;
// @ts-expect-error the help screen's definition has no view
const missingPart = { ...SCREENS, help: helpWithoutView } satisfies ScreenRegistry;

// @ts-expect-error a definition of one kind cannot stand for another
const wrongKind = { ...SCREENS, latest: SCREENS.article } satisfies ScreenRegistry;

describe('screen registry', () => {
  it('has one definition per screen kind, found by the screen', () => {
    const kinds: ScreenKind[] = [
      'home',
      'menu',
      'entity',
      'latest',
      'article',
      'help',
      'search',
      'picker',
      'saved',
      'settings',
      'related',
      'timeline',
      'year-releases',
    ];
    expect(Object.keys(SCREENS).sort()).toEqual([...kinds].sort());
    const help: Screen = { kind: 'help', scroll: 0 };
    expect(definitionOf(help)).toBe(SCREENS.help);
    expect([missingKind, missingPart, wrongKind].every((registry) => typeof registry === 'object')).toBe(true);
  });
});
