import type { Cents } from "../../money/index.js";
import type { BudgetLine } from "../types.js";

// The hand-written fast path of BudgetLineSchema (src/budget/schemas.ts). isBudgetLine must accept exactly what
// the schema accepts and copyBudgetLine return exactly what the schema returns (test/budget/validateBudgetLines.test.ts proves
// both with fast-check). What zod 4 does, rule by rule:
// - z.object: any `typeof "object"` value but null and arrays; a key is read as `input[key]` (inherited
//   values count) and is "present" when `key in input`; the output is a new object whose keys follow the
//   schema's order, an absent optional key is not set.
// - z.strictObject: any key that `for (const key in input)` yields (own or inherited, enumerable, including
//   an own "__proto__" as JSON.parse makes it) and the schema does not declare is an unrecognized key.
// - required keys: the value must pass (an absent key reads as undefined, which fails).
// - exactOptional keys: absent is fine; present (even as undefined) must pass.
// - code(): a string of length ≥ 1; z.string(): a string.
// - z.int().min(1900).max(2999): a safe integer (so not NaN, ±Infinity or a fraction) in range.
// - CentsSchema: a safe integer, then `value || 0` (−0 becomes 0).
// - NatureSchema: "structureel" or "incidenteel".

const isCode = (value: unknown): value is string => typeof value === "string" && value.length > 0;

/** Whether BudgetLineSchema accepts the value (it reads nothing twice and allocates nothing). */
export function isBudgetLine(value: unknown): value is BudgetLine {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const input = value as { readonly [key: string]: unknown };
  const year = input["year"];
  const nature = input["nature"];
  if (
    !isCode(input["programme"]) ||
    !isCode(input["taakveld"]) ||
    !Number.isSafeInteger(year) ||
    (year as number) < 1900 ||
    (year as number) > 2999 ||
    !Number.isSafeInteger(input["expenses"]) ||
    !Number.isSafeInteger(input["revenue"]) ||
    (nature !== "structureel" && nature !== "incidenteel") ||
    !isCode(input["phase"])
  ) {
    return false;
  }
  // An optional key is checked when it is there, even as undefined (`in`, as zod does).
  if ("categorie" in input && !isCode(input["categorie"])) return false;
  if ("costCentre" in input && !isCode(input["costCentre"])) return false;
  if ("reserve" in input && !isCode(input["reserve"])) return false;
  if ("description" in input && typeof input["description"] !== "string") return false;
  // Strict: every enumerable key must be one the schema declares (zod reads them with for…in too).
  for (const key in input) if (!isLineKey(key)) return false;
  return true;
}

/** Whether a key is one that BudgetLineSchema declares. */
function isLineKey(key: string): boolean {
  switch (key) {
    case "programme":
    case "taakveld":
    case "categorie":
    case "costCentre":
    case "year":
    case "expenses":
    case "revenue":
    case "nature":
    case "reserve":
    case "description":
    case "phase":
      return true;
    default:
      return false;
  }
}

/** A line that {@link isBudgetLine} accepted, as BudgetLineSchema outputs it: a new object, keys in the schema's order, −0 read as 0. */
export function copyBudgetLine(line: BudgetLine): BudgetLine {
  const { programme, taakveld, year, nature, phase } = line;
  const expenses = (line.expenses || 0) as Cents;
  const revenue = (line.revenue || 0) as Cents;
  const hasCategorie = "categorie" in line;
  const hasCostCentre = "costCentre" in line;
  const hasReserve = "reserve" in line;
  const hasDescription = "description" in line;
  // The common case: one object literal, one hidden class for every line.
  if (!hasCategorie && !hasCostCentre && !hasReserve && !hasDescription) return { programme, taakveld, year, expenses, revenue, nature, phase };
  const copy: { -readonly [K in keyof BudgetLine]: BudgetLine[K] } = { programme, taakveld } as BudgetLine;
  if (hasCategorie) copy.categorie = line.categorie as string;
  if (hasCostCentre) copy.costCentre = line.costCentre as string;
  copy.year = year;
  copy.expenses = expenses;
  copy.revenue = revenue;
  copy.nature = nature;
  if (hasReserve) copy.reserve = line.reserve as string;
  if (hasDescription) copy.description = line.description as string;
  copy.phase = phase;
  return copy;
}
