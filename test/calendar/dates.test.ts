import { fc, test } from "@fast-check/vitest";
import { addDays, addMonths, dateLabel, daysBetween, isIsoDate, parsePeriod, periodLabel } from "opkoers/calendar";
import { describe, expect, it } from "vitest";
import { expectCode } from "./_expectCode.js";
import { anyDate, civilFromDays, dayNumber, daysFromCivil, FIRST_DAY, LAST_DAY, modernDate } from "./_oracle.js";

const daysInMonth = (year: number, month: number): number => daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);

describe("isIsoDate", () => {
  it("accepts real days and rejects impossible ones", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2024-04-31")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("2024-00-10")).toBe(false);
    expect(isIsoDate("2024-01-00")).toBe(false);
    expect(isIsoDate("0000-01-01")).toBe(false);
    expect(isIsoDate("0001-01-01")).toBe(true);
    expect(isIsoDate("9999-12-31")).toBe(true);
  });

  it("rejects other shapes and types", () => {
    for (const value of ["2024-3-1", "24-03-01", "2024/03/01", "2024-03-01T00:00", " 2024-03-01", "2024-03-01\n", "+02024-03-01", "", "２０２４-03-01"]) {
      expect(isIsoDate(value), value).toBe(false);
    }
    for (const value of [undefined, null, 20240301, new Date(), {}, ["2024-03-01"]]) expect(isIsoDate(value)).toBe(false);
  });

  test.prop([fc.integer({ min: 0, max: 9999 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 })])(
    "agrees with the calendar model for every (year, month, day)",
    (year, month, day) => {
      const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      const real = year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
      expect(isIsoDate(text)).toBe(real && text.length === 10);
    },
  );

  test.prop([anyDate])("every date of the model is an ISO date", (date) => {
    expect(isIsoDate(date)).toBe(true);
  });
});

describe("addDays and daysBetween", () => {
  it("examples around month, leap-day and year boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-31", 30)).toBe("2024-04-30");
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
    expect(addDays("0001-01-02", -1)).toBe("0001-01-01");
    expect(addDays("2024-06-01", 0)).toBe("2024-06-01");
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2025-01-01", "2024-01-01")).toBe(-366);
    expect(daysBetween("1900-01-01", "2200-12-31")).toBe(daysFromCivil(2200, 12, 31) - daysFromCivil(1900, 1, 1));
  });

  it("steps through every day from 1900 to 2200 exactly like the model", () => {
    const first = daysFromCivil(1900, 1, 1);
    const last = daysFromCivil(2200, 12, 31);
    let date = civilFromDays(first);
    for (let n = first; n < last; n++) {
      const next = addDays(date, 1);
      if (next !== civilFromDays(n + 1)) expect(next).toBe(civilFromDays(n + 1));
      date = next;
    }
    expect(date).toBe("2200-12-31");
  });

  test.prop([anyDate, anyDate])("daysBetween equals the model's difference", (a, b) => {
    expect(daysBetween(a, b)).toBe(dayNumber(b) - dayNumber(a));
  });

  test.prop([modernDate, fc.integer({ min: -200_000, max: 200_000 })])("daysBetween(a, addDays(a, n)) === n and addDays is invertible", (a, n) => {
    const b = addDays(a, n);
    expect(b).toBe(civilFromDays(dayNumber(a) + n));
    expect(daysBetween(a, b)).toBe(n);
    expect(addDays(b, -n)).toBe(a);
  });

  test.prop([anyDate, anyDate])("daysBetween is antisymmetric", (a, b) => {
    expect(daysBetween(a, b) + daysBetween(b, a)).toBe(0);
  });

  it("rejects bad dates, bad day counts and results outside 0001–9999", () => {
    expectCode(() => addDays("2023-02-29", 1), "invalid_date");
    expectCode(() => addDays(new Date() as unknown as string, 1), "invalid_date");
    expectCode(() => addDays("2024-01-01", 1.5), "invalid_option");
    expectCode(() => addDays("2024-01-01", Number.NaN), "invalid_option");
    expectCode(() => addDays("9999-12-31", 1), "invalid_date");
    expectCode(() => addDays("0001-01-01", -1), "invalid_date");
    expectCode(() => addDays("2024-01-01", 5_000_000), "invalid_date");
    expectCode(() => daysBetween("2024-01-01", "2024-02-30"), "invalid_date");
    expectCode(() => daysBetween("x", "2024-02-01"), "invalid_date");
  });

  it("names the argument and the problem in the message", () => {
    expect(() => daysBetween("2024-01-01", "2024-02-30")).toThrow(/end date \(to\).*"2024-02-30".*does not exist/);
    expect(() => addDays("1-1-2024", 1)).toThrow(/The date .*"1-1-2024".*YYYY-MM-DD/);
  });

  it("covers the whole supported range", () => {
    expect(daysBetween("0001-01-01", "9999-12-31")).toBe(LAST_DAY - FIRST_DAY);
    expect(addDays("0001-01-01", LAST_DAY - FIRST_DAY)).toBe("9999-12-31");
  });
});

describe("addMonths", () => {
  it("clamps to the end of the month", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2024-08-31", 1)).toBe("2024-09-30");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2024-02-29", 48)).toBe("2028-02-29");
    expect(addMonths("2024-05-15", 0)).toBe("2024-05-15");
    expect(addMonths("2024-11-30", 2)).toBe("2025-01-30");
  });

  test.prop([anyDate, fc.integer({ min: -24_000, max: 24_000 })])("lands in month + n on min(day, days in that month)", (date, n) => {
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    const monthIndex = y * 12 + (m - 1) + n;
    const year = Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    if (year < 1 || year > 9999) {
      expectCode(() => addMonths(date, n), "invalid_date");
      return;
    }
    const day = Math.min(d, daysInMonth(year, month));
    expect(addMonths(date, n)).toBe(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  });

  test.prop([modernDate, fc.integer({ min: -1200, max: 1200 })])("adding then subtracting never moves a date later (clamping only shortens)", (date, n) => {
    expect(addMonths(addMonths(date, n), -n) <= date).toBe(true);
  });

  it("rejects bad input", () => {
    expectCode(() => addMonths("2024-02-30", 1), "invalid_date");
    expectCode(() => addMonths("2024-01-31", 0.5), "invalid_option");
    expectCode(() => addMonths("9999-12-01", 1), "invalid_date");
    expectCode(() => addMonths("2024-01-01", 200_000), "invalid_date");
  });
});

describe("dateLabel", () => {
  it("writes a date as prose does, in Dutch and English", () => {
    expect(dateLabel("2025-07-15", "nl")).toBe("15 juli 2025");
    expect(dateLabel("2025-07-15", "en")).toBe("15 July 2025");
    expect(dateLabel("2024-02-29", "nl")).toBe("29 februari 2024");
    expect(dateLabel("0001-01-01", "en")).toBe("1 January 1");
  });

  test.prop([modernDate])("names the same month as periodLabel names the date's month", (date) => {
    for (const lang of ["nl", "en"] as const) {
      expect(dateLabel(date, lang)).toBe(`${Number(date.slice(8, 10))} ${periodLabel(parsePeriod(date.slice(0, 7)), lang)}`);
    }
  });

  it("refuses a date that is not a real day and a language that is not nl or en", () => {
    expectCode(() => dateLabel("2023-02-29", "nl"), "invalid_date");
    expectCode(() => dateLabel("15-07-2025", "nl"), "invalid_date");
    expectCode(() => dateLabel("2025-07-15", "de" as never), "invalid_option");
  });
});
