import { afterEach, describe, it } from 'vitest';
import { DOWN, ENTER, ESC } from './keys.js';
import { press } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';
import { LAKEVILLE } from './world-catalog.js';

afterEach(cleanupSized);

describe('article reader: mentions', () => {
  it('Esc from an entity opened from "Mentioned in this release" goes back to that list, then to the reader', async () => {
    const app = renderApp({ initialStack: [{ kind: 'article', releaseId: LAKEVILLE, scroll: 0 }] });
    await press(app, 'e', 'Mentioned in this release');
    await press(app, DOWN, /> Ruritania \(Participating State\)/);
    await press(app, ENTER, 'Ruritania · Participating State');
    await press(app, ESC, /> Ruritania \(Participating State\)/);
    await press(app, ESC, 'Paragraph 1 of the invented');
  });
});
