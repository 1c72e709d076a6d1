// Issue 18: a malformed date in a planning document is one issue at its path, not two (pattern and calendar).
import { describe, expect, it } from "vitest";
import { DateRevisionSchema, MilestoneSchema } from "opkoers/policy";

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
