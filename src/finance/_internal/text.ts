import { formatAmount, type Cents } from "../../money/index.js";

/** An amount in a Dutch sentence: `€ 1.234.567,00`. */
export function nlAmount(amount: Cents): string {
  return formatAmount(amount, { symbol: true });
}

/** An amount in an English sentence: `€ 1,234,567.00`. */
export function enAmount(amount: Cents): string {
  return formatAmount(amount, { symbol: true }).replace(/[.,]/g, (c) => (c === "." ? "," : "."));
}

const MONTHS = {
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
} as const;

/** An ISO date as prose writes it: "15 juli 2025" / "15 July 2025". */
export function longDate(iso: string, lang: "nl" | "en"): string {
  const month = MONTHS[lang][Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7);
  return `${Number(iso.slice(8, 10))} ${month} ${Number(iso.slice(0, 4))}`;
}
