import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { INFERRED_FACTS_RELEASE } from '../helpers/inferred-release.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { WORLD_TAXONOMY } from '../world/world.js';
import { FIXTURE_BUILT_AT } from '../world/world-bundle.js';
import { runCommand } from './run-command.js';

describe('osce-tui show: facts the importer inferred', () => {
  const tempDir = useTempDirs('osce-tui-inferred-');

  async function inferredBundle(): Promise<string> {
    const dir = await tempDir();
    await writeBundle(dir, {
      title: 'Inferred facts',
      taxonomy: WORLD_TAXONOMY,
      releases: [INFERRED_FACTS_RELEASE],
      synthetic: true,
      builtAt: FIXTURE_BUILT_AT,
    });
    return dir;
  }

  it('marks each inferred value in words, stated ones as before, within --width', async () => {
    const bundle = await inferredBundle();
    const narrow = await runCommand(['--bundle', bundle, 'show', '--width', '40', 'fx-inferred-facts']);
    expect(narrow).toMatchObject({ code: 0, stderr: '' });
    const lines = narrow.stdout.trimEnd().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Date: 3 May 2024',
        '  (inferred from the text)',
        'Place: Strelsau',
        'Fields of work: Education',
      ]),
    );
    expect(lines.every((line) => stringWidth(line) <= 40)).toBe(true);
    const wide = (await runCommand(['--bundle', bundle, 'show', '--width', '120', 'fx-inferred-facts'])).stdout.split(
      '\n',
    );
    expect(wide).toContain('Source: Mission to Ruritania (inferred from the title)');
    expect(wide).toContain('Countries: Freedonia, Ruritania (inferred from its field operation)');
  });

  it('--json keeps the origins as recorded', async () => {
    const run = await runCommand(['--bundle', await inferredBundle(), 'show', '--json', 'fx-inferred-facts']);
    const json = JSON.parse(run.stdout) as { origins: unknown[] };
    expect(json.origins).toContainEqual({
      fact: 'country',
      value: 'state:ruritania',
      from: 'field-operation',
      stated: false,
    });
  });
});
