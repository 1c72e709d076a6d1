import { describe, expect, it } from "vitest";
import {
  ACTIVITY_STATUSES,
  findScale,
  GOAL_STATUSES,
  INDICATOR_STATUSES,
  levelForStatus,
  MILESTONE_STATUSES,
  STATUS_SCALE_PRESETS,
  StatusScaleSchema,
  statusLabel,
  statusRank,
  THREE_COLOUR_SCALE,
} from "opkoers/status";

const ALL = [...new Set([...INDICATOR_STATUSES, ...GOAL_STATUSES, ...ACTIVITY_STATUSES, ...MILESTONE_STATUSES])];

describe("status vocabularies and scales", () => {
  it("every status has a Dutch and an English label", () => {
    for (const status of ALL) {
      const label = statusLabel(status);
      expect(label.nl.length).toBeGreaterThan(0);
      expect(label.en.length).toBeGreaterThan(0);
    }
  });

  it("ranks the ordered statuses from best to worst and leaves the others out", () => {
    expect(GOAL_STATUSES.slice(0, 5).map(statusRank)).toEqual([0, 1, 2, 3, 4]);
    expect(["noData", "noTarget", "delayed", "overdue"].map((s) => statusRank(s as never))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it.each(STATUS_SCALE_PRESETS.map((scale) => [scale.id, scale] as const))("preset %s is a valid scale with a source and colours as data", (_id, scale) => {
    expect(StatusScaleSchema.safeParse(scale).success).toBe(true);
    expect(scale.source.length).toBeGreaterThan(10);
    for (const level of scale.levels) expect(level.colour?.hex).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("three-colour maps every ordered and activity status to groen, oranje or rood", () => {
    for (const status of [...GOAL_STATUSES.slice(0, 5), ...ACTIVITY_STATUSES]) expect(["groen", "oranje", "rood"]).toContain(levelForStatus(THREE_COLOUR_SCALE, status)?.code);
    expect(levelForStatus(THREE_COLOUR_SCALE, "noData")).toBeUndefined();
  });

  it("scales never map a better status to a worse level than a worse status", () => {
    for (const scale of STATUS_SCALE_PRESETS) {
      const position = (status: (typeof GOAL_STATUSES)[number]): number => scale.levels.findIndex((level) => level.statuses.includes(status));
      const ranked = GOAL_STATUSES.slice(0, 5).map(position).filter((p) => p >= 0);
      expect([...ranked].sort((a, b) => a - b)).toEqual(ranked);
    }
  });

  it("a document's own scale wins over a preset with the same id", () => {
    const own = { ...THREE_COLOUR_SCALE, name: { nl: "Eigen", en: "Own" } };
    expect(findScale("threeColour", [own])?.name.nl).toBe("Eigen");
    expect(findScale("threeColour")?.name.nl).toBe(THREE_COLOUR_SCALE.name.nl);
  });
});
