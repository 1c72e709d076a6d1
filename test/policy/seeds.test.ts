import { describe, expect, it } from "vitest";
import { pcDeadlines } from "opkoers/calendar";
import {
  activityStatus,
  goalStatus,
  indicatorStatus,
  indicatorValue,
  parsePlanningDocument,
  plannedDates,
  programmeSummary,
  type Indicator,
  type PlanningDocument,
  type Programme,
} from "opkoers/policy";
import { almeloZorg2022, almereGezondheid2024, almereJaarverslag2024 } from "./_seeds.js";

function parse(json: unknown): PlanningDocument {
  const result = parsePlanningDocument(JSON.parse(JSON.stringify(json)));
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}

function only(doc: PlanningDocument): Programme {
  const programme = doc.programmes[0];
  if (programme === undefined) throw new Error("no programme");
  return programme;
}

function withMeasurements(programme: Programme, id: string, measurements: Indicator["measurements"]): Indicator {
  const indicator = programme.indicators.find((i) => i.id === id);
  if (indicator === undefined) throw new Error(id);
  return { ...indicator, measurements };
}

describe("Almere, programma Gezondheid 2024", () => {
  const doc = parse(almereGezondheid2024);
  const programme = only(doc);

  it("holds the ambition, four doelstellingen, and lasten/baten of 46.634 and 4.742 × € 1.000", () => {
    expect(doc.municipality.code).toBe("GM0034");
    expect(programme.goals).toHaveLength(4);
    expect(programme.finances).toEqual({ expenses: 46_634_000_00, revenue: 4_742_000_00 });
  });

  it("the transport contract starting 1 October 2024 is a milestone: due in September, overdue after it unless achieved", () => {
    const vervoer = programme.activities.find((a) => a.id === "wmo-vervoer");
    if (vervoer === undefined) throw new Error("wmo-vervoer");
    const september = activityStatus(vervoer, { asOf: "2024-09-14" });
    expect(september.status).toBe("inProgress");
    expect(september.milestones[0]).toMatchObject({ id: "contract-start", status: "due", due: "2024-10-01", days: 17 });
    const october = activityStatus(vervoer, { asOf: "2024-10-02" });
    expect(october.status).toBe("delayed");
    expect(october.delay).toEqual({ reason: "milestoneOverdue", days: 1, subject: "contract-start" });
    const achieved = activityStatus(
      { ...vervoer, milestones: vervoer.milestones.map((m) => (m.id === "contract-start" ? { ...m, achievedOn: "2024-10-01" } : m)) },
      { asOf: "2024-10-02" },
    );
    expect(achieved.status).toBe("inProgress");
    expect(achieved.milestones[0]?.status).toBe("achieved");
  });

  it("summarises the programme with the P&C deadlines on 20 October 2024", () => {
    const summary = programmeSummary(programme, { asOf: "2024-10-20", deadlines: pcDeadlines(2024), submissions: { "begroting.2024": "2023-11-09", "iv3.begroting.2024": "2023-11-09", "iv3.2024-Q1": "2024-04-30", "iv3.2024-Q2": "2024-07-30" } });
    expect(summary.counts.activities).toEqual({ notStarted: 0, inProgress: 2, completed: 0, delayed: 2, stopped: 0, cancelled: 0 });
    expect(summary.deadlinesDue.map((d) => d.id)).toEqual(["iv3.2024-Q3"]);
    // the overdue milestone first; the GALA ketenaanpakken (planned to start 1 January, not started) next
    expect(summary.attention[0]).toMatchObject({ kind: "milestone", id: "wmo-vervoer/contract-start", urgency: 0, days: -19 });
    expect(summary.attention.map((a) => a.id)).toContain("gala-ketenaanpakken");
  });
});

describe("Almelo, Programma Zorg 2022", () => {
  const doc = parse(almeloZorg2022);
  const programme = only(doc);

  it("holds the four goals and the targets of the text", () => {
    expect(doc.municipality.code).toBe("GM0141");
    expect(programme.goals.map((g) => g.id)).toEqual(["zorg-1", "zorg-2", "zorg-3", "zorg-4"]);
    const target = (id: string): unknown => programme.indicators.find((i) => i.id === id)?.targets[0];
    expect(target("vve-bereik")).toMatchObject({ comparator: "atLeast", value: 250 });
    expect(target("vve-kwaliteit")).toMatchObject({ comparator: "atLeast", value: 3 });
    expect(target("gli-deelnemers")).toMatchObject({ period: "2023-02", value: 100 });
    expect(target("besparing-jeugdhulp-school")).toMatchObject({ comparator: "atLeast", value: 10 });
    expect(programme.activities.find((a) => a.id === "preventieagenda")?.budget?.amount).toBe(9600_00);
  });

  it("GLI: the current value is the latest cumulative total, not a sum; progress against two years", () => {
    const gli = withMeasurements(programme, "gli-deelnemers", [
      { period: "2021-12", value: { state: "available", value: 38 } },
      { period: "2022-06", value: { state: "available", value: 61 } },
    ]);
    expect(indicatorValue(gli, { asOf: "2022-07-15" })).toMatchObject({ state: "available", value: 61 });
    const july = indicatorStatus(gli, { asOf: "2022-07-15" });
    expect(july.progress).toBeCloseTo(0.61, 10);
    expect(july.expectedProgress).toBeCloseTo(502 / 730, 10);
    expect(july.status).toBe("onTrack");
    // without new data, the status worsens as time passes (expected 671/730 ≈ 0.92 against 0.61 at the end of 2022),
    // and is "not achieved" after February 2023
    expect(indicatorStatus(gli, { asOf: "2022-09-30" }).status).toBe("atRisk");
    expect(indicatorStatus(gli, { asOf: "2022-12-31" }).status).toBe("offTrack");
    expect(indicatorStatus(gli, { asOf: "2023-03-01" }).status).toBe("notAchieved");
  });

  it("VVE: 'minimaal 250 peuters' and 'minimaal niveau 3' judged at the end of 2022", () => {
    const bereik = withMeasurements(programme, "vve-bereik", [{ period: "2022", value: { state: "available", value: 243 } }]);
    const kwaliteit = withMeasurements(programme, "vve-kwaliteit", [{ period: "2022-12", value: { state: "available", value: 3 } }]);
    const bereikStatus = indicatorStatus(bereik, { asOf: "2023-03-01" });
    expect(bereikStatus.status).toBe("notAchieved");
    expect(bereikStatus.message.nl).toContain("ten minste 250 peuters");
    const kwaliteitStatus = indicatorStatus(kwaliteit, { asOf: "2023-03-01" });
    expect(kwaliteitStatus.status).toBe("achieved");
    expect(kwaliteitStatus.message.nl).toContain("niveau 3 (voldoende)");
    const goal = programme.goals.find((g) => g.id === "zorg-2");
    if (goal === undefined) throw new Error("zorg-2");
    const items = { ...programme, indicators: [bereik, kwaliteit] };
    expect(goalStatus(goal, items, { asOf: "2023-03-01" }).status).toBe("notAchieved");
    // weighted: notAchieved (4), achieved (0) and the activity past its planned end, delayed → atRisk (2): mean 2
    expect(goalStatus(goal, items, { asOf: "2023-03-01", rule: "weighted" }).status).toBe("atRisk");
    expect(goalStatus(goal, items, { asOf: "2023-03-01", rule: "allRequired" }).status).toBe("notAchieved");
  });

  it("GLI activity: the start postponed by Corona keeps its history and counts as delayed", () => {
    const gli = programme.activities.find((a) => a.id === "gli");
    if (gli === undefined) throw new Error("gli");
    const dates = plannedDates(gli, "2022-06-30");
    expect(dates).toMatchObject({ originalStart: "2020-09-01", start: "2021-03-01", originalEnd: "2022-08-31", end: "2023-02-28" });
    const status = activityStatus(gli, { asOf: "2022-06-30" });
    expect(status.status).toBe("delayed");
    expect(status.delay).toEqual({ reason: "postponed", days: 181, subject: "start" });
  });
});

describe("Almere, jaarverslag 2024: planned versus realised", () => {
  const doc = parse(almereJaarverslag2024);
  const programme = only(doc);
  const asOf = "2024-12-31";

  it("the pilot Toeleiding naar werk is stopped and evaluated", () => {
    const pilot = programme.activities.find((a) => a.id === "pilot-toeleiding");
    if (pilot === undefined) throw new Error("pilot");
    expect(activityStatus(pilot, { asOf }).status).toBe("stopped");
    expect(pilot.evaluations?.[0]?.notes).toContain("tevreden");
    const goal = goalStatus(programme.goals[0] as never, programme, { asOf });
    expect(goal.status).toBe("offTrack");
    expect(goal.agreement).toBe("disagree");
    expect(goal.message.nl).toContain('wijkt af van de gerapporteerde status "gerealiseerd"');
  });

  it("Beschermd Wonen: postponed to 1 January 2025, then again to 1 January 2026, with history", () => {
    const bw = programme.activities.find((a) => a.id === "bw-doordecentralisatie");
    if (bw === undefined) throw new Error("bw");
    expect(plannedDates(bw, "2023-12-31").milestones[0]?.due).toBe("2025-01-01");
    const dates = plannedDates(bw, asOf);
    expect(dates.milestones[0]).toEqual({ id: "invoering", due: "2026-01-01", originalDue: "2024-01-01", postponedDays: 731 });
    expect(dates.applied.map((r) => r.to)).toEqual(["2025-01-01", "2026-01-01"]);
    const status = activityStatus(bw, { asOf });
    expect(status.status).toBe("delayed");
    expect(status.message.nl).toBe('Doordecentralisatie Beschermd Wonen: vertraagd; mijlpaal "Invoering doordecentralisatie Beschermd Wonen" is 731 dagen uitgesteld naar 1 januari 2026.');
    const goal = goalStatus(programme.goals[1] as never, programme, { asOf });
    expect(goal).toMatchObject({ status: "atRisk", agreement: "agree", reported: { level: "uitgesteld" } });
  });

  it("Housing First: extended to 2025 is a decision, not a delay", () => {
    const hf = programme.activities.find((a) => a.id === "pilot-housing-first");
    if (hf === undefined) throw new Error("hf");
    expect(plannedDates(hf, asOf).end).toBe("2025-12-31");
    expect(activityStatus(hf, { asOf }).status).toBe("inProgress");
    expect(goalStatus(programme.goals[2] as never, programme, { asOf })).toMatchObject({ status: "onTrack", agreement: "agree" });
  });
});
