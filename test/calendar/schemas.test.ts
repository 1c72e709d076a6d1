import { fc, test } from "@fast-check/vitest";
import { DeadlineKindSchema, DeadlineSchema, formatPeriod, isIsoDate, IsoDateSchema, PeriodCodeSchema, PeriodKindSchema, PeriodSchema, pcDeadlines } from "opkoers/calendar";
import { describe, expect, it } from "vitest";
import { anyDate, anyPeriod } from "./_oracle.js";

describe("IsoDateSchema", () => {
  it("accepts real dates and rejects the rest with an issue at the path", () => {
    expect(IsoDateSchema.parse("2024-02-29")).toBe("2024-02-29");
    for (const value of ["2023-02-29", "2024-02-29T00:00:00Z", "", 20240229, null, new Date()]) expect(IsoDateSchema.safeParse(value).success).toBe(false);
    const result = PeriodSchema.safeParse({ kind: "quarter", year: 2024, index: 5 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["index"]);
  });

  test.prop([fc.string({ maxLength: 12 })])("agrees with isIsoDate on any string", (value) => {
    expect(IsoDateSchema.safeParse(value).success).toBe(isIsoDate(value));
  });

  test.prop([anyDate])("accepts every real date", (date) => {
    expect(IsoDateSchema.parse(date)).toBe(date);
  });
});

describe("period schemas", () => {
  test.prop([anyPeriod])("accept every valid period and its code", (period) => {
    expect(PeriodSchema.parse(period)).toEqual(period);
    expect(PeriodCodeSchema.parse(formatPeriod(period))).toBe(formatPeriod(period));
  });

  it("reject invalid ones", () => {
    for (const code of ["2024-T4", "2024-Q0", "0000", "2024-13", "2024-q1", "2024-H1 "]) expect(PeriodCodeSchema.safeParse(code).success, code).toBe(false);
    for (const period of [{ kind: "week", year: 2024, index: 1 }, { kind: "year", year: 2024, index: 2 }, { kind: "month", year: 0, index: 1 }, { kind: "month", year: 2024, index: 1.5 }]) {
      expect(PeriodSchema.safeParse(period).success).toBe(false);
    }
    expect(PeriodKindSchema.safeParse("week").success).toBe(false);
  });
});

describe("DeadlineSchema", () => {
  it("round-trips every deadline of a calendar through JSON", () => {
    const calendar = pcDeadlines(2025, { recurring: [{ id: "berap", label: { nl: "Berap", en: "Report" }, every: "tertial", daysAfterEnd: 30 }] });
    for (const deadline of calendar) expect(DeadlineSchema.parse(JSON.parse(JSON.stringify(deadline)))).toEqual(deadline);
    expect(DeadlineKindSchema.safeParse("voorjaarsnota").success).toBe(false);
    const first = calendar[0];
    expect(DeadlineSchema.safeParse({ ...first, label: { nl: "x" } }).success).toBe(false);
    expect(DeadlineSchema.safeParse({ ...first, id: "" }).success).toBe(false);
  });
});
