import { describe, expect, it } from "vitest";
import type { Deadline } from "opkoers/calendar";
import { programmeSummary, type Activity, type Indicator, type Programme } from "opkoers/policy";

const asOf = "2024-06-30";

const indicator = (id: string, extra: Partial<Indicator> = {}): Indicator => ({
  id, name: id, kind: "effect", unit: { kind: "count" }, direction: "higherIsBetter", accumulation: "stock",
  targets: [{ period: "2024", comparator: "atLeast", value: 10 }], measurements: [], ...extra,
});
const activity = (id: string, extra: Partial<Activity>): Activity => ({ id, name: id, kind: "project", milestones: [], revisions: [], lifecycle: { state: "started", startedOn: "2024-01-01" }, ...extra });
const deadline = (id: string, due: string): Deadline => ({ id, kind: "custom", year: 2024, label: { nl: `Termijn ${id}`, en: `Deadline ${id}` }, due, source: "test" });

const programme: Programme = {
  code: "p", name: "P", portfolioHolders: [], taakvelden: [], partners: [],
  indicators: [
    indicator("i-ok", { measurements: [{ period: "2024-Q1", value: { state: "available", value: 12 } }] }),
    indicator("i-none-b"),
    indicator("i-none-a"),
    // 35 of the way from 0 to 100, about 50 % expected on 2024-06-30: at risk
    indicator("i-risk", { baseline: { period: "2022", value: 0 }, targets: [{ period: "2025", comparator: "atLeast", value: 100 }], measurements: [{ period: "2024-Q1", value: { state: "available", value: 35 } }] }),
  ],
  activities: [
    // completed: its unachieved milestone needs no attention
    activity("done", { lifecycle: { state: "completed", startedOn: "2024-01-01", endedOn: "2024-05-01" }, milestones: [{ id: "m", label: "Oplevering", due: "2024-04-01" }] }),
    activity("due-soon", { milestones: [{ id: "m", label: "Raadsbesluit", due: "2024-07-10" }] }),
    activity("postponed", { plannedEnd: "2024-12-31", revisions: [{ subject: "end", to: "2025-03-31", decidedOn: "2024-05-01", reason: "Capaciteit" }] }),
    activity("late-start", { plannedStart: "2024-06-01", lifecycle: { state: "planned" } }),
  ],
  goals: [
    { id: "g-risk", statement: "Risico", indicatorIds: [], activityIds: ["postponed"] },
    { id: "g-fine", statement: "Goed", indicatorIds: [], activityIds: ["due-soon"] },
  ],
  subProgrammes: [{ code: "p.1", name: "P1", portfolioHolders: [], taakvelden: [], partners: [], indicators: [indicator("i-sub")], activities: [], goals: [] }],
};

describe("programmeSummary", () => {
  const deadlines = [deadline("over", "2024-06-20"), deadline("soon", "2024-07-05"), deadline("far", "2024-12-01")];
  const summary = programmeSummary(programme, { asOf, deadlines });

  it("counts the statuses of the programme and its sub-programmes", () => {
    expect(summary.programme).toBe("p");
    expect(summary.indicators.map((i) => [i.subject, i.status])).toEqual([["i-ok", "achieved"], ["i-none-b", "noData"], ["i-none-a", "noData"], ["i-risk", "atRisk"], ["i-sub", "noData"]]);
    expect(summary.counts.indicators).toEqual({ achieved: 1, onTrack: 0, atRisk: 1, offTrack: 0, notAchieved: 0, noData: 3, noTarget: 0 });
    expect(summary.counts.activities).toEqual({ notStarted: 0, inProgress: 1, completed: 1, delayed: 2, stopped: 0, cancelled: 0 });
    expect(summary.counts.goals).toEqual({ achieved: 0, onTrack: 1, atRisk: 1, offTrack: 0, notAchieved: 0, noData: 0 });
    expect(summary.deadlinesDue.map((d) => d.id)).toEqual(["over", "soon"]);
  });

  it("orders the attention list by urgency, then days, then kind and id", () => {
    expect(summary.attention.map((a) => [a.kind, a.id, a.status, a.urgency, a.days])).toEqual([
      ["deadline", "over", "overdue", 0, -10],
      ["activity", "late-start", "delayed", 1, -29],
      ["activity", "postponed", "delayed", 2, -90],
      ["goal", "g-risk", "atRisk", 2, undefined],
      ["indicator", "i-risk", "atRisk", 2, undefined],
      ["deadline", "soon", "due", 2, 5],
      ["milestone", "due-soon/m", "due", 2, 10],
      ["indicator", "i-none-a", "noData", 3, undefined],
      ["indicator", "i-none-b", "noData", 3, undefined],
      ["indicator", "i-sub", "noData", 3, undefined],
    ]);
    expect(summary.attention.some((a) => a.id.startsWith("done"))).toBe(false);
  });

  it("words deadlines and milestones that are due or overdue", () => {
    const byId = new Map(summary.attention.map((a) => [a.id, a.message]));
    expect(byId.get("over")).toEqual({ nl: "Termijn over: 10 dagen over de termijn (20 juni 2024).", en: "Deadline over: 10 days overdue (20 June 2024)." });
    expect(byId.get("soon")).toEqual({ nl: "Termijn soon: uiterlijk 5 juli 2024, over 5 dagen.", en: "Deadline soon: due 5 July 2024, in 5 days." });
    expect(byId.get("due-soon/m")).toEqual({ nl: 'due-soon: mijlpaal "Raadsbesluit" over 10 dagen (10 juli 2024).', en: 'due-soon: milestone "Raadsbesluit" due in 10 days (10 July 2024).' });
  });

  it("a submitted deadline and one beyond the window need no attention; windowDays narrows the window", () => {
    const narrow = programmeSummary(programme, { asOf, deadlines, windowDays: 5, submissions: { over: "2024-06-19" } });
    expect(narrow.deadlinesDue.map((d) => d.id)).toEqual(["soon"]);
    expect(narrow.attention.map((a) => a.id)).not.toContain("due-soon/m");
    expect(narrow.activities.find((a) => a.subject === "due-soon")?.milestones[0]?.status).toBe("upcoming");
  });

  it("without deadlines, only the programme's own items", () => {
    const own = programmeSummary(programme, { asOf });
    expect(own.deadlinesDue).toEqual([]);
    expect(own.attention.filter((a) => a.kind === "deadline")).toEqual([]);
    expect(own.attention).toHaveLength(summary.attention.length - 2);
  });
});

describe("programmeSummary: goals and ties", () => {
  const small: Programme = {
    code: "s", name: "S", portfolioHolders: [], taakvelden: [], partners: [],
    indicators: [programme.indicators[3] as Indicator],
    activities: [
      activity("today", { milestones: [{ id: "m", label: "Besluit", due: asOf }] }),
      activity("halted", { lifecycle: { state: "stopped", startedOn: "2024-01-01", endedOn: "2024-05-01" } }),
    ],
    goals: [
      { id: "g-off", statement: "Gestopt", indicatorIds: [], activityIds: ["halted"] },
      { id: "g-disagree", statement: "Oneens", indicatorIds: [], activityIds: ["today"], reported: { scale: "threeColour", level: "rood" } },
    ],
  };
  const today = deadline("today", asOf);
  const summary = programmeSummary(small, { asOf, deadlines: [today, today] });

  it("an offTrack goal and one that disagrees with its reported status have urgency 1", () => {
    expect(summary.goals.map((g) => [g.subject, g.status, g.agreement])).toEqual([["g-off", "offTrack", "notReported"], ["g-disagree", "onTrack", "disagree"]]);
    expect(summary.attention.filter((a) => a.kind === "goal").map((a) => [a.id, a.urgency])).toEqual([["g-disagree", 1], ["g-off", 1]]);
  });

  it("items due today tie on urgency and days, and are ordered by kind, then id; a stopped activity is left out", () => {
    expect(summary.attention.map((a) => [a.kind, a.id, a.urgency])).toEqual([
      ["goal", "g-disagree", 1],
      ["goal", "g-off", 1],
      ["deadline", "today", 2],
      ["deadline", "today", 2],
      ["indicator", "i-risk", 2],
      ["milestone", "today/m", 2],
    ]);
    expect(summary.attention.find((a) => a.kind === "milestone")?.message.nl).toBe('today: mijlpaal "Besluit" over 0 dagen (30 juni 2024).');
    expect(summary.attention.find((a) => a.kind === "deadline")?.message.en).toBe("Deadline today: due 30 June 2024, in 0 days.");
  });
});
