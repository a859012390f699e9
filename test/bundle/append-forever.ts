// Child process for the crash test: appends batches of 50 releases to one bundle forever, each
// batch as one import would (one segment, then the manifest), until it is killed.
// Usage: tsx append-forever.ts DIR
import { appendReleases } from '../../src/bundle/append-releases.js';
import { makeRelease } from '../world/make.js';

const dir = process.argv[2]!;
const tag = `${process.pid}`;
for (let round = 0; ; round += 1) {
  const batch = Array.from({ length: 50 }, (_, index) =>
    makeRelease({ id: `batch-${tag}-${round}-${index}`, body: [{ kind: 'paragraph', text: 'x'.repeat(2000) }] }),
  );
  await appendReleases(dir, batch, {}, { newReleases: batch.length });
  if (round === 0) process.stdout.write('written\n');
}
