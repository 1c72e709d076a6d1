import { formatAmount, type Cents } from "../../money/index.js";

/** An amount in a Dutch sentence: `€ 1.234.567,00`. */
export function nlAmount(amount: Cents): string {
  return formatAmount(amount, { symbol: true });
}

/** An amount in an English sentence: `€ 1,234,567.00`. */
export function enAmount(amount: Cents): string {
  return formatAmount(amount, { symbol: true }).replace(/[.,]/g, (c) => (c === "." ? "," : "."));
}
