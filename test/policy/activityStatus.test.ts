import { describe, expect, it } from "vitest";
import { activityStatus, plannedDates, type Activity, type DateRevision } from "opkoers/policy";

const base: Activity = {
  id: "a", name: "Woonzorgvisie", kind: "project", plannedStart: "2024-01-01", plannedEnd: "2024-12-31",
  milestones: [], revisions: [], lifecycle: { state: "started", startedOn: "2024-01-01" },
};

describe("activityStatus", () => {
  it("needs an asOf date", () => {
    expect(() => activityStatus(base, {} as never)).toThrowError(expect.objectContaining({ code: "invalid_date", message: "[opkoers] activityStatus needs an asOf date." }));
    expect(() => activityStatus(base, undefined as never)).toThrowError(expect.objectContaining({ code: "invalid_date" }));
    expect(() => activityStatus(base, { asOf: "2024-02-30" })).toThrowError(expect.objectContaining({ code: "invalid_date", message: expect.stringContaining('"2024-02-30"') }));
  });

  it("refuses a dueWithinDays that is not a whole number ≥ 0", () => {
    expect(() => activityStatus(base, { asOf: "2024-06-01", dueWithinDays: 1.5 })).toThrowError(
      expect.objectContaining({ code: "invalid_option", message: expect.stringContaining("dueWithinDays must be a whole number ≥ 0, but it is 1.5."), details: { option: "dueWithinDays", value: 1.5 } }),
    );
  });

  it("an activity recorded as started, but from a later date, has not started yet", () => {
    const later: Activity = { ...base, plannedStart: "2024-05-01", lifecycle: { state: "started", startedOn: "2024-05-01" } };
    expect(activityStatus(later, { asOf: "2024-04-15" })).toMatchObject({ status: "notStarted", state: "planned" });
    expect(activityStatus(later, { asOf: "2024-05-01" })).toMatchObject({ status: "inProgress", state: "started" });
  });

  it("of several overdue milestones, names the one most overdue", () => {
    const two: Activity = {
      ...base,
      milestones: [
        { id: "m1", label: "Concept", due: "2024-03-01" },
        { id: "m2", label: "Inspraak", due: "2024-02-01" },
        { id: "m3", label: "Vaststelling", due: "2024-04-20" },
      ],
    };
    const assessment = activityStatus(two, { asOf: "2024-04-01", dueWithinDays: 10 });
    expect(assessment.status).toBe("delayed");
    expect(assessment.delay).toEqual({ reason: "milestoneOverdue", days: 60, subject: "m2" });
    expect(assessment.milestones.map((m) => [m.id, m.status, m.days])).toEqual([["m1", "overdue", -31], ["m2", "overdue", -60], ["m3", "upcoming", 19]]);
    expect(assessment.message.nl).toBe('Woonzorgvisie: vertraagd; mijlpaal "Inspraak" is 60 dagen verstreken.');
    expect(assessment.message.en).toBe('Woonzorgvisie: delayed; milestone "Inspraak" passed 60 days ago.');
  });

  it("a postponed start or end is named without a new date; a single day is a 'dag'", () => {
    const start: Activity = { ...base, lifecycle: { state: "planned" }, revisions: [{ subject: "start", to: "2024-01-02", decidedOn: "2023-12-01", reason: "r" }] };
    expect(activityStatus(start, { asOf: "2024-01-01" }).message).toEqual({
      nl: "Woonzorgvisie: vertraagd; de geplande start is 1 dag uitgesteld.",
      en: "Woonzorgvisie: delayed; the planned start was postponed by 1 day.",
    });
    const end: Activity = { ...base, revisions: [{ subject: "end", to: "2025-01-02", decidedOn: "2024-06-01", reason: "r" }] };
    expect(activityStatus(end, { asOf: "2024-07-01" })).toMatchObject({
      delay: { reason: "postponed", days: 2, subject: "end" },
      message: { nl: "Woonzorgvisie: vertraagd; het geplande einde is 2 dagen uitgesteld." },
    });
  });

  it("a completed activity says how late it was completed", () => {
    const completed: Activity = { ...base, lifecycle: { state: "completed", startedOn: "2024-01-01", endedOn: "2025-01-05" } };
    expect(activityStatus(completed, { asOf: "2025-02-01" }).message).toEqual({
      nl: "Woonzorgvisie: afgerond, 5 dagen na het geplande einde.",
      en: "Woonzorgvisie: completed, 5 days after the planned end.",
    });
  });
});

describe("plannedDates", () => {
  const revision = (to: string, decidedOn: string): DateRevision => ({ subject: "end", to, decidedOn, reason: `besluit ${decidedOn}` });

  it("applies the revisions in the order they were decided, the listed order for the same day", () => {
    const a = revision("2025-03-31", "2024-03-01");
    const b = revision("2025-06-30", "2024-05-01");
    const c = revision("2025-01-31", "2024-05-01");
    const d = revision("2025-02-28", "2024-01-15");
    for (const listed of [[a, b, c, d], [d, c, b, a], [b, d, a, c], [c, a, d, b]]) {
      const ordered = [d, a, ...listed.filter((r) => r === b || r === c)];
      const dates = plannedDates({ ...base, revisions: listed }, "2024-12-31");
      expect(dates.applied).toEqual(ordered);
      expect(dates.end).toBe(ordered[3]?.to);
    }
    const dates = plannedDates({ ...base, revisions: [b, c, a, d] });
    expect(dates.applied).toEqual([d, a, b, c]);
    expect(dates.end).toBe("2025-01-31");
  });

  it("only the revisions decided by asOf", () => {
    const dates = plannedDates({ ...base, revisions: [revision("2025-03-31", "2024-03-01"), revision("2025-06-30", "2024-05-01")] }, "2024-04-01");
    expect(dates).toMatchObject({ end: "2025-03-31", originalEnd: "2024-12-31", endPostponedDays: 90 });
    expect(dates.applied).toHaveLength(1);
  });

  it("a milestone revision for a milestone the activity does not have changes no milestone", () => {
    const withMilestone: Activity = {
      ...base,
      milestones: [{ id: "m", label: "M", due: "2024-06-01" }],
      revisions: [
        { subject: "milestone", milestoneId: "other", to: "2024-09-01", decidedOn: "2024-02-01", reason: "r" },
        { subject: "milestone", to: "2024-10-01", decidedOn: "2024-02-01", reason: "r" },
      ],
    };
    const dates = plannedDates(withMilestone, "2024-03-01");
    expect(dates.milestones).toEqual([{ id: "m", due: "2024-06-01", originalDue: "2024-06-01", postponedDays: 0 }]);
    expect(dates.applied).toHaveLength(2);
    expect(dates).toMatchObject({ start: "2024-01-01", end: "2024-12-31", startPostponedDays: 0, endPostponedDays: 0 });
  });

  it("without planned dates, a revision sets a date but postpones nothing", () => {
    const { plannedStart: _start, ...rest } = base;
    const dates = plannedDates({ ...rest, revisions: [{ subject: "start", to: "2024-03-01", decidedOn: "2024-01-01", reason: "r" }] });
    expect(dates).toMatchObject({ start: "2024-03-01", startPostponedDays: 0 });
    expect(dates).not.toHaveProperty("originalStart");
  });
});
