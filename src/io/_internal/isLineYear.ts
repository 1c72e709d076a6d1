import { validateBudgetLines } from "../../budget/index.js";

// The years a budget line accepts are the line schema's (BudgetLineSchema, through validateBudgetLines): asked,
// not repeated here, so that the CSV import cannot accept a year the budget layer refuses.
const PROBE = { programme: "p", taakveld: "0.1", phase: "p", expenses: 0, revenue: 0, nature: "structureel" } as const;

/** Whether a budget line may have this year. */
export function isLineYear(year: number): boolean {
  return validateBudgetLines([{ ...PROBE, year }]).ok;
}
