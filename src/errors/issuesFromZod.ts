import { DomainError } from "./DomainError.js";
import type { Issue } from "./Issue.js";

/**
 * Convert the issues of a failed zod `safeParse` into opkoers {@link Issue}s.
 *
 * @param issues - `error.issues` of a zod error (anything with `path`, `code` and `message`).
 * @returns The issues with string/number paths.
 * @throws {@link DomainError} `invalid_option` – when `issues` is not an array of objects with a `path` array.
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
export function issuesFromZod(
  // The part of a zod issue that opkoers reads, written out structurally so that this file does not import zod.
  issues: readonly {
    /** Where the problem is, as zod reports it (keys may be symbols). */
    readonly path: readonly PropertyKey[];
    /** zod's issue code. */
    readonly code: string;
    /** zod's message. */
    readonly message: string;
  }[],
): Issue[] {
  const given: unknown = issues;
  if (!Array.isArray(given) || !given.every((issue: unknown) => typeof issue === "object" && issue !== null && Array.isArray((issue as { readonly path?: unknown }).path))) {
    throw new DomainError("invalid_option", "issuesFromZod needs the issues of a zod error: an array of objects with a path array, a code and a message.", { argument: "issues" });
  }
  return issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "number" ? key : String(key))),
    code: issue.code,
    message: issue.message,
  }));
}
