/** A small benchmark harness: warms up, then runs a function for a fixed time and reports rate. */

export interface BenchResult {
  readonly name: string;
  readonly opsPerSecond: number;
  readonly microsPerOp: number;
  readonly iterations: number;
}

/** Runs `fn` repeatedly for about `seconds` after a warm-up and returns the measured rate. */
export function measure(name: string, fn: (i: number) => unknown, seconds = 2): BenchResult {
  let sink = 0;
  const warmUntil = performance.now() + 300;
  for (let i = 0; performance.now() < warmUntil; i++) if (fn(i) !== undefined) sink++;
  const budget = seconds * 1000;
  const start = performance.now();
  let iterations = 0;
  // Check the clock every batch, so reading it does not dominate fast functions.
  while (performance.now() - start < budget) {
    for (let j = 0; j < 256; j++, iterations++) if (fn(iterations) !== undefined) sink++;
  }
  const elapsed = (performance.now() - start) / 1000;
  if (sink < 0) console.log(sink);
  return {
    name,
    opsPerSecond: iterations / elapsed,
    microsPerOp: (elapsed * 1e6) / iterations,
    iterations,
  };
}

export function report(
  title: string,
  results: readonly BenchResult[],
  goals: Record<string, number> = {},
) {
  console.log(`\n${title}`);
  for (const r of results) {
    const goal = goals[r.name];
    const verdict =
      goal === undefined
        ? ''
        : r.opsPerSecond >= goal
          ? `  (goal ${goal.toLocaleString('en')}/s: met)`
          : `  (goal ${goal.toLocaleString('en')}/s: NOT met)`;
    console.log(
      `  ${r.name.padEnd(38)} ${Math.round(r.opsPerSecond).toLocaleString('en').padStart(12)} /s ${r.microsPerOp.toFixed(2).padStart(9)} us/op${verdict}`,
    );
  }
}
