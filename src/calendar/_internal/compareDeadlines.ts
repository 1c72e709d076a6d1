import type { Deadline } from "../types.js";

/** Order deadlines by due date, then by id (plain code-unit order, the same on every machine). */
export function compareDeadlines(a: Deadline, b: Deadline): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
