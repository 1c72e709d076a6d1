import {
  addDays,
  addMonths,
  daysBetween,
  daysUntil,
  deadlinesDue,
  elapsedFraction,
  formatPeriod,
  parsePeriod,
  pcDeadlines,
  periodContaining,
  periodEnd,
  periodsOfYear,
  PERIOD_KINDS,
} from "opkoers/calendar";
import { afterEach, describe, expect, it, vi } from "vitest";

// A fixed workload over the whole API, including dates around DST changes at
// midnight (America/Sao_Paulo 2018-11-04, Asia/Tehran, Europe/Amsterdam) and
// years below 100. Its JSON must be identical whatever the machine's zone is.
function workload(): string {
  const dates = ["0050-02-28", "1900-02-28", "1969-12-31", "1970-01-01", "2018-11-03", "2018-11-04", "2019-02-16", "2022-03-21", "2024-02-29", "2024-03-31", "2024-10-27", "2025-03-30", "2099-12-31"];
  const out: unknown[] = [];
  for (const date of dates) {
    out.push(addDays(date, 1), addDays(date, -1), addDays(date, 400), addMonths(date, 1), addMonths(date, -13), daysBetween("2000-01-01", date));
    for (const kind of PERIOD_KINDS) {
      const period = periodContaining(date, kind);
      out.push(formatPeriod(period), periodEnd(period), elapsedFraction(period, date));
    }
  }
  for (const year of [1901, 2018, 2024, 2025]) {
    const calendar = pcDeadlines(year, { recurring: [{ id: "m", label: { nl: "m", en: "m" }, every: "month", daysAfterEnd: 10 }] });
    out.push(calendar, deadlinesDue(calendar, `${year}-06-01`, 60).map((d) => d.id), calendar.map((d) => daysUntil(d, `${year}-03-31`)));
    out.push(periodsOfYear(year, "tertial").map((p) => elapsedFraction(p, `${year}-05-01`)));
  }
  out.push(parsePeriod("2024-T2"));
  return JSON.stringify(out);
}

const ZONES = ["UTC", "Asia/Kathmandu", "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Sao_Paulo", "Asia/Tehran", "Europe/Amsterdam"];

describe("time-zone independence", () => {
  const original = process.env["TZ"];
  afterEach(() => {
    if (original === undefined) delete process.env["TZ"];
    else process.env["TZ"] = original;
  });

  it("gives identical results in every time zone (TZ switched at run time)", () => {
    process.env["TZ"] = "UTC";
    const baseline = workload();
    const offsets = new Set<number>();
    for (const zone of ZONES) {
      process.env["TZ"] = zone;
      offsets.add(new Date(2024, 0, 15).getTimezoneOffset());
      expect(workload(), zone).toBe(baseline);
    }
    // Proof that the zone really changed under the workload (otherwise this test would prove nothing).
    expect(offsets.size).toBeGreaterThanOrEqual(6);
  });

  it("never calls a local-time Date method", () => {
    const local = ["getFullYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes", "getSeconds", "getMilliseconds", "getTimezoneOffset", "setFullYear", "setMonth", "setDate", "setHours", "setMinutes", "setSeconds", "setMilliseconds", "toString", "toDateString", "toLocaleDateString", "toLocaleString"] as const;
    const calls: string[] = [];
    for (const name of local) {
      vi.spyOn(Date.prototype, name).mockImplementation(function (this: Date) {
        calls.push(name);
        return Number.NaN as never;
      });
    }
    let result: string;
    try {
      result = workload();
    } finally {
      vi.restoreAllMocks();
    }
    expect(calls).toEqual([]);
    expect(result).toBe(workload());
  });
});
