// Almere, programma Gezondheid 2024 (seed 000): the printed summary matches the seed — lasten/baten, the four
// doelstellingen, the contract start on 1 oktober 2024 — and every status in it is the library's assessment.
import { describe, expect, it } from "vitest";
import { activityStatus, type Programme } from "opkoers/policy";
import { statusLabel } from "opkoers/status";
import { almereGezondheid2024Programma, assess, DEFAULT_AS_OF, summarise } from "../../examples/almere-gezondheid-2024-programma.js";

const doc = almereGezondheid2024Programma();
const programme = doc.programmes[0] as Programme;
const activity = (id: string): NonNullable<ReturnType<typeof programme.activities.find>> => {
  const found = programme.activities.find((a) => a.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

describe("Almere Gezondheid 2024: the document", () => {
  it("is Almere's (GM0034) begroting 2024 with lasten 46.634 and baten 4.742 × € 1.000, in cents", () => {
    expect(doc).toMatchObject({ type: "begroting", year: 2024, municipality: { code: "GM0034" } });
    expect(programme.finances).toEqual({ expenses: 46_634_000_00, revenue: 4_742_000_00 });
  });

  it("has the ambition and the four doelstellingen, the fourth with the new transport contract on 1 oktober 2024", () => {
    expect(programme.ambition).toContain("De toegankelijkheid van zorg in Almere staat steeds meer onder druk.");
    expect(programme.goals).toHaveLength(4);
    expect(programme.goals.every((g) => g.horizon !== undefined && "year" in g.horizon && g.horizon.year === 2024)).toBe(true);
    expect(programme.goals[3]?.statement).toContain("Op 1 oktober 2024 gaat het nieuwe aanbesteedde contract vervoer in.");
    expect(activity("wmo-vervoer").milestones).toEqual([expect.objectContaining({ id: "contract-start", due: "2024-10-01" })]);
    expect(activity("subsidie-welzijn")).toMatchObject({ plannedStart: "2024-01-01", partners: ["De Schoor", "VMCA"] });
    expect(activity("vervoer-samenbrengen")).toMatchObject({ plannedStart: "2025-01-01", plannedEnd: "2026-12-31" });
  });
});

describe(`Almere Gezondheid 2024: the summary on ${DEFAULT_AS_OF}`, () => {
  const summary = assess();
  const text = summarise();

  it("prints lasten 46.634 and baten 4.742 (× € 1.000), computed from the cents", () => {
    expect(text).toContain("lasten 46.634, baten 4.742, saldo (41.892) (× € 1.000)");
  });

  it("the contract start of 1 oktober 2024 is due tomorrow, as assessed and as printed", () => {
    const vervoer = summary.activities.find((a) => a.subject === "wmo-vervoer");
    expect(vervoer?.status).toBe("notStarted");
    expect(vervoer?.milestones[0]).toMatchObject({ due: "2024-10-01", status: "due", days: 1 });
    expect(text).toContain(`1 oktober 2024: ${statusLabel("due").nl}, over 1 dag`);
    expect(summary.attention[0]).toMatchObject({ kind: "milestone", id: "wmo-vervoer/contract-start", days: 1 });
    expect(text).toContain(summary.attention[0]?.message.nl);
  });

  it("the Iv3 Q3 figures to CBS are the P&C deadline due (30 oktober 2024)", () => {
    expect(summary.deadlinesDue.map((d) => [d.id, d.due])).toEqual([["iv3.2024-Q3", "2024-10-30"]]);
    expect(text).toContain("uiterlijk 30 oktober 2024");
  });

  it("the subsidy agreements in force from 2024 are in progress; every goal is on track and none is reported", () => {
    expect(summary.activities.find((a) => a.subject === "subsidie-welzijn")?.status).toBe("inProgress");
    expect(summary.counts.goals.onTrack).toBe(4);
    expect(summary.goals.every((g) => g.agreement === "notReported")).toBe(true);
    expect(summary.counts.indicators.noData + summary.counts.indicators.noTarget).toBe(0);
  });
});

describe("Almere Gezondheid 2024 after the planned dates (a begroting reports no realisations)", () => {
  it("on 2 oktober 2024 the contract milestone is 1 day overdue, so the activity counts as delayed", () => {
    const summary = assess("2024-10-02");
    const vervoer = summary.activities.find((a) => a.subject === "wmo-vervoer");
    expect(vervoer).toMatchObject({ status: "delayed", delay: { reason: "milestoneOverdue", days: 1, subject: "contract-start" } });
    expect(summarise("2024-10-02")).toContain(vervoer?.message.nl);
    // … and once the realisation is recorded, it is not.
    const achieved = { ...activity("wmo-vervoer"), milestones: [{ id: "contract-start", label: "start", due: "2024-10-01", achievedOn: "2024-10-01" }] };
    expect(activityStatus(achieved, { asOf: "2024-10-02" }).status).toBe("notStarted");
  });

  it("on 1 januari 2025 the milestones 'in 2024' (31 december 2024) are overdue", () => {
    const summary = assess("2025-01-01");
    for (const id of ["iza-zorgtransformatie", "gala-ketenaanpakken"]) {
      expect(summary.activities.find((a) => a.subject === id)).toMatchObject({ status: "delayed", delay: { reason: "milestoneOverdue", days: 1 } });
    }
    expect(summary.activities.find((a) => a.subject === "vervoer-samenbrengen")?.status).toBe("notStarted");
  });
});
