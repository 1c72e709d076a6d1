// Results never depend on the clock or the machine's time zone (issue 8): a workload over the whole library —
// the bundled example's reports built and rendered in every format and language (indicator and goal status,
// deadlines, budget overviews, deviations), and the command line's report and Iv3 export with a fixed io.now —
// gives the same text whatever the system time and zone. The "tz" project of vitest.config.ts also runs this file
// and the tests of every layer with zone-sensitive code (test/robustness/timezoneRun.test.ts keeps that list
// true) under TZ=Asia/Kathmandu (UTC+05:45); the first test below proves that such a run really is in that zone.
import { afterEach, describe, expect, it, vi } from "vitest";
import { bundledExample, runCli } from "opkoers/cli";
import { buildReport, REPORT_FORMATS, renderReport } from "opkoers/report";
import { memoryIo } from "../cli/_io.js";

async function workload(): Promise<string> {
  const out: string[] = [];
  const reports = bundledExample().map((input) => buildReport(input));
  for (const format of REPORT_FORMATS) for (const lang of ["nl", "en"] as const) out.push(renderReport(reports, { format, lang }));
  const io = memoryIo({}, new Date("2024-10-20T22:30:00Z")); // late in the UTC day: the next day east of UTC
  out.push(String(await runCli(["report", "--format", "json"], io)), io.out());
  const budget = JSON.stringify(bundledExample().find((input) => input.budget !== undefined)?.budget);
  const io2 = memoryIo({ "b.json": budget }, new Date("2024-12-31T23:59:00Z"));
  const contact = ["--contact-naam", "A", "--contact-email", "a@almere.nl", "--contact-telefoon", "036 000 0000", "--overheidsnummer", "0034"];
  out.push(String(await runCli(["iv3", "b.json", "--boekjaar", "2024", ...contact], io2)), io2.out(), io2.err());
  return out.join("\n\u0000\n");
}

describe("clock and time zone", () => {
  const zone = process.env["TZ"];
  afterEach(() => {
    vi.useRealTimers();
    if (zone === undefined) delete process.env["TZ"];
    else process.env["TZ"] = zone;
  });

  it("runs in the zone that TZ names (so that the tz project, npm run test:tz, tests what it says)", ({ task }) => {
    // The tz project sets TZ at run time (its env in vitest.config.ts): the offset below proves that Node applied it.
    if (task.file.projectName === "tz") expect(zone).toBe("Asia/Kathmandu");
    const offset = new Date(2024, 0, 15).getTimezoneOffset();
    if (zone === "Asia/Kathmandu") expect(offset).toBe(-345);
    else if (zone === undefined || zone === "UTC") expect(offset).toBe(0);
    else expect(Number.isInteger(offset)).toBe(true);
  });

  it("gives the same results at any system time and in any zone", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2024-10-20T12:00:00Z"));
    process.env["TZ"] = "UTC";
    const baseline = await workload();
    expect(baseline).toContain("20 oktober 2024"); // the bundled example's own asOf, not the clock
    for (const [now, tz] of [
      ["1999-01-01T00:00:00Z", "Asia/Kathmandu"],
      ["2031-07-15T23:59:59Z", "Pacific/Kiritimati"],
      ["2024-03-31T01:30:00Z", "Pacific/Pago_Pago"],
      ["2024-10-27T00:30:00Z", "Europe/Amsterdam"],
    ] as const) {
      vi.setSystemTime(new Date(now));
      process.env["TZ"] = tz;
      expect(new Date().toISOString()).toBe(new Date(now).toISOString()); // the clock really moved
      expect(await workload(), `${now} ${tz}`).toBe(baseline);
    }
  });
});
