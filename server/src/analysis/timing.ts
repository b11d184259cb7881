// Stage timings for the bench: each stage's milliseconds added under its name, and nothing
// measured (one extra call) when no map is given.

/** Runs one stage, adding its time to `timings` when there is one. */
export function timed<T>(timings: Map<string, number> | undefined, name: string, run: () => T): T {
  if (!timings) return run();
  const t0 = performance.now();
  try {
    return run();
  } finally {
    timings.set(name, (timings.get(name) ?? 0) + performance.now() - t0);
  }
}
