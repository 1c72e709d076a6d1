// Issue 18: a malformed date in a planning document is one issue at its path, not two (pattern and calendar).
import { describe, expect, it } from "vitest";
import { DateRevisionSchema, MilestoneSchema, parsePlanningDocument } from "opkoers/policy";

describe("planning document dates", () => {
  it("reports a malformed date once per path, and an impossible day once", () => {
    const issues = (due: unknown) => MilestoneSchema.safeParse({ id: "m1", label: "Oplevering", due }).error?.issues.map((i) => [i.path.join("."), i.code, i.message]);
    for (const due of ["2024-3-1", "1-3-2024", "2024-03-01T00:00", ""]) expect(issues(due)).toEqual([["due", "invalid_format", "A date must be written YYYY-MM-DD."]]);
    for (const due of ["2023-02-29", "2024-04-31", "0000-01-01"]) expect(issues(due)).toEqual([["due", "custom", "A date must be a real calendar date (YYYY-MM-DD, years 0001–9999)."]]);
    expect(issues(20240301)).toEqual([["due", "invalid_type", "A date must be a string YYYY-MM-DD."]]);
    expect(issues("2024-02-29")).toBeUndefined();
    const revision = DateRevisionSchema.safeParse({ subject: "end", to: "2025-6-31", decidedOn: "2024-02-30", reason: "x" });
    expect(revision.error?.issues.map((i) => i.path.join("."))).toEqual(["to", "decidedOn"]);
  });
});

describe("planning document dates: a date that is no real day is not compared again (issue 19)", () => {
  const document = (activity: Record<string, unknown>): unknown => ({
    type: "begroting",
    municipality: { code: "GM0034" },
    year: 2024,
    programmes: [
      {
        code: "1",
        name: "Zorg",
        portfolioHolders: [],
        taakvelden: [],
        partners: [],
        goals: [],
        indicators: [],
        activities: [{ id: "a", name: "Pilot", kind: "project", milestones: [], revisions: [], lifecycle: { state: "planned" }, ...activity }],
      },
    ],
  });
  const issuesOf = (activity: Record<string, unknown>): string[][] => {
    const parsed = parsePlanningDocument(document(activity));
    return parsed.ok ? [] : parsed.issues.map((i) => [i.path.join("."), i.code]);
  };

  it("a planned end on 29 February of a common year is one issue, not also 'before the planned start'", () => {
    expect(issuesOf({ plannedStart: "2024-01-01", plannedEnd: "2023-02-29" })).toEqual([["programmes.0.activities.0.plannedEnd", "custom"]]);
    // A real day before the start is still reported, once.
    expect(issuesOf({ plannedStart: "2024-01-01", plannedEnd: "2023-02-28" })).toEqual([["programmes.0.activities.0.plannedEnd", "custom"]]);
    expect(issuesOf({ plannedStart: "2024-01-01", plannedEnd: "2024-12-31" })).toEqual([]);
  });

  it("a lifecycle with a start date that is no real day reports that date only", () => {
    const lifecycle = { state: "completed", startedOn: "2024-02-30", endedOn: "2024-02-01" };
    expect(issuesOf({ lifecycle })).toEqual([["programmes.0.activities.0.lifecycle.startedOn", "custom"]]);
    expect(issuesOf({ lifecycle: { ...lifecycle, startedOn: "2024-02-20" } })).toEqual([["programmes.0.activities.0.lifecycle.endedOn", "custom"]]);
  });
});
