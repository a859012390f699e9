// Cost of one resume save (what the browser's debounced saver pays per write) on config files
// of two sizes. Run: npx tsx test/bench/resume-save.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openUserState } from '../../src/state/user-state.js';
import type { Screen } from '../../src/ui/navigation.js';
import { stackSnapshot } from '../../src/ui/resume-stack.js';

const stack: Screen[] = [
  { kind: 'home', list: { selected: 0, scroll: 0 } },
  { kind: 'latest', list: { selected: 3, scroll: 0 } },
  { kind: 'article', releaseId: 'synthetic-1', scroll: 0 },
];

for (const readMarks of [500, 20_000]) {
  const dir = mkdtempSync(join(tmpdir(), 'osce-tui-bench-save-'));
  const state = openUserState({ configDir: dir });
  state.readMarks.markRead('synthetic-0');
  const path = join(dir, 'config.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { read: Record<string, string> };
  for (let i = 0; i < readMarks; i++) raw.read[`synthetic-${i}`] = new Date(0).toISOString();
  writeFileSync(path, JSON.stringify(raw));
  const runs = 20;
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++)
    state.resume.save(stackSnapshot(stack.map((s) => (s.kind === 'article' ? { ...s, scroll: i } : s))));
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  console.log(`resume save with ${readMarks} read marks: ${ms.toFixed(2)} ms`);
  rmSync(dir, { recursive: true, force: true });
}
