/** Timing helpers for benchmarks: best-of-N wall time and peak heap, measured in the same process as the baseline. */
export interface Timing {
  ms: number;
  peakHeapMb: number;
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs fn `runs` times and returns the fastest time (after one warm-up) and the heap growth peak. */
export async function measure(fn: () => unknown | Promise<unknown>, runs = 3): Promise<Timing> {
  await fn();
  let best = Infinity;
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
    peak = Math.max(peak, process.memoryUsage().heapUsed - before);
  }
  return { ms: best, peakHeapMb: peak / 1024 / 1024 };
}

export function rate(count: number, ms: number): string {
  return `${Math.round((count / ms) * 1000).toLocaleString('en-US')}/s`;
}

export function ratio(ms: number, baselineMs: number): string {
  return `${(ms / baselineMs).toFixed(2)}× baseline`;
}
