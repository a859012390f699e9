/** Wall and CPU seconds of one step of an index build. */
export interface StageTiming {
  stage: string;
  wallSeconds: number;
  cpuSeconds: number;
}

/** Records how long each step of a build takes; a no-op unless measuring. */
export interface BuildTimings {
  /** Ends the step running since the last call (or since the start) under `stage`. */
  lap(stage: string): void;
  /** The steps so far, in order. */
  readonly stages: readonly StageTiming[];
}

/**
 * Timings for one build: recorded when OSCE_TUI_BUILD_TIMINGS is set (test/bench/index-build.ts
 * sets it and prints them), otherwise nothing is measured. CPU time is the whole process's, so a
 * step that a worker thread runs beside the main thread shows more CPU than wall.
 */
export function createBuildTimings(enabled = process.env.OSCE_TUI_BUILD_TIMINGS !== undefined): BuildTimings {
  const stages: StageTiming[] = [];
  if (!enabled) return { lap: () => undefined, stages };
  let wall = performance.now();
  let cpu = process.cpuUsage();
  return {
    stages,
    lap(stage) {
      const now = performance.now();
      const used = process.cpuUsage(cpu);
      stages.push({ stage, wallSeconds: (now - wall) / 1000, cpuSeconds: (used.user + used.system) / 1e6 });
      wall = now;
      cpu = process.cpuUsage();
    },
  };
}

/** Writes the steps to stderr, one line each, when measuring (never in normal output). */
export function reportBuildTimings(timings: BuildTimings): void {
  for (const { stage, wallSeconds, cpuSeconds } of timings.stages) {
    process.stderr.write(`index build ${stage.padEnd(16)} ${wallSeconds.toFixed(2).padStart(7)} s wall ${cpuSeconds.toFixed(2).padStart(7)} s cpu\n`);
  }
}
