// Tests that pin what the mutation run (npm run mutation, StrykerJS) found unpinned in src/status, and the
// branches that the coverage threshold (100 % for src/status) needs: each test fails under a named kind of change.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  ACTIVITY_STATUSES,
  findLevel,
  findScale,
  isDomainError,
  FOUR_COLOUR_SCALE,
  GOAL_STATUSES,
  INDICATOR_STATUSES,
  levelForStatus,
  MILESTONE_STATUSES,
  STATUS_SCALE_PRESETS,
  StatusScaleSchema,
  statusLabel,
  statusRank,
  THREE_COLOUR_SCALE,
  type ScaleLevel,
  type StatusScale,
} from "opkoers/status";

const ALL = [...new Set([...INDICATOR_STATUSES, ...GOAL_STATUSES, ...ACTIVITY_STATUSES, ...MILESTONE_STATUSES])];
const NOT_STATUSES: readonly unknown[] = ["groen", "", "__proto__", "constructor", "toString", "hasOwnProperty", "ACHIEVED", " achieved", 5, null, undefined, {}, ["achieved"], Symbol("achieved")];

const level = (code: string, statuses: ScaleLevel["statuses"]): ScaleLevel => ({ code, label: { nl: code, en: code }, description: { nl: "", en: "" }, statuses });
const scale = (id: string, levels: readonly ScaleLevel[]): StatusScale => ({ id, name: { nl: id, en: id }, source: "test", levels });

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("statusLabel", () => {
  it("gives a different label per status, in both languages", () => {
    const labels = ALL.map(statusLabel);
    expect(new Set(labels.map((l) => l.nl)).size).toBe(ALL.length);
    expect(new Set(labels.map((l) => l.en)).size).toBe(ALL.length);
    expect(statusLabel("offTrack")).toEqual({ nl: "niet op schema", en: "off track" });
  });

  it.each(NOT_STATUSES.map((value) => [value]))("refuses %s with invalid_option, naming the value", (value) => {
    const error = thrown(() => statusLabel(value as never));
    expect(isDomainError(error, "invalid_option")).toBe(true);
    const named = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    expect((error as Error).message).toContain(`${named} is not a status`);
    expect((error as { details: unknown }).details).toEqual({ value });
  });
});

describe("statusRank", () => {
  it("ranks exactly the five ordered statuses, best first", () => {
    expect(ALL.map((s) => [s, statusRank(s)]).filter(([, r]) => r !== undefined)).toEqual([
      ["achieved", 0],
      ["onTrack", 1],
      ["atRisk", 2],
      ["offTrack", 3],
      ["notAchieved", 4],
    ]);
  });
  it.each(NOT_STATUSES.map((value) => [value]))("has no rank for %s (nor for a key of Object.prototype)", (value) => {
    expect(statusRank(value as never)).toBeUndefined();
  });
});

describe("findLevel, levelForStatus, findScale", () => {
  const twice = scale("twice", [level("a", ["achieved"]), level("b", ["achieved", "onTrack"]), level("a", ["offTrack"])]);

  it("findLevel: the first level with the code, or undefined", () => {
    expect(findLevel(twice, "a")?.statuses).toEqual(["achieved"]);
    expect(findLevel(twice, "b")?.code).toBe("b");
    expect(findLevel(twice, "c")).toBeUndefined();
    expect(findLevel(FOUR_COLOUR_SCALE, "blauw")?.code).toBe("blauw");
  });

  it("levelForStatus: the first level that lists the status, or undefined", () => {
    expect(levelForStatus(twice, "achieved")?.code).toBe("a");
    expect(levelForStatus(twice, "onTrack")?.code).toBe("b");
    expect(levelForStatus(twice, "noData")).toBeUndefined();
  });

  test.prop([fc.constantFrom(...STATUS_SCALE_PRESETS), fc.constantFrom(...ALL)])("levelForStatus agrees with a search by hand in every preset", (preset, status) => {
    const byHand = preset.levels.filter((l) => l.statuses.includes(status));
    expect(levelForStatus(preset, status)).toBe(byHand[0]);
    for (const l of preset.levels) expect(findLevel(preset, l.code)).toBe(preset.levels.find((x) => x.code === l.code));
  });

  it("findScale: the document's own scale first, then a preset, else undefined", () => {
    const own = scale(THREE_COLOUR_SCALE.id, []);
    const other = scale("eigen", []);
    expect(findScale(THREE_COLOUR_SCALE.id, [other, own])).toBe(own);
    expect(findScale(THREE_COLOUR_SCALE.id, [other])).toBe(THREE_COLOUR_SCALE);
    expect(findScale(THREE_COLOUR_SCALE.id)).toBe(THREE_COLOUR_SCALE);
    expect(findScale("eigen", [other])).toBe(other);
    expect(findScale("eigen")).toBeUndefined();
    // An id that is not a string (from unchecked data) finds nothing, with or without own scales.
    expect(findScale(undefined as unknown as string)).toBeUndefined();
    expect(findScale(undefined as unknown as string, [other])).toBeUndefined();
    for (const preset of STATUS_SCALE_PRESETS) expect(findScale(preset.id)).toBe(preset);
  });
});

describe("StatusScaleSchema: the cross-level rules", () => {
  const issues = (value: unknown): [string, string][] => {
    const result = StatusScaleSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
  };

  it("reports a level code that occurs twice, at the second level", () => {
    expect(issues(scale("s", [level("a", []), level("b", []), level("a", [])]))).toEqual([["levels.2.code", 'The level code "a" occurs twice in scale "s".']]);
  });

  it("reports a status in two levels at the later one, naming the first owner — also a third time", () => {
    expect(issues(scale("s", [level("a", ["onTrack", "achieved"]), level("b", ["achieved"]), level("c", ["offTrack", "achieved"])]))).toEqual([
      ["levels.1.statuses.0", 'The status "achieved" already belongs to level "a"; a status belongs to at most one level.'],
      ["levels.2.statuses.1", 'The status "achieved" already belongs to level "a"; a status belongs to at most one level.'],
    ]);
    expect(issues(scale("s", [level("a", ["delayed", "delayed"])]))).toEqual([["levels.0.statuses.1", 'The status "delayed" already belongs to level "a"; a status belongs to at most one level.']]);
  });

  it("reports both as custom issues, which zod callers tell apart from type errors", () => {
    const result = StatusScaleSchema.safeParse(scale("s", [level("a", ["achieved"]), level("a", ["achieved"])]));
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["levels.1.code", "custom"],
      ["levels.1.statuses.0", "custom"],
    ]);
  });

  it("accepts every preset and a scale whose levels share nothing", () => {
    for (const preset of STATUS_SCALE_PRESETS) expect(issues(preset)).toEqual([]);
    expect(issues(scale("s", [level("a", ["achieved"]), level("b", ["onTrack"])]))).toEqual([]);
  });
});
