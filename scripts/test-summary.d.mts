// Types of scripts/test-summary.mjs (a plain script, so that `npm test` needs no TypeScript loader to start).

/** One file of a vitest JSON report, as far as the summary reads it. */
export interface VitestFileResult {
  readonly name: string;
  readonly status: string;
  readonly message?: string;
  readonly assertionResults?: readonly { readonly ancestorTitles?: readonly string[]; readonly title: string; readonly status: string }[];
}

export interface VitestCounts {
  passed: number;
  failed: number;
  skipped: number;
  skippedNames: string[];
  failedNames: string[];
  brokenFiles: string[];
}

export function countVitestReport(report: { readonly testResults?: readonly VitestFileResult[] }): VitestCounts;
export function groupSkipped(names: readonly string[]): string[];
export function summaryLine(
  totals: { readonly passed: number; readonly failed: number; readonly skipped: number },
  steps: readonly { readonly name: string; readonly status: "passed" | "failed" | "skipped" | "not run"; readonly seconds?: number }[],
): string;
