import type { Issue } from "./Issue.js";

/** The part of a zod issue that opkoers reads (kept structural, so this file does not import zod). */
interface ZodIssueLike {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly message: string;
}

/**
 * Convert the issues of a failed zod `safeParse` into opkoers {@link Issue}s.
 *
 * @param issues - `error.issues` of a zod error.
 * @returns The issues with string/number paths.
 *
 * @example
 * ```ts
 * import { issuesFromZod } from "opkoers";
 *
 * issuesFromZod([{ path: ["lines", 3, "expenses"], code: "invalid_type", message: "Expected number" }]);
 * //=> [{ path: ["lines", 3, "expenses"], code: "invalid_type", message: "Expected number" }]
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export function issuesFromZod(issues: readonly ZodIssueLike[]): Issue[] {
  return issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "number" ? key : String(key))),
    code: issue.code,
    message: issue.message,
  }));
}
