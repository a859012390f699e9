import { readFileSync } from 'node:fs';

/** Wall and CPU seconds of one step of an index build. */
export interface StageTiming {
  stage: string;
  wallSeconds: number;
  /** The whole process's CPU seconds, worker threads included. */
  cpuSeconds: number;
  /** The CPU seconds of the thread that ran the step, where the system tells (Linux). */
  threadCpuSeconds?: number;
  /** Peak resident memory of the process so far, MB. */
  peakRssMb: number;
}

/** Records how long each step of a build takes; a no-op unless measuring. */
export interface BuildTimings {
  /** Ends the step running since the last call (or since the start) under `stage`. */
  lap(stage: string): void;
  /** Adds steps a worker thread timed itself. */
  add(steps: readonly StageTiming[]): void;
  /** The steps so far, in order. */
  readonly stages: readonly StageTiming[];
}

/** Whether build timings are being measured (OSCE_TUI_BUILD_TIMINGS is set). */
export function measuringBuild(): boolean {
  return process.env.OSCE_TUI_BUILD_TIMINGS !== undefined;
}

/**
 * Timings for one build: recorded when OSCE_TUI_BUILD_TIMINGS is set (test/bench/index-build.ts
 * sets it and prints them), otherwise nothing is measured. CPU time is the whole process's, so a
 * step that a worker thread runs beside the main thread shows more CPU than wall; the thread's
 * own CPU time is there too.
 */
export function createBuildTimings(enabled = measuringBuild()): BuildTimings {
  const stages: StageTiming[] = [];
  if (!enabled) return { lap: () => undefined, add: () => undefined, stages };
  let wall = performance.now();
  let cpu = process.cpuUsage();
  let threadCpu = threadCpuSeconds();
  return {
    stages,
    lap(stage) {
      const now = performance.now();
      const used = process.cpuUsage(cpu);
      const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
      const nowThreadCpu = threadCpuSeconds();
      stages.push({
        stage,
        wallSeconds: (now - wall) / 1000,
        cpuSeconds: (used.user + used.system) / 1e6,
        threadCpuSeconds: nowThreadCpu === undefined || threadCpu === undefined ? undefined : nowThreadCpu - threadCpu,
        peakRssMb,
      });
      wall = now;
      cpu = process.cpuUsage();
      threadCpu = nowThreadCpu;
    },
    add(steps) {
      stages.push(...steps);
    },
  };
}

/** Writes the steps to stderr, one line each, when measuring (never in normal output). */
export function reportBuildTimings(timings: BuildTimings): void {
  for (const { stage, wallSeconds, cpuSeconds, threadCpuSeconds, peakRssMb } of timings.stages) {
    const thread = threadCpuSeconds === undefined ? '' : ` ${threadCpuSeconds.toFixed(2).padStart(7)} s thread cpu`;
    const figures = `${wallSeconds.toFixed(2).padStart(7)} s wall ${cpuSeconds.toFixed(2).padStart(7)} s cpu${thread} ${String(peakRssMb).padStart(5)} MB peak RSS`;
    process.stderr.write(`index build ${stage.padEnd(22)} ${figures}\n`);
  }
}

// The calling thread's CPU seconds from /proc (fields 14 and 15, in clock ticks of 1/100 s),
// since Node 20 has no per-thread CPU clock; undefined where there is no /proc.
function threadCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}
