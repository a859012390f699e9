/** Wall and CPU seconds of one step of an index build. */
export interface StageTiming {
  stage: string;
  wallSeconds: number;
  cpuSeconds: number;
  /** Peak resident memory of the process so far, MB. */
  peakRssMb: number;
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
      const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
      stages.push({ stage, wallSeconds: (now - wall) / 1000, cpuSeconds: (used.user + used.system) / 1e6, peakRssMb });
      wall = now;
      cpu = process.cpuUsage();
    },
  };
}

/** Writes the steps to stderr, one line each, when measuring (never in normal output). */
export function reportBuildTimings(timings: BuildTimings): void {
  for (const { stage, wallSeconds, cpuSeconds, peakRssMb } of timings.stages) {
    const figures = `${wallSeconds.toFixed(2).padStart(7)} s wall ${cpuSeconds.toFixed(2).padStart(7)} s cpu ${String(peakRssMb).padStart(5)} MB peak RSS`;
    process.stderr.write(`index build ${stage.padEnd(18)} ${figures}\n`);
  }
}
