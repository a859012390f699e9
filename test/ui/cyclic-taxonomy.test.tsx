import { afterEach, describe, expect, it } from 'vitest';
import { WORLD_TAXONOMY } from '../world/world.js';
import { DOWN, ENTER, ESC } from './keys.js';
import { press } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';
import { openWorldCatalog } from './world-catalog.js';

afterEach(cleanupSized);

describe('the browser on a taxonomy with a parent cycle', () => {
  it('shows the looping entries at the top of Home and every menu opens and ends', async () => {
    // Fields of work › Elections › Fields of work …
    const cyclic = WORLD_TAXONOMY.map((entry) =>
      entry.id === 'group:fields-of-work' ? { ...entry, parent: 'field:elections' } : entry,
    );
    const catalog = await openWorldCatalog({ taxonomy: cyclic });
    const app = renderApp({ catalog, columns: 80, rows: 30 });
    expect(app.lastFrame()).toContain('Fields of work');
    expect(app.lastFrame()).toContain('Elections');
    await press(app, DOWN, '> Search');
    await press(app, DOWN, '> Our work');
    await press(app, DOWN, '> Fields of work');
    await press(app, ENTER, /Home ›/);
    expect(app.lastFrame()).toContain('Combating trafficking in human beings');
    await press(app, ESC, /^Home/);
    await press(app, DOWN, '> Elections');
    await press(app, ENTER, /Home › Elections/);
  }, 30_000);
});
