import { describe, expect, it } from "vitest";
import {
  aggregateMeasurements,
  activityStatus,
  goalStatus,
  IndicatorSchema,
  indicatorStatus,
  POLICY_RULES,
  progressBetween,
  targetFor,
  type Activity,
  type Indicator,
} from "opkoers/policy";

const base: Indicator = {
  id: "x", name: "X", kind: "effect", unit: { kind: "count" }, direction: "higherIsBetter", accumulation: "stock",
  baseline: { period: "2022", value: 0 }, targets: [{ period: "2025", comparator: "atLeast", value: 100 }], measurements: [],
};
const paths = (indicator: unknown): string[] => {
  const result = IndicatorSchema.safeParse(indicator);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
};

describe("indicator cross-field rules", () => {
  it("checks values against the unit", () => {
    expect(paths({ ...base, unit: { kind: "money" }, targets: [{ period: "2025", comparator: "atLeast", value: 10.5 }] })).toEqual(["targets.0.value"]);
    expect(paths({ ...base, unit: { kind: "boolean" }, targets: [{ period: "2025", comparator: "equal", value: 2 }] })).toEqual(["targets.0.value"]);
    expect(paths({ ...base, direction: "withinBand", unit: { kind: "ordinal", min: 1, max: 4 }, baseline: { period: "2022", value: 0 }, targets: [{ period: "2025", comparator: "between", min: 1, max: 5 }] })).toEqual(["baseline.value", "targets.0.max"]);
  });

  it("checks the trajectory", () => {
    const { baseline: _baseline, ...withoutBaseline } = base;
    expect(paths({ ...withoutBaseline, trajectory: [{ period: "2023", value: 10 }] })).toEqual(["trajectory.0.period"]);
    expect(paths({ ...base, baseline: undefined })).toEqual(["baseline"]); // exact optional: absent, not undefined
    expect(paths({ ...base, trajectory: [{ period: "2026", value: 10 }] })).toEqual(["trajectory.0.period"]);
    expect(paths({ ...base, trajectory: [{ period: "2022-06", value: 10 }] })).toEqual(["trajectory.0.period"]);
    expect(paths({ ...base, trajectory: [{ period: "2024", value: 10 }, { period: "2023", value: 20 }] })).toEqual(["trajectory.0.value"]);
    expect(paths({ ...base, trajectory: [{ period: "2023", value: 10 }, { period: "2023", value: 20 }] })).toEqual(["trajectory.1.period"]);
  });

  it("names a rule for every assessment it makes", () => {
    const ids = new Set(POLICY_RULES.map((rule) => rule.id));
    const withValue: Indicator = { ...base, measurements: [{ period: "2023", value: { state: "available", value: 10 } }] };
    for (const assessment of [
      indicatorStatus(base, { asOf: "2024-01-01" }),
      indicatorStatus({ ...base, targets: [] }, { asOf: "2024-01-01" }),
      indicatorStatus(withValue, { asOf: "2024-01-01" }),
      indicatorStatus({ ...withValue, trajectory: [{ period: "2023", value: 5 }] }, { asOf: "2024-01-01" }),
    ]) expect(ids.has(assessment.ruleId)).toBe(true);
  });
});

describe("argument errors", () => {
  it("throws documented DomainError codes for bad arguments", () => {
    expect(() => progressBetween(1, 0, 2, "sideways" as never)).toThrow(expect.objectContaining({ code: "invalid_option" }));
    expect(() => targetFor(base, { asOf: "2024-02-30" })).toThrow(expect.objectContaining({ code: "invalid_date" }));
    expect(() => targetFor({ ...base, targets: [{ period: "2025-Q5", comparator: "atLeast", value: 1 }] })).toThrow(expect.objectContaining({ code: "invalid_period" }));
    expect(() => indicatorStatus(base, { asOf: "2024-01-01", atRiskGap: 0.3, offTrackGap: 0.2 })).toThrow(expect.objectContaining({ code: "invalid_option" }));
    expect(() => aggregateMeasurements([], { kind: "count" })).toThrow(expect.objectContaining({ code: "invalid_option" }));
    const activity: Activity = { id: "a", name: "A", kind: "project", milestones: [], revisions: [], lifecycle: { state: "planned" } };
    expect(() => activityStatus(activity, { asOf: "2024-01-01", dueWithinDays: -1 })).toThrow(expect.objectContaining({ code: "invalid_option" }));
    expect(() => goalStatus({ id: "g", statement: "G", indicatorIds: ["nope"], activityIds: [] }, { indicators: [], activities: [] }, { asOf: "2024-01-01" })).toThrow(
      expect.objectContaining({ code: "unknown_code" }),
    );
    expect(() => goalStatus({ id: "g", statement: "G", indicatorIds: [], activityIds: [] }, { indicators: [], activities: [] }, { asOf: "2024-01-01", rule: "best" as never })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });
});

describe("aggregation that is not possible says so", () => {
  it("returns notAvailable with a reason", () => {
    expect(aggregateMeasurements([{ state: "available", value: 3 }, { state: "available", value: 4 }], { kind: "ordinal", min: 1, max: 4 })).toMatchObject({ state: "notAvailable" });
    expect(aggregateMeasurements([{ state: "notAvailable", reason: "n.n.b." }], { kind: "count" })).toEqual({ state: "notAvailable", reason: "part 1 is not available (n.n.b.)" });
    expect(aggregateMeasurements([{ state: "available", value: 3, numerator: 0, denominator: 1 }], { kind: "percentage" })).toEqual({ state: "available", value: 0, numerator: 0, denominator: 1 });
  });
});

describe("activities", () => {
  const activity: Activity = {
    id: "a", name: "Woonzorgvisie", kind: "project", plannedStart: "2024-04-01", plannedEnd: "2024-12-31",
    milestones: [], revisions: [], lifecycle: { state: "planned" },
  };
  it("is delayed when its start has passed without starting, cancelled/completed when the lifecycle says so from its date", () => {
    expect(activityStatus(activity, { asOf: "2024-03-31" }).status).toBe("notStarted");
    expect(activityStatus(activity, { asOf: "2024-04-11" }).delay).toEqual({ reason: "pastStart", days: 10, subject: "start" });
    const completed: Activity = { ...activity, lifecycle: { state: "completed", startedOn: "2024-04-01", endedOn: "2025-01-10" } };
    expect(activityStatus(completed, { asOf: "2024-12-01" }).status).toBe("inProgress");
    expect(activityStatus(completed, { asOf: "2025-01-31" })).toMatchObject({ status: "completed", delay: { reason: "pastEnd", days: 10, subject: "end" } });
    const cancelled: Activity = { ...activity, lifecycle: { state: "cancelled", endedOn: "2024-02-01" } };
    expect(activityStatus(cancelled, { asOf: "2024-01-15" }).status).toBe("notStarted");
    expect(activityStatus(cancelled, { asOf: "2024-02-01" }).status).toBe("cancelled");
  });
  it("applies only the revisions decided by asOf", () => {
    const postponed: Activity = { ...activity, revisions: [{ subject: "start", to: "2024-09-01", decidedOn: "2024-05-01", reason: "Capaciteit" }] };
    expect(activityStatus(postponed, { asOf: "2024-04-20" }).delay?.reason).toBe("pastStart");
    expect(activityStatus(postponed, { asOf: "2024-05-02" }).delay).toEqual({ reason: "postponed", days: 153, subject: "start" });
  });
});
