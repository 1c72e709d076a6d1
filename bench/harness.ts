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
  /** Why the target is what it is, or why there is none; for a target that may be missed, the measured cause. Printed under the table. */
  readonly note?: string;
  /** Fewer rounds for a slow baseline whose ratio is far from the target (each round runs each side at least 3 times). */
  readonly rounds?: number;
}

/**
 * How the cost of one operation grows with the input: the same operation on inputs of increasing size
 * (10× apart), measured in alternating rounds in the same run.
 */
export interface Growth {
  /** What is measured, e.g. "rollup by programme × taakveld × year". */
  readonly name: string;
  /** One entry per size, smallest first. */
  readonly sizes: readonly { readonly lines: number; readonly run: () => unknown }[];
}

/** The measured outcome of one growth series. */
export interface GrowthOutcome {
  readonly growth: Growth;
  /** Median time per size, in the order of `growth.sizes`. */
  readonly ms: readonly number[];
  /** For each step: time(size) / (time(previous size) × size / previous size); 1 is exactly linear. */
  readonly steps: readonly number[];
  /** Every step within {@link LINEAR_STEP}. */
  readonly linear: boolean;
}

/**
 * The largest step ratio still called linear: a 10× larger input may cost at most 25× the time. Quadratic work
 * shows 10× per step; the first step (10,000 lines, which fit in the CPU caches, to 100,000, which do not) also
 * pays the move from cache to memory, about 2× per line on the machines measured.
 */
export const LINEAR_STEP = 2.5;

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
  for (let round = 0; round < (scenario.rounds ?? rounds); round++) {
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

/**
 * Measure a growth series with tinybench: every size in each round (so a noisy neighbour slows all alike),
 * the median latency per size across rounds.
 */
export async function measureGrowth(growth: Growth, rounds = 5, timeMs = 300): Promise<GrowthOutcome> {
  const times: number[][] = growth.sizes.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time: timeMs, warmupTime: 50, iterations: 3 });
    growth.sizes.forEach((size, i) => bench.add(String(i), size.run));
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== "completed") throw new Error(`${growth.name}: size ${task.name} ended as ${result.state}`);
      (times[Number(task.name)] as number[]).push(result.latency.p50);
    }
  }
  const ms = times.map(median);
  const steps = ms.slice(1).map((t, i) => {
    const previous = ms[i] as number;
    const factor = (growth.sizes[i + 1]?.lines as number) / (growth.sizes[i]?.lines as number);
    return t / (previous * factor);
  });
  return { growth, ms, steps, linear: steps.every((step) => step <= LINEAR_STEP) };
}

/** Format one outcome as a Markdown table row; `footnote` is the number of its note, if it has one. */
export function formatRow(outcome: Outcome, footnote?: number): string {
  const { scenario, baselineMs, candidateMs, ratio, met } = outcome;
  const target = scenario.target === undefined ? "—" : "atMost" in scenario.target ? `≤ ${scenario.target.atMost}×` : `≥ ${scenario.target.atLeastFaster}× faster`;
  const ratioText = ratio >= 1 ? `${ratio.toFixed(2)}×` : `${ratio.toFixed(3)}× (${(1 / ratio).toFixed(1)}× faster)`;
  let verdict = "—";
  if (met === true) verdict = "met";
  else if (met === false && scenario.target !== undefined) {
    const by = "atMost" in scenario.target ? ratio / scenario.target.atMost : scenario.target.atLeastFaster * ratio;
    verdict = `**missed** (${by.toFixed(2)}× the target)`;
  }
  const name = footnote === undefined ? scenario.name : `${scenario.name} [${footnote}]`;
  return `| ${name} | ${scenario.baselineName} | ${formatMs(baselineMs)} | ${formatMs(candidateMs)} | ${ratioText} | ${target} | ${verdict} |`;
}

function formatMs(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(3)} ms`;
}

/** The growth table: time and time per line at each size, the step ratios and the verdict. */
export function formatGrowth(outcomes: readonly GrowthOutcome[]): string {
  const sizes = outcomes[0]?.growth.sizes.map((size) => size.lines.toLocaleString("en")) ?? [];
  const header = [
    `| operation | ${sizes.map((size) => `${size} lines`).join(" | ")} | step ratios t(10n) / 10·t(n) | verdict |`,
    `| --- | ${sizes.map(() => "---").join(" | ")} | --- | --- |`,
  ];
  const rows = outcomes.map(({ growth, ms, steps, linear }) => {
    const cells = ms.map((t, i) => `${formatMs(t)} (${((t * 1e6) / (growth.sizes[i]?.lines as number)).toFixed(1)} ns/line)`);
    return `| ${growth.name} | ${cells.join(" | ")} | ${steps.map((step) => `${step.toFixed(2)}×`).join(", ")} | ${linear ? "linear" : "**not linear**"} |`;
  });
  return [...header, ...rows].join("\n");
}

/** The header of the results table. */
export const TABLE_HEADER = [
  "| scenario | baseline | baseline (median) | opkoers (median) | ratio opkoers/baseline | target | result |",
  "| --- | --- | --- | --- | --- | --- | --- |",
].join("\n");
