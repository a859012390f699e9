// Child process for the crash test: rewrites one bundle folder forever, alternating between two
// contents, until it is killed. Usage: tsx write-bundle-forever.ts DIR (the test runs it bundled)
import { writeBundle } from '../../src/bundle/write-bundle.js';
import { makeRelease } from '../world/make.js';
import { WORLD_TAXONOMY } from '../world/world.js';

const dir = process.argv[2]!;
const many = (count: number) =>
  Array.from({ length: count }, (_, index) => makeRelease({ id: `fx-${count}-${index}` }));
const contents = [many(3000), many(2000)];
for (let round = 0; ; round += 1) {
  await writeBundle(dir, {
    title: `round ${round}`,
    taxonomy: WORLD_TAXONOMY,
    releases: contents[round % 2]!,
    synthetic: true,
  });
  if (round === 0) process.stdout.write('written\n');
}
