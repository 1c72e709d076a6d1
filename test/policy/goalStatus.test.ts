import { describe, expect, it } from "vitest";
import { goalStatus, type Activity, type Goal, type GoalRule, type Indicator } from "opkoers/policy";
import type { StatusScale } from "opkoers/status";

const asOf = "2024-06-30";

function activity(id: string, lifecycle: Activity["lifecycle"], extra: Partial<Activity> = {}): Activity {
  return { id, name: id, kind: "project", milestones: [], revisions: [], lifecycle, ...extra };
}
/** On 2024-06-30: completed (achieved), inProgress (onTrack), delayed (atRisk), stopped (offTrack). */
const activities: readonly Activity[] = [
  activity("done", { state: "completed", startedOn: "2024-01-01", endedOn: "2024-03-01" }),
  activity("busy", { state: "started", startedOn: "2024-01-01" }),
  activity("late", { state: "planned" }, { plannedStart: "2024-01-01" }),
  activity("halted", { state: "stopped", startedOn: "2024-01-01", endedOn: "2024-05-01" }),
];
const empty: Indicator = {
  id: "empty", name: "Zonder metingen", kind: "effect", unit: { kind: "count" }, direction: "higherIsBetter", accumulation: "stock",
  targets: [{ period: "2024", comparator: "atLeast", value: 10 }], measurements: [],
};
const items = { indicators: [empty], activities };

function goal(indicatorIds: readonly string[], activityIds: readonly string[], extra: Partial<Goal> = {}): Goal {
  return { id: "g", statement: "Doel", indicatorIds, activityIds, ...extra };
}
const statusOf = (indicatorIds: readonly string[], activityIds: readonly string[], rule: GoalRule, extra: Partial<Goal> = {}): string =>
  goalStatus(goal(indicatorIds, activityIds, extra), items, { asOf, rule }).status;

describe("goalStatus: arguments", () => {
  it("needs an asOf date", () => {
    expect(() => goalStatus(goal([], []), items, {} as never)).toThrowError(expect.objectContaining({ code: "invalid_date", message: "[opkoers] goalStatus needs an asOf date." }));
    expect(() => goalStatus(goal([], []), items, undefined as never)).toThrowError(expect.objectContaining({ code: "invalid_date" }));
  });

  it("names a rule that is not one, also when it cannot be written as JSON", () => {
    expect(() => goalStatus(goal([], []), items, { asOf, rule: Symbol("best") as never })).toThrowError(
      expect.objectContaining({ code: "invalid_option", message: expect.stringContaining('Symbol(best) is not a goal rule; use "worstOf", "weighted" or "allRequired".') }),
    );
  });

  it("throws unknown_code for a linked activity that is not given", () => {
    expect(() => goalStatus(goal([], ["nope"]), items, { asOf })).toThrowError(
      expect.objectContaining({ code: "unknown_code", message: expect.stringContaining('Goal "g" links to activity "nope", which is not among the items given.'), details: { goal: "g", id: "nope" } }),
    );
  });
});

describe("goalStatus: rules", () => {
  it("worstOf: noData when no item can be judged, and the unjudged item counts as null in the inputs", () => {
    const assessment = goalStatus(goal(["empty"], []), items, { asOf });
    expect(assessment.status).toBe("noData");
    expect(assessment.items).toEqual([{ kind: "indicator", id: "empty", status: "noData", counts: undefined, weight: 1 }]);
    expect(assessment.inputs["items"]).toEqual([{ id: "empty", status: "noData", counts: null, weight: 1 }]);
    expect(assessment.message.nl).toBe("Doel: geen gegevens (slechtste van 0/1 beoordeelde onderdelen).");
    expect(statusOf(["empty"], ["done", "late"], "worstOf")).toBe("atRisk");
  });

  it("allRequired: noData without items or with one unjudged; achieved, onTrack, offTrack, notAchieved", () => {
    expect(statusOf([], [], "allRequired")).toBe("noData");
    expect(statusOf(["empty"], ["done"], "allRequired")).toBe("noData");
    expect(statusOf([], ["done", "done"], "allRequired")).toBe("achieved");
    expect(statusOf([], ["done", "busy"], "allRequired")).toBe("onTrack");
    expect(statusOf([], ["done", "late"], "allRequired")).toBe("offTrack");
    expect(statusOf([], ["halted"], "allRequired")).toBe("offTrack");
    const assessment = goalStatus(goal([], ["done", "busy"]), items, { asOf, rule: "allRequired" });
    expect(assessment.message.en).toBe("Doel: on track (all required of 2/2 assessed items).");
    expect(assessment.ruleId).toBe("goal.status.allRequired");
  });

  it("weighted: the weights of the goal move the mean; noData when nothing can be judged", () => {
    expect(statusOf(["empty"], [], "weighted")).toBe("noData");
    // completed (0) and stopped (3): mean 1.5 rounds half up to 2 (atRisk)
    expect(statusOf([], ["done", "halted"], "weighted")).toBe("atRisk");
    // weights 3 and 1: (0·3 + 3·1) / 4 = 0.75 → 1 (onTrack)
    const weighted = goalStatus(goal([], ["done", "halted"], { weights: [{ id: "done", weight: 3 }, { id: "halted", weight: 1 }] }), items, { asOf, rule: "weighted" });
    expect(weighted.status).toBe("onTrack");
    expect(weighted.items.map((item) => [item.id, item.weight])).toEqual([["done", 3], ["halted", 1]]);
    expect(weighted.message.nl).toBe("Doel: op schema (gewogen gemiddelde van 2/2 beoordeelde onderdelen).");
  });

  it("activityAs decides what an activity status counts as", () => {
    const strict = goalStatus(goal([], ["busy"]), items, { asOf, activityAs: { completed: "achieved", inProgress: "atRisk", notStarted: "atRisk", delayed: "offTrack", stopped: "notAchieved", cancelled: "notAchieved" } });
    expect(strict.status).toBe("atRisk");
    expect(strict.items[0]).toMatchObject({ status: "inProgress", counts: "atRisk" });
  });

  it("an activity status that activityAs maps to noData is left out, not counted as achieved", () => {
    const unjudged = { completed: "achieved", inProgress: "noData", notStarted: "noData", delayed: "offTrack", stopped: "notAchieved", cancelled: "notAchieved" } as const;
    const alone = goalStatus(goal([], ["busy"]), items, { asOf, activityAs: unjudged });
    expect(alone.status).toBe("noData");
    expect(alone.items[0]).toMatchObject({ status: "inProgress" });
    expect(alone.items[0]?.counts).toBeUndefined();
    // next to a stopped activity the worst is notAchieved under worstOf; under weighted only the stopped one counts
    expect(goalStatus(goal([], ["busy", "halted"]), items, { asOf, activityAs: unjudged }).status).toBe("notAchieved");
    expect(goalStatus(goal([], ["busy", "done"]), items, { asOf, rule: "weighted", activityAs: unjudged }).status).toBe("achieved");
    expect(goalStatus(goal([], ["busy", "done"]), items, { asOf, rule: "allRequired", activityAs: unjudged }).status).toBe("noData");
  });
});

describe("goalStatus: the horizon", () => {
  // 15 meets the 2024 target (10), not the 2025 target (20); on 2025-03-01 the 2025 target is the one running
  const two: Indicator = {
    ...empty, id: "two",
    targets: [{ period: "2024", comparator: "atLeast", value: 10 }, { period: "2025", comparator: "atLeast", value: 20 }],
    measurements: [{ period: "2024", value: { state: "available", value: 15 } }],
  };
  const on = (horizon: Goal["horizon"]): string => goalStatus(goal(["two"], [], horizon === undefined ? {} : { horizon }), { indicators: [two], activities: [] }, { asOf: "2025-03-01" }).status;

  it("judges an indicator against the target of the horizon year, given as a year or a date", () => {
    expect(on({ year: 2024 })).toBe("achieved");
    expect(on({ date: "2024-12-31" })).toBe("achieved");
  });

  it("a horizon year without a target of its own leaves the choice to the indicator", () => {
    expect(on({ year: 2030 })).toBe(on(undefined));
    expect(on(undefined)).not.toBe("achieved");
  });
});

describe("goalStatus: the reported status", () => {
  const reportedAs = (scale: string, level: string, activityIds: readonly string[], scales?: readonly StatusScale[]): ReturnType<typeof goalStatus> =>
    goalStatus(goal([], activityIds, { reported: { scale, level } }), items, { asOf, ...(scales === undefined ? {} : { scales }) });

  it("throws unknown_code for a scale or level that does not exist", () => {
    expect(() => reportedAs("regenboog", "groen", ["done"])).toThrowError(
      expect.objectContaining({ code: "unknown_code", message: expect.stringContaining('reports on scale "regenboog", which is not a preset nor among the scales given'), details: { goal: "g", scale: "regenboog" } }),
    );
    expect(() => reportedAs("threeColour", "paars", ["done"])).toThrowError(
      expect.objectContaining({ code: "unknown_code", message: expect.stringContaining('Scale "threeColour" has no level "paars".'), details: { goal: "g", level: "paars" } }),
    );
  });

  it("a level that stands for no status cannot be compared", () => {
    const changed = reportedAs("fourColour", "blauw", ["done"]);
    expect(changed).toMatchObject({ status: "achieved", agreement: "notComparable", computedLevel: "groen", reported: { scale: "fourColour", level: "blauw", label: { nl: "doelstelling gewijzigd" } } });
    expect(changed.message.nl).toContain('Dit is niet te vergelijken met de gerapporteerde status "doelstelling gewijzigd".');
    expect(changed.message.en).toContain('This cannot be compared with the reported status "goal changed".');
  });

  it("nor can a goal without data", () => {
    const assessment = goalStatus(goal(["empty"], [], { reported: { scale: "threeColour", level: "groen" } }), items, { asOf });
    expect(assessment).toMatchObject({ status: "noData", agreement: "notComparable" });
    expect(assessment).not.toHaveProperty("computedLevel");
  });

  it("agrees or disagrees on the document's own scale", () => {
    const own: StatusScale = {
      id: "eigen", name: { nl: "Eigen", en: "Own" }, source: "test",
      levels: [
        { code: "goed", label: { nl: "goed", en: "good" }, description: { nl: "", en: "" }, statuses: ["achieved", "onTrack"] },
        { code: "slecht", label: { nl: "slecht", en: "bad" }, description: { nl: "", en: "" }, statuses: ["offTrack"] },
      ],
    };
    expect(reportedAs("eigen", "goed", ["busy"], [own])).toMatchObject({ status: "onTrack", agreement: "agree", computedLevel: "goed" });
    const disagree = reportedAs("eigen", "slecht", ["busy"], [own]);
    expect(disagree).toMatchObject({ agreement: "disagree" });
    expect(disagree.message.nl).toContain('Dit wijkt af van de gerapporteerde status "slecht".');
    // atRisk is on no level of this scale: no computed level
    expect(reportedAs("eigen", "slecht", ["late"], [own])).not.toHaveProperty("computedLevel");
  });
});

describe("goalStatus: the statement as the sentence's subject (issue 19: '…implementatie.: aandacht')", () => {
  it("leaves a statement's closing full stop out before the colon, in both languages", () => {
    const statement = "In 2024 worden de ketenaanpakken uitgewerkt en wordt er gestart met de implementatie.";
    const a = goalStatus(goal([], ["busy"], { statement }), items, { asOf, rule: "worstOf" });
    expect(a.message.nl).toBe("In 2024 worden de ketenaanpakken uitgewerkt en wordt er gestart met de implementatie: op schema (slechtste van 1/1 beoordeelde onderdelen).");
    expect(a.message.en).toMatch(/^In 2024 worden de ketenaanpakken uitgewerkt en wordt er gestart met de implementatie: /);
    expect(a.message.nl).not.toContain(".:");
    // A statement without a full stop is the subject as written.
    expect(goalStatus(goal([], ["busy"], { statement: "Doel" }), items, { asOf, rule: "worstOf" }).message.nl).toMatch(/^Doel: /);
  });
});
