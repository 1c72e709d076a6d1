import { subtract, type Cents } from "../../money/index.js";
import type { Figures } from "../types.js";

/** Figures from lasten and baten, with saldo = baten − lasten (checked by the money module). */
export function figures(expenses: number, revenue: number): Figures {
  return { expenses: (expenses || 0) as Cents, revenue: (revenue || 0) as Cents, balance: subtract(revenue as Cents, expenses as Cents) };
}

/** Zero lasten, baten and saldo. */
export const ZERO_FIGURES: Figures = Object.freeze({ expenses: 0 as Cents, revenue: 0 as Cents, balance: 0 as Cents });
