/**
 * opkoers — the planning & control of Dutch municipalities as typed data and
 * pure functions. The root entry re-exports every layer; import a subpath
 * such as `opkoers/money` to pull in only that layer.
 *
 * @module opkoers
 */
export type { Issue, ParseResult } from "./errors/Issue.js";
export { issuesFromZod } from "./errors/issuesFromZod.js";
export * from "./money/index.js";
export * from "./status/index.js";
export * from "./calendar/index.js";
export * from "./reference/index.js";
export * from "./policy/index.js";
export * from "./budget/index.js";
export * from "./finance/index.js";
export * from "./io/index.js";
export * from "./report/index.js";
