import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parsePlanningDocument } from "opkoers/policy";
import { almeloZorg2022, almereJaarverslag2024 } from "./_seeds.js";

const clone = <T>(value: T): any => JSON.parse(JSON.stringify(value)); // eslint-disable-line @typescript-eslint/no-explicit-any

function issuesOf(json: unknown): { path: string; code: string; message: string }[] {
  const result = parsePlanningDocument(json);
  return result.ok ? [] : result.issues.map((issue) => ({ path: issue.path.join("."), code: issue.code, message: issue.message }));
}

describe("parsePlanningDocument", () => {
  test.prop([fc.anything()])("never throws, for any input", (input) => {
    const result = parsePlanningDocument(input);
    expect(typeof result.ok).toBe("boolean");
  });

  test.prop([fc.jsonValue()])("never throws for any JSON, and every issue has a path array, a code and a message", (input) => {
    const result = parsePlanningDocument(input);
    if (!result.ok) {
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) {
        expect(Array.isArray(issue.path)).toBe(true);
        expect(issue.code.length).toBeGreaterThan(0);
        expect(issue.message.length).toBeGreaterThan(0);
      }
    }
  });

  it("returns issues instead of throwing on a deeply nested document", () => {
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = parsePlanningDocument({ type: "begroting", municipality: { code: "GM0034" }, year: 2024, programmes: deep });
    expect(result.ok).toBe(false);
  });

  it("rejects unknown keys (also __proto__) and pollutes no prototype", () => {
    const polluted = JSON.parse('{"type":"begroting","municipality":{"code":"GM0034","__proto__":{"polluted":1}},"year":2024,"programmes":[],"__proto__":{"polluted":1}}');
    expect(issuesOf(polluted)).toEqual([
      { path: "municipality", code: "unrecognized_keys", message: 'Unrecognized key: "__proto__"' },
      { path: "", code: "unrecognized_keys", message: 'Unrecognized key: "__proto__"' },
    ]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    const typo = clone(almeloZorg2022);
    typo.programmes[0].goals[0].indicatorsIds = [];
    expect(issuesOf(typo).map((i) => `${i.path} ${i.code}`)).toEqual(["programmes.0.goals.0 unrecognized_keys"]);
  });

  it("does not change its input and returns a new object", () => {
    const input = clone(almereJaarverslag2024);
    const before = JSON.stringify(input);
    const result = parsePlanningDocument(input);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
    if (result.ok) expect(result.value).not.toBe(input);
  });

  // Each case: a mutation of a valid document, and the path of the issue it must produce.
  const cases: [string, (doc: any) => void, string][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
    ["municipality code not GM + 4 digits", (d) => (d.municipality.code = "GM34"), "municipality.code"],
    ["year not an integer", (d) => (d.year = 2022.5), "year"],
    ["unknown document type", (d) => (d.type = "voorjaarsnota"), "type"],
    ["indicator value NaN-like (string)", (d) => (d.programmes[0].indicators[0].targets[0].value = "250"), "programmes.0.indicators.0.targets.0.value"],
    ["indicator value beyond 1e15", (d) => (d.programmes[0].indicators[0].targets[0].value = 1e16), "programmes.0.indicators.0.targets.0.value"],
    ["between needs two bounds", (d) => (d.programmes[0].indicators[0].targets[0] = { period: "2022", comparator: "between", min: 1 }), "programmes.0.indicators.0.targets.0.max"],
    ["between min > max", (d) => (d.programmes[0].indicators[0].targets[0] = { period: "2022", comparator: "between", min: 5, max: 1 }), "programmes.0.indicators.0.targets.0.max"],
    ["comparator against direction", (d) => (d.programmes[0].indicators[0].targets[0].comparator = "atMost"), "programmes.0.indicators.0.targets.0.comparator"],
    ["two targets for one period", (d) => d.programmes[0].indicators[0].targets.push({ period: "2022", comparator: "atLeast", value: 1 }), "programmes.0.indicators.0.targets.1.period"],
    ["invalid period code", (d) => (d.programmes[0].indicators[0].targets[0].period = "2022-Q5"), "programmes.0.indicators.0.targets.0.period"],
    ["target not after the baseline", (d) => (d.programmes[0].indicators[2].baseline.period = "2023"), "programmes.0.indicators.2.targets.0.period"],
    ["ordinal value outside the scale", (d) => (d.programmes[0].indicators[1].targets[0].value = 5), "programmes.0.indicators.1.targets.0.value"],
    ["ordinal labels count", (d) => (d.programmes[0].indicators[1].unit.labels = ["a"]), "programmes.0.indicators.1.unit.labels"],
    ["n.n.b. with a value", (d) => d.programmes[0].indicators[0].measurements.push({ period: "2022", value: { state: "notAvailable", value: 0 } }), "programmes.0.indicators.0.measurements.0.value"],
    ["numerator without denominator", (d) => d.programmes[0].indicators[3].measurements.push({ period: "2022", value: { state: "available", value: 10, numerator: 1 } }), "programmes.0.indicators.3.measurements.0.value.denominator"],
    ["numerator/denominator inconsistent with the value", (d) => d.programmes[0].indicators[3].measurements.push({ period: "2022", value: { state: "available", value: 10, numerator: 1, denominator: 4 } }), "programmes.0.indicators.3.measurements.0.value.value"],
    ["numerator on a count", (d) => d.programmes[0].indicators[0].measurements.push({ period: "2022", value: { state: "available", value: 10, numerator: 1, denominator: 4 } }), "programmes.0.indicators.0.measurements.0.value.numerator"],
    ["duplicate measurement", (d) => d.programmes[0].indicators[0].measurements.push({ period: "2022", value: { state: "notAvailable" } }, { period: "2022", value: { state: "notAvailable" } }), "programmes.0.indicators.0.measurements.1.period"],
    ["goal links to a missing indicator", (d) => (d.programmes[0].goals[1].indicatorIds[0] = "vve"), "programmes.0.goals.1.indicatorIds.0"],
    ["goal links to a missing activity", (d) => (d.programmes[0].goals[0].activityIds[1] = "glii"), "programmes.0.goals.0.activityIds.1"],
    ["duplicate activity id", (d) => (d.programmes[0].activities[1].id = "preventieagenda"), "programmes.0.activities.1.id"],
    ["planned start after end", (d) => (d.programmes[0].activities[0].plannedEnd = "2021-12-31"), "programmes.0.activities.0.plannedEnd"],
    ["ended before started", (d) => (d.programmes[0].activities[0].lifecycle = { state: "completed", startedOn: "2022-05-01", endedOn: "2022-04-01" }), "programmes.0.activities.0.lifecycle.endedOn"],
    ["impossible date", (d) => (d.programmes[0].activities[0].plannedEnd = "2022-02-30"), "programmes.0.activities.0.plannedEnd"],
    ["revision of a missing milestone", (d) => d.programmes[0].activities[0].revisions.push({ subject: "milestone", milestoneId: "x", to: "2023-01-01", decidedOn: "2022-01-01", reason: "r" }), "programmes.0.activities.0.revisions.0.milestoneId"],
    ["budget amount in fractions of cents", (d) => (d.programmes[0].activities[0].budget.amount = 9600.5), "programmes.0.activities.0.budget.amount"],
    ["budget link to a missing programme", (d) => (d.programmes[0].activities[0].budget.programme = "wonen"), "programmes.0.activities.0.budget.programme"],
    ["unknown reported scale", (d) => (d.programmes[0].goals[0].reported = { scale: "regenboog", level: "groen" }), "programmes.0.goals.0.reported.scale"],
    ["unknown reported level", (d) => (d.programmes[0].goals[0].reported = { scale: "threeColour", level: "paars" }), "programmes.0.goals.0.reported.level"],
    ["taakveld not a code", (d) => (d.programmes[0].taakvelden[0] = "zorg"), "programmes.0.taakvelden.0"],
  ];
  it.each(cases)("rejects: %s", (_name, mutate, path) => {
    const doc = clone(almeloZorg2022);
    mutate(doc);
    const issues = issuesOf(doc);
    expect(issues.map((i) => i.path)).toContain(path);
  });

  it("checks a bestuursrapportage's period and the document's own scales", () => {
    const burap = { ...clone(almereJaarverslag2024), type: "bestuursrapportage", period: "2024-T2" };
    expect(issuesOf(burap)).toEqual([]);
    expect(issuesOf({ ...burap, period: "2025-T1" }).map((i) => i.path)).toEqual(["period"]);
    expect(issuesOf({ ...burap, period: "2024" }).map((i) => i.path)).toEqual(["period"]);
    const own = clone(almereJaarverslag2024);
    own.statusScales = [{ id: "almere", name: { nl: "Almere", en: "Almere" }, source: "eigen", levels: [{ code: "klaar", label: { nl: "klaar", en: "done" }, description: { nl: "", en: "" }, statuses: ["achieved", "completed"] }] }];
    own.programmes[0].goals[0].reported = { scale: "almere", level: "klaar" };
    expect(issuesOf(own)).toEqual([]);
    own.statusScales[0].levels.push({ code: "klaar", label: { nl: "", en: "" }, description: { nl: "", en: "" }, statuses: ["achieved"] });
    expect(issuesOf(own).map((i) => i.path)).toEqual(["statusScales.0.levels.1.code", "statusScales.0.levels.1.statuses.0"]);
  });
});
