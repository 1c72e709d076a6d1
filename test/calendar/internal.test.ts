import { fc, test } from "@fast-check/vitest";
import { afterEach, describe, expect, it } from "vitest";
import { describe as describeValue } from "../../src/calendar/_internal/describe.js";
import { utc, UtcDate } from "../../src/calendar/_internal/UtcDate.js";

describe("UtcDate (the date-fns context that computes in UTC)", () => {
  const original = process.env["TZ"];
  afterEach(() => {
    if (original === undefined) delete process.env["TZ"];
    else process.env["TZ"] = original;
  });

  test.prop([fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.constantFrom("Asia/Kathmandu", "America/St_Johns", "UTC")])("every local getter reads the UTC field", (time, zone) => {
    process.env["TZ"] = zone;
    const date = new UtcDate(time);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getDay(), date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds(), date.getTimezoneOffset()]).toEqual([
      date.getUTCFullYear(),
      date.getUTCMonth(),
      date.getUTCDate(),
      date.getUTCDay(),
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
      0,
    ]);
  });

  it("every local setter writes the UTC field, with exactly the arguments given", () => {
    process.env["TZ"] = "America/St_Johns";
    const date = new UtcDate(Date.UTC(2024, 0, 31, 12, 30, 15, 500));
    date.setFullYear(2023);
    expect(date.toISOString()).toBe("2023-01-31T12:30:15.500Z");
    date.setFullYear(2024, 1);
    expect(date.toISOString()).toBe("2024-03-02T12:30:15.500Z");
    date.setFullYear(2024, 1, 29);
    date.setMonth(2);
    expect(date.toISOString()).toBe("2024-03-29T12:30:15.500Z");
    date.setMonth(3, 0);
    date.setDate(30);
    expect(date.toISOString()).toBe("2024-03-30T12:30:15.500Z");
    date.setHours(0);
    date.setHours(1, 2);
    date.setHours(1, 2, 3);
    date.setHours(1, 2, 3, 4);
    expect(date.toISOString()).toBe("2024-03-30T01:02:03.004Z");
    date.setMinutes(5);
    date.setMinutes(5, 6);
    date.setMinutes(5, 6, 7);
    date.setSeconds(8);
    date.setSeconds(8, 9);
    date.setMilliseconds(10);
    expect(date.toISOString()).toBe("2024-03-30T01:05:08.010Z");
  });

  it("the context copies a Date, a time or a string", () => {
    expect(utc(new Date(0)).getTime()).toBe(0);
    expect(utc(86_400_000).getUTCDate()).toBe(2);
    expect(utc("1970-01-03T00:00:00Z")).toBeInstanceOf(UtcDate);
  });
});

describe("describe (values in error messages)", () => {
  it("shows each kind of value without throwing", () => {
    expect(describeValue("x".repeat(80))).toBe(JSON.stringify(`${"x".repeat(57)}...`));
    expect(describeValue(3n)).toBe("3n");
    expect(describeValue(-0)).toBe("-0");
    expect(describeValue(1.5)).toBe("1.5");
    expect(describeValue(null)).toBe("null");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(true)).toBe("true");
    expect(describeValue([])).toBe("an array");
    expect(describeValue({})).toBe("an object");
    expect(describeValue(new Date(0))).toMatch(/Date object/);
    expect(describeValue(Symbol("s"))).toBe("symbol");
    expect(describeValue(() => 1)).toBe("function");
  });
});
