import type { Key } from 'ink';

/**
 * Every key binding of the browser and its help text. Screens never test raw keys: they ask
 * `actionFor(context, input, key)` and act on the named action. The help screen and the status
 * bar hints are generated from this table, so they cannot drift from what the keys do.
 */

/** What a key press means. */
export type Action =
  | 'quit-now'
  | 'quit'
  | 'back'
  | 'help'
  | 'search'
  | 'up'
  | 'down'
  | 'page-up'
  | 'page-down'
  | 'top'
  | 'bottom'
  | 'open'
  | 'filter-year'
  | 'filter-type'
  | 'refine'
  | 'clear-filters'
  | 'find'
  | 'next-match'
  | 'previous-match'
  | 'previous-release'
  | 'next-release'
  | 'mentions'
  | 'related'
  | 'submit'
  | 'cancel'
  | 'delete-char'
  | 'recall-query'
  | 'to-results'
  | 'bookmark'
  | 'bookmark-page'
  | 'watch'
  | 'compare'
  | 'toggle-read'
  | 'copy-citation'
  | 'show-link'
  | 'settings'
  | 'next-value'
  | 'previous-value';

/** Where a key is pressed: each screen has one context; `global` applies everywhere but text entry. */
export type KeyContext = 'global' | 'list' | 'entity' | 'timeline' | 'article' | 'pager' | 'text-entry' | 'settings';

/** One key as shown in help, how to recognise it, and the press it stands for. */
export interface KeySpec {
  label: string;
  matches(input: string, key: Key): boolean;
  /** The key as Ink reports it, to try what it would do (see hintsFor). */
  press: { input: string; key: Key };
}

/** A binding: the action, the keys that trigger it, and what help says about it. */
export interface Binding {
  action: Action;
  context: KeyContext;
  keys: KeySpec[];
  help: string;
  /** Short text for the status bar; bindings without it only appear on the help screen. */
  hint?: string;
}

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** A key press as Ink describes it, with the given flags set (for synthetic presses and tests). */
export function makeKey(flags: Partial<Key> = {}): Key {
  return { ...NO_KEY, ...flags };
}

const char = (c: string, label: string = c): KeySpec => ({
  label,
  matches: (input, key) => input === c && !key.ctrl && !key.meta,
  press: { input: c, key: makeKey({ shift: /^[A-Z]$/.test(c) }) },
});
/** A key Ink names with flags; by default recognised by those flags. */
const named = (
  label: string,
  flags: Partial<Key>,
  test = (key: Key): boolean => Object.keys(flags).every((flag) => key[flag as keyof Key]),
): KeySpec => ({
  label,
  matches: (_input, key) => test(key),
  press: { input: flags.return ? '\r' : '', key: makeKey(flags) },
});

const UP = named('↑', { upArrow: true });
const DOWN = named('↓', { downArrow: true });
const LEFT = named('←', { leftArrow: true });
const RIGHT = named('→', { rightArrow: true });
const ENTER = named('Enter', { return: true });
const ESC = named('Esc', { escape: true, meta: true }, (k) => k.escape);
// Terminals send DEL (0x7f) for Backspace and Ink reports it as `delete`.
const BACKSPACE = named('Backspace', { delete: true }, (k) => k.backspace || k.delete);
const PAGE_DOWN = named('PgDn', { pageDown: true });
const PAGE_UP = named('PgUp', { pageUp: true });
const HOME = named('Home', { home: true });
const END = named('End', { end: true });
const CTRL_C: KeySpec = {
  label: 'Ctrl-C',
  matches: (input, key) => key.ctrl && input === 'c',
  press: { input: 'c', key: makeKey({ ctrl: true }) },
};

/** Line, page and end moves: the same keys in lists and in the reader, with their own help. */
function movementBindings(context: KeyContext, help: [string, string, string, string, string, string]): Binding[] {
  const keys: [Action, KeySpec[]][] = [
    ['up', [UP, char('k')]],
    ['down', [DOWN, char('j')]],
    ['page-up', [PAGE_UP, char('b')]],
    ['page-down', [PAGE_DOWN, char(' ', 'Space')]],
    ['top', [HOME, char('g')]],
    ['bottom', [END, char('G')]],
  ];
  return keys.map(([action, specs], i) => ({ action, context, keys: specs, help: help[i]! }));
}

/** The bindings, in the order help lists them. Context bindings win over global ones. */
export const BINDINGS: readonly Binding[] = [
  { action: 'quit-now', context: 'global', keys: [CTRL_C], help: 'quit at once, from anywhere' },
  { action: 'quit', context: 'global', keys: [char('q')], help: 'go back; quit at Home', hint: 'quit' },
  {
    action: 'back',
    context: 'global',
    keys: [ESC, BACKSPACE, char('h'), LEFT],
    help: 'go back one step',
    hint: 'back',
  },
  { action: 'help', context: 'global', keys: [char('?')], help: 'this help', hint: 'help' },
  { action: 'search', context: 'global', keys: [char('/')], help: 'search names, titles and text', hint: 'search' },
  { action: 'settings', context: 'global', keys: [char(',')], help: 'settings: theme and reading width' },

  ...movementBindings('list', ['previous item', 'next item', 'previous page', 'next page', 'first item', 'last item']),
  { action: 'open', context: 'list', keys: [ENTER, RIGHT, char('l')], help: 'open the selected item', hint: 'open' },
  {
    action: 'bookmark',
    context: 'list',
    keys: [char('m')],
    help: 'bookmark the selected release (or a page without any)',
    hint: 'mark',
  },
  { action: 'toggle-read', context: 'list', keys: [char('u')], help: 'mark the selected release read or unread' },
  { action: 'watch', context: 'list', keys: [char('w')], help: 'watch this search, or the entry of a picker row' },

  { action: 'filter-year', context: 'entity', keys: [char('y')], help: 'filter releases by year', hint: 'year' },
  {
    action: 'filter-type',
    context: 'entity',
    keys: [char('t')],
    help: 'filter releases by content type',
    hint: 'type',
  },
  {
    action: 'refine',
    context: 'entity',
    keys: [char('r')],
    help: 'refine by a second field, country or source',
    hint: 'refine',
  },
  { action: 'clear-filters', context: 'entity', keys: [char('c')], help: 'clear filters' },
  { action: 'bookmark-page', context: 'entity', keys: [char('M')], help: 'bookmark this entity page' },
  { action: 'watch', context: 'entity', keys: [char('w')], help: 'watch this page and its filters', hint: 'watch' },

  {
    action: 'compare',
    context: 'entity',
    keys: [char('C')],
    help: 'compare releases per year with another entry',
    hint: 'compare',
  },
  { action: 'compare', context: 'timeline', keys: [char('C')], help: 'add a third entry', hint: 'add' },

  ...movementBindings('article', [
    'scroll up one line',
    'scroll down one line',
    'previous page',
    'next page',
    'start of the article',
    'end of the article',
  ]),
  ...movementBindings('pager', [
    'scroll up one line',
    'scroll down one line',
    'previous page',
    'next page',
    'top',
    'bottom',
  ]),
  { action: 'find', context: 'article', keys: [char('/')], help: 'find in the article', hint: 'find' },
  { action: 'next-match', context: 'article', keys: [char('n')], help: 'next match', hint: 'next' },
  { action: 'previous-match', context: 'article', keys: [char('N')], help: 'previous match' },
  {
    action: 'previous-release',
    context: 'article',
    keys: [char('[')],
    help: 'previous release of the list',
    hint: 'prev',
  },
  { action: 'next-release', context: 'article', keys: [char(']')], help: 'next release of the list', hint: 'next rel' },
  {
    action: 'mentions',
    context: 'article',
    keys: [char('e')],
    help: 'States and institutions mentioned',
    hint: 'mentions',
  },
  { action: 'related', context: 'article', keys: [char('R')], help: 'releases related to this one' },
  { action: 'bookmark', context: 'article', keys: [char('m')], help: 'bookmark this release', hint: 'mark' },
  { action: 'toggle-read', context: 'article', keys: [char('u')], help: 'mark this release read or unread' },
  {
    action: 'copy-citation',
    context: 'article',
    keys: [char('y')],
    help: 'copy a citation (OSC 52 clipboard, works over SSH)',
    hint: 'cite',
  },
  { action: 'show-link', context: 'article', keys: [char('o')], help: 'show the source URL as a link' },

  {
    action: 'next-value',
    context: 'settings',
    keys: [ENTER, RIGHT, char('l'), char('+')],
    help: 'next value of the selected setting',
    hint: 'change',
  },
  { action: 'previous-value', context: 'settings', keys: [char('-')], help: 'previous value of the selected setting' },

  { action: 'submit', context: 'text-entry', keys: [ENTER], help: 'search / open the first result', hint: 'go' },
  { action: 'cancel', context: 'text-entry', keys: [ESC], help: 'leave the box', hint: 'back' },
  { action: 'delete-char', context: 'text-entry', keys: [BACKSPACE], help: 'delete a character' },
  { action: 'recall-query', context: 'text-entry', keys: [UP], help: 'recall a recent query', hint: 'recent' },
  { action: 'to-results', context: 'text-entry', keys: [DOWN], help: 'move to the results', hint: 'results' },
];

/** Contexts a screen's keys are looked up in, most specific first. */
const LOOKUP_ORDER: Record<KeyContext, KeyContext[]> = {
  global: ['global'],
  list: ['list', 'global'],
  entity: ['entity', 'list', 'global'],
  timeline: ['timeline', 'list', 'global'],
  article: ['article', 'global'],
  pager: ['pager', 'global'],
  // While typing, only Ctrl-C is global: every printable key belongs to the text.
  'text-entry': ['text-entry'],
  settings: ['settings', 'list', 'global'],
};

/** The action a key press means in a context, or undefined (text input, unbound keys). */
export function actionFor(context: KeyContext, input: string, key: Key): Action | undefined {
  if (CTRL_C.matches(input, key)) return 'quit-now';
  for (const ctx of LOOKUP_ORDER[context]) {
    for (const binding of BINDINGS) {
      if (binding.context === ctx && binding.keys.some((spec) => spec.matches(input, key))) return binding.action;
    }
  }
  return undefined;
}

/** Bindings that apply in a context, most specific first, one per action. */
export function bindingsFor(context: KeyContext): Binding[] {
  const seen = new Set<Action>();
  const out: Binding[] = [];
  for (const ctx of LOOKUP_ORDER[context]) {
    for (const binding of BINDINGS) {
      if (binding.context !== ctx || seen.has(binding.action)) continue;
      seen.add(binding.action);
      out.push(binding);
    }
  }
  return out;
}

/** A status-bar hint: the key, what it does, and the press to try whether it acts right now. */
export interface Hint {
  keys: string;
  label: string;
  action: Action;
  press: { input: string; key: Key };
}

/**
 * Status-bar hints for a context, most specific first. `acts` says whether a press would do
 * anything on the current screen (m on Home, Esc at Home, n before a find do nothing); keys
 * that would not are left out, so the bar only names keys that act.
 */
export function hintsFor(context: KeyContext, acts: (hint: Hint) => boolean = () => true): Hint[] {
  // A key a more specific binding took (Enter in settings) is hinted once, for what it does there.
  const hints = new Map<string, Hint>();
  for (const binding of bindingsFor(context)) {
    const spec = binding.keys[0]!;
    if (binding.hint === undefined || hints.has(spec.label)) continue;
    hints.set(spec.label, { keys: spec.label, label: binding.hint, action: binding.action, press: spec.press });
  }
  return [...hints.values()].filter(acts);
}

/** Titles of the help screen's sections, per context. */
export const CONTEXT_TITLES: Record<KeyContext, string> = {
  global: 'Everywhere',
  list: 'Lists and menus',
  entity: 'Entity pages',
  timeline: 'Timelines side by side',
  article: 'Article reader',
  pager: 'Help screen',
  'text-entry': 'Search box',
  settings: 'Settings',
};
