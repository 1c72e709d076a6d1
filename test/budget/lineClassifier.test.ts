// lineClassifier: the one classification of budget lines into the parts of the overzicht van baten en lasten,
// shared by overviewOfBatenLasten and opkoers/finance (issue 18 §4).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { GENERAL_TAAKVELDEN, lineClassifier, type TaakveldClassification } from "opkoers/budget";

const err = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
  return "no error";
};

describe("lineClassifier", () => {
  it("gives every part, and onvoorzien only where the document says", () => {
    const partOf = lineClassifier({ onvoorzien: { taakveld: "0.8", programme: "fin", costCentre: "onv" } });
    const cases: readonly [string, string, string | null | undefined][] = [
      ["6.1", "fin", undefined], ["0.1", "fin", undefined], ["0.4", "zorg", undefined], ["0.5", "zorg", undefined], ["0.61", "zorg", undefined], ["0.7", "zorg", undefined],
      ["0.9", "fin", undefined], ["0.10", "zorg", undefined], ["0.11", "fin", undefined], ["0.8", "fin", "onv"], ["0.8", "zorg", "onv"], ["0.8", "fin", null], ["0.8", "fin", "x"],
    ];
    expect(cases.map(([taakveld, programme, costCentre]) => partOf({ taakveld, programme, costCentre }))).toEqual([
      "programme", "programme", "overhead", "generalCover", "generalCover", "generalCover", "vpb", "reserves", "result", "onvoorzien", "generalCover", "generalCover", "generalCover",
    ]);
    expect(lineClassifier({ onvoorzien: { taakveld: "0.8" } })({ programme: "x", taakveld: "0.8", costCentre: "y" })).toBe("onvoorzien");
    expect(lineClassifier({ onvoorzien: { taakveld: "0.8", programme: "fin" } })({ programme: "fin", taakveld: "0.8" })).toBe("onvoorzien");
    expect(lineClassifier({ onvoorzien: { taakveld: "0.8", costCentre: "onv" } })({ programme: "fin", taakveld: "0.8" })).toBe("generalCover");
    expect(lineClassifier({ classification: [] })({ programme: "x", taakveld: "0.11" })).toBe("programme");
    expect(lineClassifier({ classification: [{ taakveld: "9.9", part: "result", label: { nl: "r", en: "r" } }] })({ programme: "x", taakveld: "9.9" })).toBe("result");
  });

  test.prop([fc.constantFrom(...GENERAL_TAAKVELDEN), fc.string()])("follows the classification it is given", (entry: TaakveldClassification, programme) => {
    expect(lineClassifier()({ programme, taakveld: entry.taakveld })).toBe(entry.part);
    expect(lineClassifier({ classification: GENERAL_TAAKVELDEN.filter((e) => e !== entry) })({ programme, taakveld: entry.taakveld })).toBe("programme");
  });

  it("refuses malformed options and lines with invalid_option and a message that names them", () => {
    expect([
      err(() => lineClassifier(null as never)),
      err(() => lineClassifier([] as never)),
      err(() => lineClassifier({ classification: {} as never })),
      err(() => lineClassifier({ classification: [null] as never })),
      err(() => lineClassifier({ classification: [{ taakveld: 4, part: "overhead" }] as never })),
      err(() => lineClassifier({ classification: [{ taakveld: "0.4", part: "programme" }] as never })),
      err(() => lineClassifier({ classification: [{ taakveld: "0.4", part: "onvoorzien" }] as never })),
      err(() => lineClassifier({ classification: [GENERAL_TAAKVELDEN[0]!, GENERAL_TAAKVELDEN[0]!] })),
      err(() => lineClassifier({ onvoorzien: null as never })),
      err(() => lineClassifier({ onvoorzien: { taakveld: 8 } as never })),
      err(() => lineClassifier({ onvoorzien: { taakveld: "0.8", programme: 1 } as never })),
      err(() => lineClassifier({ onvoorzien: { taakveld: "0.8", costCentre: 1 } as never })),
      err(() => lineClassifier()(null as never)),
      err(() => lineClassifier()("0.4" as never)),
      err(() => lineClassifier()({ programme: "p", taakveld: 4 } as never)),
      err(() => lineClassifier()({ taakveld: "0.4" } as never)),
    ]).toEqual([
      "invalid_option: [opkoers] The options must be an object, but they are null.",
      "invalid_option: [opkoers] The options must be an object, but they are an array.",
      "invalid_option: [opkoers] classification must be an array, but it is an object.",
      "invalid_option: [opkoers] classification[0] must be { taakveld, part, label } with part one of generalCover, overhead, vpb, reserves, result, but it is null.",
      "invalid_option: [opkoers] classification[0] must be { taakveld, part, label } with part one of generalCover, overhead, vpb, reserves, result, but it is an object (part \"overhead\").",
      "invalid_option: [opkoers] classification[0] must be { taakveld, part, label } with part one of generalCover, overhead, vpb, reserves, result, but it is an object (part \"programme\").",
      "invalid_option: [opkoers] classification[0] must be { taakveld, part, label } with part one of generalCover, overhead, vpb, reserves, result, but it is an object (part \"onvoorzien\").",
      "invalid_option: [opkoers] classification names taakveld \"0.4\" twice.",
      "invalid_option: [opkoers] onvoorzien must be { taakveld, programme?, costCentre? } with strings, but it is null.",
      "invalid_option: [opkoers] onvoorzien must be { taakveld, programme?, costCentre? } with strings, but it is an object.",
      "invalid_option: [opkoers] onvoorzien must be { taakveld, programme?, costCentre? } with strings, but it is an object.",
      "invalid_option: [opkoers] onvoorzien must be { taakveld, programme?, costCentre? } with strings, but it is an object.",
      "invalid_option: [opkoers] A line must have a programme and a taakveld (strings), but it is null.",
      "invalid_option: [opkoers] A line must have a programme and a taakveld (strings), but it is \"0.4\".",
      "invalid_option: [opkoers] A line must have a programme and a taakveld (strings), but it is an object.",
      "invalid_option: [opkoers] A line must have a programme and a taakveld (strings), but it is an object.",
    ]);
  });
});
