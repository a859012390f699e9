import { afterEach, describe, expect, it } from 'vitest';
import { type Screen, START } from '../../src/ui/navigation.js';
import { END, ENTER } from './keys.js';
import { press } from './press.js';
import { cleanupSized, renderApp } from './render-app.js';

afterEach(cleanupSized);

const entity = (entryId: string): Screen[] => [{ kind: 'entity', entryId, filters: {}, list: START }];

describe('entity page: the undated year choice', () => {
  it('offers "Undated" with its live count and lists only the undated releases', async () => {
    const app = renderApp({ initialStack: entity('institution:ofia') });
    await press(app, 'y', 'Filter by year');
    // The undated choice comes after the years, so End reaches it.
    await press(app, END, /> Undated\s+1/);
    await press(app, ENTER, 'Year: Undated · Type: all · With: any · 1 of 248');
    expect(app.lastFrame()).toMatch(/> —\s+Press release\s+An undated invented note/);
    expect(app.lastFrame()).toContain('1/1');
    // The picker opens on the current choice again.
    await press(app, 'y', /> Undated\s+1/);
  });

  it('leaves the choice out when every release is dated', async () => {
    const app = renderApp({ initialStack: entity('state:ruritania') });
    await press(app, 'y', 'Filter by year');
    expect(app.lastFrame()).not.toContain('Undated');
  });
});
