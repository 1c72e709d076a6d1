import { describe, expect, it } from "vitest";
import {
  ActivitySchema,
  DateRevisionSchema,
  GoalSchema,
  IndicatorSchema,
  IndicatorUnitSchema,
  LifecycleSchema,
  MeasurementValueSchema,
  parsePlanningDocument,
  planningDocumentJsonSchema,
  type Indicator,
} from "opkoers/policy";

interface Found {
  readonly path: string;
  readonly message: string;
}
/** The issues a schema finds, as "path" and message. */
function found(schema: { safeParse(value: unknown): { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }, value: unknown): Found[] {
  const result = schema.safeParse(value);
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}
const paths = (schema: Parameters<typeof found>[0], value: unknown): string[] => found(schema, value).map((issue) => issue.path);

describe("units and values", () => {
  it("an ordinal scale needs min < max", () => {
    expect(found(IndicatorUnitSchema, { kind: "ordinal", min: 4, max: 4 })).toEqual([{ path: "max", message: "An ordinal scale needs min < max, but it runs from 4 to 4." }]);
    expect(found(IndicatorUnitSchema, { kind: "ordinal", min: 1, max: 4 })).toEqual([]);
  });

  it("a denominator without a numerator is reported at the numerator", () => {
    expect(found(MeasurementValueSchema, { state: "available", value: 50, denominator: 2 })).toEqual([{ path: "numerator", message: "Give both numerator and denominator, or neither." }]);
  });
});

describe("goals", () => {
  const goal = { id: "g", statement: "G", indicatorIds: ["i"], activityIds: ["a"] };

  it("links an item once, over indicators and activities together", () => {
    expect(found(GoalSchema, { ...goal, indicatorIds: ["i", "i"], activityIds: ["i"] })).toEqual([
      { path: "indicatorIds.1", message: '"i" is linked to goal "g" twice.' },
      { path: "activityIds.0", message: '"i" is linked to goal "g" twice.' },
    ]);
  });

  it("weighs only linked items, each once", () => {
    expect(found(GoalSchema, { ...goal, weights: [{ id: "i", weight: 2 }, { id: "a", weight: 1 }] })).toEqual([]);
    expect(found(GoalSchema, { ...goal, weights: [{ id: "x", weight: 1 }] })).toEqual([{ path: "weights.0.id", message: 'The weight names "x", which goal "g" does not link to.' }]);
    expect(found(GoalSchema, { ...goal, weights: [{ id: "a", weight: 1 }, { id: "a", weight: 2 }] })).toEqual([{ path: "weights.1.id", message: '"a" has two weights.' }]);
  });
});

describe("activities", () => {
  it("a lifecycle's dates fit its state", () => {
    expect(found(LifecycleSchema, { state: "planned", startedOn: "2024-01-01" })).toEqual([{ path: "startedOn", message: "A planned activity has not started; remove startedOn or change the state." }]);
    expect(found(LifecycleSchema, { state: "started", startedOn: "2024-01-01", endedOn: "2024-02-01" })).toEqual([
      { path: "endedOn", message: "An activity that is started has not ended; remove endedOn or change the state." },
    ]);
    expect(paths(LifecycleSchema, { state: "planned", endedOn: "2024-02-01" })).toEqual(["endedOn"]);
    expect(found(LifecycleSchema, { state: "completed", startedOn: "2024-01-01", endedOn: "2024-02-01" })).toEqual([]);
  });

  it("a milestone revision names its milestone, the others do not", () => {
    expect(found(DateRevisionSchema, { subject: "milestone", to: "2024-06-01", decidedOn: "2024-01-01", reason: "r" })).toEqual([
      { path: "milestoneId", message: "A milestone revision must name its milestone (milestoneId)." },
    ]);
    expect(found(DateRevisionSchema, { subject: "start", milestoneId: "m", to: "2024-06-01", decidedOn: "2024-01-01", reason: "r" })).toEqual([
      { path: "milestoneId", message: "A revision of the planned start has no milestoneId." },
    ]);
  });

  const activity = { id: "a", name: "A", kind: "project", milestones: [], revisions: [], lifecycle: { state: "planned" } };

  it("milestone ids are unique within the activity", () => {
    const milestones = [{ id: "m", label: "M1", due: "2024-03-01" }, { id: "m", label: "M2", due: "2024-04-01" }];
    expect(found(ActivitySchema, { ...activity, milestones })).toEqual([{ path: "milestones.1.id", message: 'The milestone id "m" occurs twice in activity "a".' }]);
  });

  it("a revision of the start or end needs that date to revise", () => {
    const revisions = [
      { subject: "start", to: "2024-06-01", decidedOn: "2024-01-01", reason: "r" },
      { subject: "end", to: "2024-12-01", decidedOn: "2024-01-01", reason: "r" },
    ];
    expect(found(ActivitySchema, { ...activity, revisions })).toEqual([
      { path: "revisions.0.subject", message: "A revision of the planned start needs a plannedStart to revise." },
      { path: "revisions.1.subject", message: "A revision of the planned end needs a plannedEnd to revise." },
    ]);
    expect(found(ActivitySchema, { ...activity, plannedStart: "2024-02-01", plannedEnd: "2024-10-01", revisions })).toEqual([]);
  });
});

describe("indicators", () => {
  const down: Indicator = {
    id: "d", name: "D", kind: "effect", unit: { kind: "count" }, direction: "lowerIsBetter", accumulation: "stock",
    baseline: { period: "2022", value: 100 }, targets: [{ period: "2025", comparator: "atMost", value: 0 }], measurements: [],
  };

  it("a lower-is-better trajectory goes down from the baseline", () => {
    expect(found(IndicatorSchema, { ...down, trajectory: [{ period: "2023", value: 50 }, { period: "2024", value: 20 }] })).toEqual([]);
    expect(found(IndicatorSchema, { ...down, trajectory: [{ period: "2024", value: 60 }, { period: "2023", value: 50 }] })).toEqual([
      { path: "trajectory.0.value", message: "The trajectory must move from the baseline towards the target (lowerIsBetter), but 60 at 2024 goes back from 50." },
    ]);
    expect(paths(IndicatorSchema, { ...down, trajectory: [{ period: "2023", value: 120 }] })).toEqual(["trajectory.0.value"]);
  });

  it("a trajectory point with a bad period code is reported once, by the period check", () => {
    expect(paths(IndicatorSchema, { ...down, trajectory: [{ period: "2023-Q9", value: 50 }] })).toEqual(["trajectory.0.period"]);
  });

  it("a rate's value matches numerator / denominator × its base, to the decimals it is written with", () => {
    const rate = { ...down, unit: { kind: "rate", per: 1000, of: "inwoners" } };
    const measured = (value: number): unknown => ({ ...rate, measurements: [{ period: "2024", value: { state: "available", value, numerator: 1, denominator: 3 } }] });
    expect(paths(IndicatorSchema, measured(333.33))).toEqual([]);
    expect(paths(IndicatorSchema, measured(333.3))).toEqual([]);
    expect(paths(IndicatorSchema, measured(333))).toEqual([]);
    expect(found(IndicatorSchema, measured(333.2))).toEqual([
      { path: "measurements.0.value.value", message: `The value 333.2 does not match numerator 1 / denominator 3 × 1000 = ${(1 / 3) * 1000}.` },
    ]);
    expect(paths(IndicatorSchema, measured(332))).toEqual(["measurements.0.value.value"]);
  });

  it("a value in exponent notation is held to the exact quotient", () => {
    const percentage = { ...down, unit: { kind: "percentage" } };
    const measured = (value: number): unknown => ({ ...percentage, measurements: [{ period: "2024", value: { state: "available", value, numerator: 1, denominator: 1e9 } }] });
    expect(paths(IndicatorSchema, measured(1e-7))).toEqual([]);
    expect(paths(IndicatorSchema, measured(2e-7))).toEqual(["measurements.0.value.value"]);
  });

  it("names the part of a duplicate measurement", () => {
    const twice = { period: "2024", breakdown: "Haven", value: { state: "available", value: 1 } };
    expect(found(IndicatorSchema, { ...down, measurements: [twice, twice] })).toEqual([{ path: "measurements.1.period", message: "There is already a measurement for 2024 (Haven)." }]);
    expect(found(IndicatorSchema, { ...down, measurements: [twice, { ...twice, breakdown: "Poort" }] })).toEqual([]);
  });
});

describe("documents", () => {
  const programme = (code: string): unknown => ({ code, name: code, portfolioHolders: [], goals: [], activities: [], indicators: [], taakvelden: [], partners: [] });
  const document = (extra: Record<string, unknown>): unknown => ({ type: "begroting", municipality: { code: "GM0034", name: "Almere" }, year: 2024, programmes: [], ...extra });
  const issues = (json: unknown): Found[] => {
    const result = parsePlanningDocument(json);
    return result.ok ? [] : result.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  };

  it("programme codes and scale ids are unique", () => {
    expect(issues(document({ programmes: [programme("zorg"), programme("wonen"), programme("zorg")] }))).toEqual([{ path: "programmes.2.code", message: 'The programme code "zorg" occurs twice.' }]);
    const scale = { id: "eigen", name: { nl: "Eigen", en: "Own" }, source: "eigen", levels: [{ code: "klaar", label: { nl: "klaar", en: "done" }, description: { nl: "", en: "" }, statuses: ["achieved"] }] };
    expect(issues(document({ statusScales: [scale] }))).toEqual([]);
    expect(issues(document({ statusScales: [scale, scale] }))).toEqual([{ path: "statusScales.1.id", message: 'The scale id "eigen" occurs twice.' }]);
  });

  it("turns a failure of validation itself into a parse_failed issue, also when what is thrown is not an Error", () => {
    const throwing = (thrown: unknown): unknown =>
      Object.defineProperty({ municipality: { code: "GM0034" }, year: 2024, programmes: [] }, "type", {
        enumerable: true,
        get(): never {
          throw thrown;
        },
      });
    expect(parsePlanningDocument(throwing(new Error("boom")))).toEqual({ ok: false, issues: [{ path: [], code: "parse_failed", message: "The document could not be validated: boom" }] });
    expect(parsePlanningDocument(throwing("kapot"))).toEqual({ ok: false, issues: [{ path: [], code: "parse_failed", message: "The document could not be validated: kapot" }] });
  });

  it("planningDocumentJsonSchema refuses a type that is not a document type", () => {
    expect(() => planningDocumentJsonSchema("voorjaarsnota" as never)).toThrowError(
      expect.objectContaining({ code: "invalid_option", message: expect.stringContaining('"voorjaarsnota" is not a document type; use "begroting", "bestuursrapportage" or "jaarverslag".'), details: { value: "voorjaarsnota" } }),
    );
    expect(() => planningDocumentJsonSchema(Symbol("nota") as never)).toThrowError(expect.objectContaining({ code: "invalid_option", message: expect.stringContaining("Symbol(nota) is not a document type") }));
    expect(planningDocumentJsonSchema("jaarverslag")["title"]).toBe("opkoers jaarverslag");
  });
});
