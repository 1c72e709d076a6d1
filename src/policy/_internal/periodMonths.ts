import { DomainError } from "../../errors/DomainError.js";

/**
 * The first and last month of a period code, as absolute month numbers
 * (year × 12 + month − 1). Every period starts on the first and ends on the
 * last day of a month, so months are enough to order and compare periods.
 * Parses the code with char codes (this runs in the hot path of progress
 * evaluation); throws `invalid_period` for anything that is not a period code.
 */
export function periodMonths(code: string): { readonly first: number; readonly last: number } {
  const last = lastMonth(code);
  return { first: last - periodLength(code) + 1, last };
}

/** The number of months of a valid period code (call lastMonth first to validate). */
export function periodLength(code: string): number {
  if (code.length === 4) return 12;
  const letter = code.charCodeAt(5);
  return letter === 72 /* H */ ? 6 : letter === 84 /* T */ ? 4 : letter === 81 /* Q */ ? 3 : 1;
}

function digit(code: string, i: number): number {
  const d = code.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1000000;
}

/** The last month of a period code (year × 12 + month − 1); throws `invalid_period` when it is not a code. */
export function lastMonth(code: string): number {
  if (typeof code === "string") {
    const year = digit(code, 0) * 1000 + digit(code, 1) * 100 + digit(code, 2) * 10 + digit(code, 3);
    if (year >= 1) {
      if (code.length === 4) return year * 12 + 11;
      if (code.length === 7 && code.charCodeAt(4) === 45 /* - */) {
        const letter = code.charCodeAt(5);
        const index = digit(code, 6);
        if (letter === 72 && index >= 1 && index <= 2) return year * 12 + index * 6 - 1;
        if (letter === 84 && index >= 1 && index <= 3) return year * 12 + index * 4 - 1;
        if (letter === 81 && index >= 1 && index <= 4) return year * 12 + index * 3 - 1;
        const month = digit(code, 5) * 10 + index;
        if (month >= 1 && month <= 12) return year * 12 + month - 1;
      }
    }
  }
  throw new DomainError("invalid_period", `The period code is ${JSON.stringify(code) ?? String(code)}; write it as "2024", "2024-H1", "2024-T2", "2024-Q3" or "2024-03".`, { value: code });
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The last month that has fully passed at the end of `date` (an ISO date):
 * the date's own month when it is the last day of the month, else the month
 * before. A period ending in month m has ended on `date` iff m ≤ this value.
 */
export function lastCompleteMonth(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length = month === 2 && leap ? 29 : (DAYS[month - 1] ?? 31);
  return year * 12 + month - 1 - (day >= length ? 0 : 1);
}

/** The ISO date of the last day of an absolute month number. */
export function endOfMonth(month: number): string {
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && leap ? 29 : (DAYS[m - 1] ?? 31);
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** lastMonth for checks that run on data zod has already flagged: undefined instead of throwing. */
export function lastMonthOrUndefined(code: string): number | undefined {
  try {
    return lastMonth(code);
  } catch {
    return undefined;
  }
}
