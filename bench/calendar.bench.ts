import { deadlinesDue, elapsedFraction, pcDeadlines, periodsOfYear, type Deadline, type IsoDate, type Period } from "../src/calendar/index.js";
import type { Scenario } from "./harness.js";

// The calendar is not a hot path like money sums, but dashboards call elapsedFraction once per
// indicator per period and deadlinesDue once per page. The baselines are the hand-written
// Date.UTC arithmetic one would otherwise write (no validation, no date-fns).

const DAY = 86_400_000;
const utcDay = (date: IsoDate): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;

/** Deterministic (period, asOf) pairs over 2020–2029. */
function pairs(count: number): { readonly period: Period; readonly asOf: IsoDate; readonly start: IsoDate; readonly end: IsoDate }[] {
  const kinds = ["year", "half", "tertial", "quarter", "month"] as const;
  const out: { period: Period; asOf: IsoDate; start: IsoDate; end: IsoDate }[] = [];
  let state = 7;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const year = 2020 + (state % 10);
    const periods = periodsOfYear(year, kinds[state % 5] as (typeof kinds)[number]);
    const period = periods[state % periods.length] as Period;
    const asOf = new Date(Date.UTC(2020, 0, 1) + (state % 3650) * DAY).toISOString().slice(0, 10);
    const month = (period.index - 1) * { year: 12, half: 6, tertial: 4, quarter: 3, month: 1 }[period.kind];
    const length = { year: 12, half: 6, tertial: 4, quarter: 3, month: 1 }[period.kind];
    const start = new Date(Date.UTC(period.year, month, 1)).toISOString().slice(0, 10);
    const end = new Date(Date.UTC(period.year, month + length, 0)).toISOString().slice(0, 10);
    out.push({ period, asOf, start, end });
  }
  return out;
}

export function scenarios(): Scenario[] {
  const data = pairs(10_000);
  const handElapsed = (): number[] =>
    data.map(({ start, end, asOf }) => {
      const length = utcDay(end) - utcDay(start) + 1;
      return Math.min(Math.max(utcDay(asOf) - utcDay(start) + 1, 0), length) / length;
    });
  const opkoersElapsed = (): number[] => data.map(({ period, asOf }) => elapsedFraction(period, asOf));

  const calendar: Deadline[] = [];
  for (let year = 2015; year <= 2034; year++) calendar.push(...pcDeadlines(year));
  const submissions: Record<string, IsoDate> = {};
  for (const deadline of calendar) if (deadline.due < "2025-01-01") submissions[deadline.id] = deadline.due;
  const days = Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2025, 0, 1) + i * DAY).toISOString().slice(0, 10));
  const handDue = (): number => {
    let count = 0;
    for (const asOf of days) {
      const today = utcDay(asOf);
      count += calendar.filter((d) => !(submissions[d.id] !== undefined && (submissions[d.id] as string) <= asOf) && utcDay(d.due) - today <= 30).length;
    }
    return count;
  };
  const opkoersDue = (): number => {
    let count = 0;
    for (const asOf of days) count += deadlinesDue(calendar, asOf, 30, submissions).length;
    return count;
  };

  return [
    {
      name: "elapsedFraction of 10,000 (period, asOf) pairs",
      baselineName: "hand-written Date.UTC day arithmetic",
      baseline: handElapsed,
      candidate: opkoersElapsed,
      target: { atMost: 3 },
      check: () => {
        const [a, b] = [handElapsed(), opkoersElapsed()];
        if (a.some((x, i) => x !== b[i])) throw new Error("elapsedFraction disagrees with the baseline");
      },
    },
    {
      name: "deadlinesDue over 160 deadlines, every day of a year",
      baselineName: "hand-written filter with Date.UTC",
      baseline: handDue,
      candidate: opkoersDue,
      target: { atMost: 5 },
      check: () => {
        if (handDue() !== opkoersDue()) throw new Error("deadlinesDue disagrees with the baseline");
      },
    },
  ];
}
