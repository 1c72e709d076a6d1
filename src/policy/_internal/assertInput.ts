import { DomainError } from "../../errors/DomainError.js";

// Entry guards for the policy functions (issue 18): a wrong argument — null, a number, an array where an object is
// expected, an object without the arrays a function reads — is an `invalid_option` DomainError that names the
// argument, never a TypeError from deep inside. They check the shape a function reads, not every field: the schemas
// (parsePlanningDocument) check documents from outside in full.

/** A value for a message; never throws (an object without a prototype has no toString). */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === "object" && value !== null && !Array.isArray(value);

function bad(name: string, expected: string, value: unknown): never {
  throw new DomainError("invalid_option", `${name} must be ${expected}, but it is ${show(value)}.`, { argument: name, value });
}

/** Check that a value is an object (an options argument, a document part). */
export function assertObject(value: unknown, name: string): asserts value is object {
  if (!isObject(value)) bad(name, "an object", value);
}

/** Check that `value[key]` is an array of objects (or absent, when `optional`). */
function assertObjects(value: Readonly<Record<string, unknown>>, key: string, name: string, optional = false): void {
  const list = value[key];
  if (optional && list === undefined) return;
  if (!Array.isArray(list)) bad(`${name}.${key}`, "an array", list);
  const index = list.findIndex((item: unknown) => !isObject(item));
  if (index !== -1) bad(`${name}.${key}[${index}]`, "an object", list[index]);
}

/** Check that `value[key]` is an array of strings. */
function assertStrings(value: Readonly<Record<string, unknown>>, key: string, name: string): void {
  const list = value[key];
  if (!Array.isArray(list) || !list.every((item: unknown) => typeof item === "string")) bad(`${name}.${key}`, "an array of strings", list);
}

/** An indicator as far as the evaluation functions read it: its unit, targets, trajectory and measurements. */
export function assertIndicator(value: unknown, name = "The indicator"): void {
  if (!isObject(value)) bad(name, "an indicator object", value);
  if (!isObject(value["unit"])) bad(`${name}.unit`, "an object", value["unit"]);
  assertObjects(value, "targets", name);
  assertObjects(value, "measurements", name);
  assertObjects(value, "trajectory", name, true);
  if (value["baseline"] !== undefined && !isObject(value["baseline"])) bad(`${name}.baseline`, "an object", value["baseline"]);
}

/** An activity as far as the status functions read it: its milestones, revisions, lifecycle and evaluations. */
export function assertActivity(value: unknown, name = "The activity"): void {
  if (!isObject(value)) bad(name, "an activity object", value);
  assertObjects(value, "milestones", name);
  assertObjects(value, "revisions", name);
  assertObjects(value, "evaluations", name, true);
  if (!isObject(value["lifecycle"])) bad(`${name}.lifecycle`, "an object", value["lifecycle"]);
}

/** A goal as far as goalStatus reads it: its indicator and activity ids and weights. */
export function assertGoal(value: unknown, name = "The goal"): void {
  if (!isObject(value)) bad(name, "a goal object", value);
  assertStrings(value, "indicatorIds", name);
  assertStrings(value, "activityIds", name);
  assertObjects(value, "weights", name, true);
  if (value["horizon"] !== undefined && !isObject(value["horizon"])) bad(`${name}.horizon`, "an object", value["horizon"]);
}

/** A programme (or the items of goalStatus): its indicators and activities (and goals), and those of its subprogrammes. */
export function assertProgramme(value: unknown, name = "The programme", withGoals = true): void {
  if (!isObject(value)) bad(name, "a programme object", value);
  assertObjects(value, "indicators", name);
  assertObjects(value, "activities", name);
  if (withGoals) assertObjects(value, "goals", name);
  assertObjects(value, "subProgrammes", name, true);
  const subs = (value["subProgrammes"] ?? []) as readonly Readonly<Record<string, unknown>>[];
  subs.forEach((sub, k) => {
    assertObjects(sub, "indicators", `${name}.subProgrammes[${k}]`);
    assertObjects(sub, "activities", `${name}.subProgrammes[${k}]`);
    if (withGoals) assertObjects(sub, "goals", `${name}.subProgrammes[${k}]`);
  });
}
