import { describe, expect, it } from "vitest";
import { overviewOfBatenLasten, parseBudget, rollup } from "opkoers/budget";
import { hasIv3Csv, IV3_CSV, loadIv3Documents, thousandsToCents } from "./loadIv3Csv.js";

// CBS plausibility check PF006: "Totaal lasten taakvelden = totaal baten taakvelden", within 49 (× € 1.000)
// as ../shared/data/README.md states for this file.
const TOLERANCE = thousandsToCents("49");

describe.skipIf(!hasIv3Csv())(`real data: CBS Iv3 jaarrekening 2023 per taakveld (${IV3_CSV})`, () => {
  it("reads exact cents from thousands with a dot decimal", () => {
    expect(thousandsToCents("10127.0")).toBe(1_012_700_000);
    expect(thousandsToCents("-3.5")).toBe(-350_000);
  });

  it("loads all 342 gemeenten, and per gemeente total lasten = total baten within 49 thousand (PF006)", () => {
    const docs = loadIv3Documents();
    expect(docs.size).toBe(342);
    const failures: string[] = [];
    let lines = 0;
    for (const [gemeente, doc] of docs) {
      const parsed = parseBudget(doc);
      if (!parsed.ok) failures.push(`${gemeente}: ${parsed.issues[0]?.message ?? ""}`);
      lines += doc.lines.length;
      const total = rollup(doc, { by: [], phases: ["realisatie"] }).total;
      if (Math.abs(total.balance) > TOLERANCE) failures.push(`${gemeente}: lasten ${total.expenses} ≠ baten ${total.revenue}`);
      // The overzicht classifies 0.10 as reserve mutations and 0.11 as the booked result: once the booked
      // result is added back, the resultaat equals minus the saldo of 0.11.
      const overview = overviewOfBatenLasten(doc, { columns: [{ id: "actual", label: { nl: "Realisatie", en: "Actual" }, phases: ["realisatie"] }] });
      const booked = overview.bookedResult["actual"];
      if (booked === undefined || Math.abs((overview.result["actual"] ?? 0) + booked.balance) > TOLERANCE) failures.push(`${gemeente}: resultaat does not match 0.11`);
    }
    expect(failures).toEqual([]);
    expect(lines).toBe(24_353 - 71); // every row except the 71 "Nederland" rows
  });
});

// Registered only when the file is missing, so that a run with ../shared reports no skipped test (npm test lists them).
if (!hasIv3Csv()) {
  describe("real data", () => {
    it.skip(`skipped: ${IV3_CSV} is not there (the ../shared folder is absent)`, () => {});
  });
}
