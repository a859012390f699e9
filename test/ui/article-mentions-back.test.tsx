import { afterEach, describe, it } from 'vitest';
import { LAKEVILLE } from './fake-catalog.js';
import { DOWN, ENTER, ESC } from './keys.js';
import { press } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';

afterEach(cleanupSized);

describe('article reader: mentions', () => {
  // Known bug, fixed outside the reader's files: pickerKeys (src/ui/screens/list-screen-keys.ts)
  // replaces an open-entity picker with the entity page instead of pushing it, so Esc skips the
  // list. When that is fixed this test fails: turn `it.fails` into `it`.
  it.fails('Esc from an entity opened from "Mentioned in this release" goes back to that list, then to the reader', async () => {
    const app = renderApp({ initialStack: [{ kind: 'article', releaseId: LAKEVILLE, scroll: 0 }] });
    await press(app, 'e', 'Mentioned in this release');
    await press(app, DOWN, /> Italy \(Participating State\)/);
    await press(app, ENTER, 'Italy · Participating State');
    await press(app, ESC, /> Italy \(Participating State\)/);
    await press(app, ESC, 'Paragraph 1 of the invented');
  }, 20_000);
});
