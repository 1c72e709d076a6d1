import { Bench } from "tinybench";

/** One benchmark scenario: a candidate (opkoers) measured against a baseline in the same run. */
export interface Scenario {
  /** What is measured, e.g. "sum of 1,000,000 amounts". */
  readonly name: string;
  /** What the candidate is compared with, e.g. "hand-written for loop". */
  readonly baselineName: string;
  /** The baseline: the simplest code that computes the same result. */
  readonly baseline: () => unknown;
  /** The opkoers code under test. */
  readonly candidate: () => unknown;
  /**
   * The target, as the largest acceptable ratio candidate/baseline (e.g. 1.5),
   * or for "at least N× faster than" scenarios, `{ atLeastFaster: N }`.
   */
  readonly target?: { readonly atMost: number } | { readonly atLeastFaster: number };
  /** Check once, before timing, that candidate and baseline agree (throw if not). */
  readonly check?: () => void;
}

/** The measured outcome of one scenario. */
export interface Outcome {
  readonly scenario: Scenario;
  readonly baselineMs: number;
  readonly candidateMs: number;
  /** candidate time / baseline time (below 1: the candidate is faster). */
  readonly ratio: number;
  readonly met: boolean | undefined;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Measure a scenario with tinybench. Baseline and candidate are measured in
 * alternating rounds (so a noisy neighbour slows both alike), and the ratio is
 * the median candidate latency over the median baseline latency across rounds.
 */
export async function measure(scenario: Scenario, rounds = 5, timeMs = 300): Promise<Outcome> {
  scenario.check?.();
  const baselineTimes: number[] = [];
  const candidateTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time: timeMs, warmupTime: 50, iterations: 3 });
    bench.add("baseline", scenario.baseline).add("candidate", scenario.candidate);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== "completed") throw new Error(`${scenario.name}: task ${task.name} ended as ${result.state}`);
      (task.name === "baseline" ? baselineTimes : candidateTimes).push(result.latency.p50);
    }
  }
  const baselineMs = median(baselineTimes);
  const candidateMs = median(candidateTimes);
  const ratio = candidateMs / baselineMs;
  const target = scenario.target;
  const met = target === undefined ? undefined : "atMost" in target ? ratio <= target.atMost : 1 / ratio >= target.atLeastFaster;
  return { scenario, baselineMs, candidateMs, ratio, met };
}

/** Format one outcome as a Markdown table row. */
export function formatRow(outcome: Outcome): string {
  const { scenario, baselineMs, candidateMs, ratio, met } = outcome;
  const target = scenario.target === undefined ? "—" : "atMost" in scenario.target ? `≤ ${scenario.target.atMost}×` : `≥ ${scenario.target.atLeastFaster}× faster`;
  const ratioText = ratio >= 1 ? `${ratio.toFixed(2)}×` : `${ratio.toFixed(3)}× (${(1 / ratio).toFixed(1)}× faster)`;
  const verdict = met === undefined ? "—" : met ? "met" : "**missed**";
  return `| ${scenario.name} | ${scenario.baselineName} | ${baselineMs.toFixed(3)} ms | ${candidateMs.toFixed(3)} ms | ${ratioText} | ${target} | ${verdict} |`;
}

/** The header of the results table. */
export const TABLE_HEADER = [
  "| scenario | baseline | baseline (median) | opkoers (median) | ratio opkoers/baseline | target | result |",
  "| --- | --- | --- | --- | --- | --- | --- |",
].join("\n");
