import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { parseBudget } from "opkoers/budget";
import { documentArb } from "./arbitraries.js";

const valid = () => ({
  budgetYear: 2024,
  programmes: [{ code: "zorg", name: "Zorg" }],
  taakvelden: ["6.1", "0.10"],
  reserves: [{ code: "AR", name: "Algemene reserve", kind: "general" }],
  phases: [
    { id: "primitief", kind: "original" },
    { id: "q1", kind: "actual", quarter: 1 },
  ],
  lines: [{ programme: "zorg", taakveld: "6.1", year: 2024, phase: "primitief", expenses: 100, revenue: 0, nature: "structureel" }] as Record<string, unknown>[],
  amendments: [] as Record<string, unknown>[],
});

const issuesOf = (json: unknown): [string, string][] => {
  const result = parseBudget(json);
  return result.ok ? [] : result.issues.map((i) => [i.path.join("."), i.code]);
};

describe("parseBudget", () => {
  it("accepts a valid document", () => {
    expect(parseBudget(valid())).toEqual({ ok: true, value: valid() });
  });

  it("names what is wrong and where", () => {
    const doc = valid();
    doc.lines.push({ programme: "zorg", taakveld: "6.1", year: 2024, phase: "begroting", expenses: 1, revenue: 0, nature: "structureel" });
    doc.lines.push({ programme: "sport", taakveld: "5.1", year: 2024, phase: "primitief", expenses: 1, revenue: 0, nature: "structureel" });
    doc.lines.push({ programme: "zorg", taakveld: "6.1", year: 2024, phase: "primitief", expenses: 1, revenue: 0, nature: "structureel", reserve: "AR" });
    doc.amendments.push({ id: "primitief", number: 1, date: "2024-01-01", decision: "x", mutations: [{ programme: "zorg", taakveld: "0.10", year: 2024, expenses: 0, revenue: 1, nature: "incidenteel", reserve: "BR" }] });
    expect(issuesOf(doc)).toEqual([
      ["amendments.0.id", "duplicate"],
      ["lines.1.phase", "unknown_phase"],
      ["lines.2.programme", "unknown_programme"],
      ["lines.2.taakveld", "unknown_taakveld"],
      ["lines.3.reserve", "reserve_outside_0_10"],
      ["amendments.0.mutations.0.reserve", "unknown_reserve"],
    ]);
  });

  it("reports structural problems with their paths: no programme, no whole cents, unknown phase kind", () => {
    const doc = valid();
    doc.lines.push({ taakveld: "6.1", year: 2024, phase: "primitief", expenses: 10.5, revenue: "0", nature: "structureel" });
    (doc.phases as unknown[]).push({ id: "x", kind: "begroting" });
    expect(issuesOf(doc)).toEqual([
      ["phases.2.kind", "invalid_value"],
      ["lines.1.programme", "invalid_type"],
      ["lines.1.expenses", "invalid_type"],
      ["lines.1.revenue", "invalid_type"],
    ]);
  });

  it("rejects amendment phases among the phases, quarters on non-actual phases, duplicates, and taakvelden a validator rejects", () => {
    const doc = valid();
    (doc.phases as unknown[]).push({ id: "bw", kind: "amendment" }, { id: "vjn", kind: "forecast", quarter: 2 }, { id: "q1", kind: "actual" });
    doc.programmes.push({ code: "zorg", name: "Zorg bis" });
    expect(issuesOf(doc)).toEqual([
      ["programmes.1", "duplicate"],
      ["phases.4", "duplicate"],
      ["phases.2.kind", "amendment_phase"],
      ["phases.3.quarter", "quarter_not_actual"],
    ]);
    const strict = parseBudget(valid(), { isValidTaakveld: (code, year) => !(code === "6.1" && year === 2024) });
    expect(strict.ok ? [] : strict.issues.map((i) => [i.path.join("."), i.code])).toEqual([["taakvelden.0", "invalid_taakveld"]]);
  });

  it("reports the same amendment number twice and an amendment line put among the lines", () => {
    const doc = valid();
    doc.amendments.push({ id: "bw-1", number: 1, date: "2024-01-01", decision: "x", mutations: [] }, { id: "bw-2", number: 1, date: "2024-02-01", decision: "y", mutations: [] });
    doc.lines.push({ programme: "zorg", taakveld: "6.1", year: 2024, phase: "bw-1", expenses: 1, revenue: 0, nature: "structureel" });
    const result = parseBudget(doc);
    expect(result.ok ? [] : result.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["amendments.1.number", "duplicate"],
      ["lines.1.phase", "unknown_phase"],
    ]);
    expect(result.ok ? "" : result.issues[1]?.message).toContain("amendment");
  });

  test.prop([fc.anything()])("never throws, whatever it is given", (json) => {
    const result = parseBudget(json);
    expect(typeof result.ok).toBe("boolean");
  });

  test.prop([documentArb])("every generated valid document round-trips through JSON", (doc) => {
    const result = parseBudget(JSON.parse(JSON.stringify(doc)));
    expect(result).toEqual({ ok: true, value: doc });
  });
});
