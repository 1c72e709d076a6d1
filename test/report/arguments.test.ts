// Every report export throws only DomainError for null, undefined and wrongly typed arguments (issue 18 §2).
import { describe, expect, it } from "vitest";
import * as report from "opkoers/report";
import { bundledExample } from "opkoers/cli";

const VALUES: readonly unknown[] = [null, undefined, 0, -1, 1.5, Number.NaN, 10n, "", "x", "text", true, [], [null], [1, "a"], [{}], {}, { a: 1 }, { planning: null }, { planning: {} }, () => 1, Symbol("s")];

/** Call `f` and return what it threw, or `undefined`. */
function thrown(f: () => unknown): unknown {
  try {
    f();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe("report exports and wrongly typed arguments", () => {
  const [input] = bundledExample();
  const built = report.buildReport(input as report.ReportInput);
  const calls: Record<string, (value: unknown, position: number) => unknown> = {
    buildReport: (v, p) => (p === 0 ? report.buildReport(v as never) : report.buildReport(input as report.ReportInput, v as never)),
    renderReport: (v, p) => (p === 0 ? report.renderReport(v as never) : report.renderReport([built], v as never)),
    parseReportInput: (v) => report.parseReportInput(v),
  };

  for (const [name, call] of Object.entries(calls)) {
    for (const position of name === "parseReportInput" ? [0] : [0, 1]) {
      it(`${name}: argument ${position + 1} of every type gives a result or a DomainError, never another error`, () => {
        for (const value of VALUES) {
          const error = thrown(() => call(value, position));
          if (error !== undefined) expect(report.isDomainError(error), `${name} argument ${position + 1} = ${String(value)}: ${String(error)}`).toBe(true);
        }
      });
    }
  }

  it("renderReport refuses null and non-reports with invalid_option (they gave a TypeError)", () => {
    for (const value of [null, undefined, 1, "x", {}]) expect(thrown(() => report.renderReport(value as never))).toMatchObject({ code: "invalid_option" });
    for (const value of [[null], [1], [{}], [{ ...built, programmes: [null] }], [{ ...built, scale: null }]]) {
      expect(thrown(() => report.renderReport(value as never))).toMatchObject({ code: "invalid_option", details: expect.objectContaining({ option: "reports" }) });
    }
    expect(thrown(() => report.renderReport([built], null as never))).toMatchObject({ code: "invalid_option", details: expect.objectContaining({ option: "options" }) });
    expect(thrown(() => report.renderReport([built], { format: 10n } as never))).toMatchObject({ code: "invalid_option", details: expect.objectContaining({ option: "format" }) });
    // Without arguments that are wrong, it still renders.
    expect(report.renderReport([], undefined)).toBe("Voortgangsrapportage\n\nGeen rapportages.\n");
  });

  it("buildReport refuses what is not a report input with invalid_option, naming what is wrong", () => {
    expect(thrown(() => report.buildReport(null as never))).toMatchObject({ code: "invalid_option", details: expect.objectContaining({ option: "input" }) });
    expect(thrown(() => report.buildReport({ planning: { municipality: {}, year: 2024, programmes: [null] } } as never))).toMatchObject({ code: "invalid_option", details: expect.objectContaining({ option: "input" }) });
    expect(thrown(() => report.buildReport(input as report.ReportInput, null as never))).toMatchObject({ code: "invalid_option", details: expect.objectContaining({ option: "options" }) });
    expect(thrown(() => report.buildReport(input as report.ReportInput, { asOf: 10n } as never))).toMatchObject({ code: "invalid_date" });
    expect(thrown(() => report.buildReport(input as report.ReportInput, { scale: {} } as never))).toMatchObject({ code: "invalid_option", details: expect.objectContaining({ option: "scale" }) });
  });
});
