import { describe, expect, it } from "vitest";
import { buildReport, parseReportInput, renderReport, type Report, type ReportInput } from "opkoers/report";

const empty = { portfolioHolders: [], taakvelden: [], partners: [], goals: [], indicators: [], activities: [] };
const simpleScale = {
  id: "eenvoudig",
  name: { nl: "Eenvoudig", en: "Simple" },
  source: "test",
  // One level, without a colour, that covers only some statuses.
  levels: [{ code: "goed", label: { nl: "goed", en: "fine" }, description: { nl: "Het gaat goed.", en: "All is well." }, statuses: ["onTrack", "achieved", "inProgress", "notStarted", "completed"] }],
};
const zorg = {
  ...empty,
  code: "zorg",
  name: "Zorg",
  goals: [{ id: "g", statement: "Zorg dichtbij", indicatorIds: ["tevredenheid", "loket", "leeg", "wachttijd"], activityIds: ["wijkteams"] }],
  activities: [{ id: "wijkteams", name: "Wijkteams", kind: "project", plannedStart: "2024-01-01", plannedEnd: "2024-09-30", milestones: [], revisions: [], lifecycle: { state: "started" } }],
  indicators: [
    {
      id: "tevredenheid",
      name: "Tevredenheid",
      kind: "effect",
      unit: { kind: "ordinal", min: 1, max: 5, labels: ["slecht", "matig", "voldoende", "goed", "uitstekend"] },
      direction: "higherIsBetter",
      accumulation: "stock",
      baseline: { period: "2022", value: 2 },
      trajectory: [{ period: "2023", value: 3 }],
      // Targets and measurements out of date order, as a document may list them.
      targets: [
        { period: "2025", comparator: "atLeast", value: 4 },
        { period: "2024", comparator: "atLeast", value: 3 },
      ],
      measurements: [
        { period: "2024-Q2", value: { state: "available", value: 3 } },
        { period: "2023", value: { state: "available", value: 2 } },
      ],
    },
    { id: "loket", name: "Loket open", kind: "performance", unit: { kind: "boolean" }, direction: "higherIsBetter", accumulation: "stock", targets: [{ period: "2024", comparator: "equal", value: 1 }], measurements: [{ period: "2024-Q1", value: { state: "available", value: 1 } }] },
    { id: "leeg", name: "Nog niets", kind: "performance", unit: { kind: "count" }, direction: "higherIsBetter", accumulation: "periodic", targets: [], measurements: [] },
    { id: "wachttijd", name: "Wachttijd", kind: "performance", unit: { kind: "percentage" }, direction: "lowerIsBetter", accumulation: "periodic", targets: [{ period: "2024", comparator: "atMost", value: 5 }], measurements: [] },
  ],
  finances: { expenses: 1_000_000_00, revenue: 0 },
};
const doc = { type: "jaarverslag", municipality: { code: "GM0141" }, year: 2024, statusScales: [simpleScale], programmes: [zorg, { ...empty, code: "leeg", name: "Leeg" }] };

function input(extra: Record<string, unknown> = {}): ReportInput {
  const parsed = parseReportInput({ planning: doc, scale: "eenvoudig", ...extra });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value[0] as ReportInput;
}
const report = (): Report => buildReport(input(), { asOf: "2024-10-20" });
/** The SVG with this id in the page. */
const svg = (page: string, id: string): string => {
  const start = page.indexOf(`aria-labelledby="${id}-title`);
  expect(start, id).toBeGreaterThan(-1);
  return page.slice(start, page.indexOf("</svg>", start));
};
const numbers = (points: string): number[][] => points.split(" ").map((p) => p.split(",").map(Number));

describe("renderReport: indicators", () => {
  const page = renderReport([report()], { format: "html", lang: "en" });

  it("draws one chart per indicator with something to show, and none for an indicator without data", () => {
    const ids = [...page.matchAll(/aria-labelledby="(r1-chart-\d+)-title/g)].map((m) => m[1]);
    // Ids are handed out per indicator, so the indicator without data leaves a gap (chart 3); chart 5 is the money.
    expect(ids).toEqual(["r1-chart-1", "r1-chart-2", "r1-chart-4", "r1-chart-5"]);
    expect(page).not.toContain("Nog niets — measurements");
  });

  it("sorts the measurements and the expected path by date", () => {
    expect(page).toContain("Measured: 2 (matig) (2023), 3 (voldoende) (2024-Q2).");
    const chart = svg(page, "r1-chart-1");
    const measured = numbers(/<polyline points="([^"]+)" class="measured"/.exec(chart)?.[1] ?? "");
    const expected = numbers(/<polyline points="([^"]+)" class="expected"/.exec(chart)?.[1] ?? "");
    expect(measured).toHaveLength(2);
    expect(expected).toHaveLength(4); // baseline 2022, trajectory 2023, targets 2024 and 2025
    for (const line of [measured, expected]) for (let i = 1; i < line.length; i++) expect((line[i] as number[])[0]).toBeGreaterThan((line[i - 1] as number[])[0] as number);
    // Expected values 2, 3, 3, 4: the y coordinate goes up (smaller) or stays.
    const ys = expected.map((p) => p[1] as number);
    expect(ys[0]).toBeGreaterThan(ys[1] as number);
    expect(ys[1]).toBe(ys[2]);
    expect(ys[2]).toBeGreaterThan(ys[3] as number);
  });

  it("keeps the document's order of path points of the same period, and puts a quarter after its year's middle", () => {
    const indicator = {
      id: "bezoek",
      name: "Bezoekers",
      kind: "performance",
      unit: { kind: "count" },
      direction: "higherIsBetter",
      accumulation: "stock",
      baseline: { period: "2023", value: 100 },
      // The trajectory point and the target of 2024 both stand over the middle of 2024; the measurement of
      // 2024-Q4 stands over the middle of its quarter, after the yearly one.
      trajectory: [{ period: "2024", value: 110 }],
      targets: [{ period: "2024", comparator: "atLeast", value: 120 }],
      measurements: [
        { period: "2024-Q4", value: { state: "available", value: 115 } },
        { period: "2024", value: { state: "available", value: 118 } },
      ],
    };
    const parsed = parseReportInput({ planning: { ...doc, programmes: [{ ...empty, code: "p", name: "P", indicators: [indicator] }] } });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const page = renderReport([buildReport(parsed.value[0] as ReportInput, { asOf: "2025-01-15" })], { format: "html", lang: "en" });
    expect(page).toContain("Measured: 118 (2024), 115 (2024-Q4).");
    const chart = svg(page, "r1-chart-1");
    const expected = numbers(/<polyline points="([^"]+)" class="expected"/.exec(chart)?.[1] ?? "");
    expect(expected).toHaveLength(3);
    expect(expected[1]?.[0]).toBe(expected[2]?.[0]); // same period
    expect(expected[1]?.[1]).toBeGreaterThan(expected[2]?.[1] as number); // 110, then 120 (higher up)
    const measured = numbers(/<polyline points="([^"]+)" class="measured"/.exec(chart)?.[1] ?? "");
    expect(measured[0]?.[0]).toBe(expected[1]?.[0]);
    expect(measured[1]?.[0]).toBeGreaterThan(measured[0]?.[0] as number);
  });

  it("draws an ordinal indicator on its own scale and a boolean one from 0 to 1", () => {
    const ticks = (chart: string): string[] => [...chart.matchAll(/text-anchor="end" class="tick">([^<]*)</g)].map((m) => m[1] as string);
    expect(ticks(svg(page, "r1-chart-1"))).toEqual(["1", "2", "3", "4", "5"]);
    expect(ticks(svg(page, "r1-chart-2"))).toEqual(["0", "1"]);
  });

  it("says so when an indicator has targets but no measurements, and leaves the measured mark out of its legend", () => {
    const chart = svg(page, "r1-chart-4");
    expect(chart).toContain("<desc id=\"r1-chart-4-desc\">No measurements yet. Target: ≤ 5 % (2024).</desc>");
    expect(chart).not.toContain("measured-point");
    expect(chart).toContain('class="target"/><text');
    const nl = renderReport([report()], { format: "html", lang: "nl" });
    expect(svg(nl, "r1-chart-4")).toContain(">Nog geen metingen. Streefwaarde: ≤ 5 % (2024).</desc>");
  });

  it("writes boolean and ordinal values in words", () => {
    const text = renderReport([report()], { lang: "en" });
    expect(text).toMatch(/Loket open\s+yes\s+= yes \(2024\)/);
    expect(renderReport([report()], { lang: "nl" })).toMatch(/Loket open\s+ja\s+= ja \(2024\)/);
    expect(text).toMatch(/Tevredenheid\s+3 \(voldoende\)\s+≥ 3 \(voldoende\) \(2024\)/);
  });
});

describe("renderReport: scales and programmes", () => {
  it("shows a scale level without a colour in grey, without a colour name", () => {
    const text = renderReport([report()], { lang: "en" });
    expect(text).toContain("Legend: Simple:\n  - [fine] All is well.\n");
    const page = renderReport([report()], { format: "html", lang: "en" });
    expect(page).toContain('<li><span class="badge" data-status="goed" style="background:#616161;color:#fff">fine</span> All is well.</li>');
  });

  it("shows a status the scale does not cover by its word only, in grey", () => {
    const built = report();
    expect(built.programmes[0]?.activities[0]?.assessment.status).toBe("delayed");
    const text = renderReport([built], { lang: "en" });
    expect(text).toMatch(/Wijkteams\s+\[delayed\]\n/);
    const page = renderReport([built], { format: "html", lang: "en" });
    expect(page).toContain('<span class="badge" data-status="delayed" style="background:#616161;color:#fff">delayed</span>');
  });

  it("says None. for a programme without goals, indicators or activities, and counts nothing", () => {
    const text = renderReport([report()], { lang: "en" });
    const leeg = text.slice(text.indexOf("Programme Leeg"), text.indexOf("P&C deadlines"));
    expect(leeg).not.toContain("Counts per status");
    expect(leeg.match(/^None\.$/gm)).toHaveLength(3);
    expect(text.slice(text.indexOf("Programme Zorg"), text.indexOf("Programme Leeg"))).toContain("Counts per status:");
  });

  it("draws a zero amount as a bar without height, and the programme's own budget without a difference column", () => {
    const built = report();
    const page = renderReport([built], { format: "html", lang: "en" });
    const bars = svg(page, "r1-chart-5");
    expect(bars).toMatch(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="0" fill="#90a4ae"><title>Revenue, Budget: 0<\/title>/);
    expect(bars).toMatch(/height="[1-9][\d.]*" fill="#90a4ae"><title>Expenses, Budget: 1,000<\/title>/);
    const text = renderReport([built], { lang: "en" });
    expect(text).toMatch(/Side\s+Budget\n/);
    expect(text).not.toContain("Difference");
  });

  it("prints the delivery date of a delivered deadline", () => {
    const built = buildReport(input({ submissions: { "iv3.2024-Q2": "2024-07-29" } }), { asOf: "2024-08-10", windowDays: 20 });
    expect(renderReport([built], { lang: "en" })).toMatch(/Iv3 Q2 2024 to CBS\s+2024-07-30\s+-11\s+\[delivered 2024-07-29\]/);
    expect(renderReport([built], { format: "markdown" })).toContain("| **ingediend 2024-07-29** |");
  });
});

describe("renderReport: options", () => {
  it("refuses an unknown format with invalid_option", () => {
    expect(() => renderReport([report()], { format: "pdf" as never })).toThrow(expect.objectContaining({ code: "invalid_option", details: { option: "format", value: "pdf" } }));
  });

  it("titles an HTML page without reports with the bare label", () => {
    expect(renderReport([], { format: "html", lang: "en" })).toContain("<title>Status report</title>");
    expect(renderReport([], { format: "html" })).toContain("<title>Voortgangsrapportage</title>");
    expect(renderReport([report()], { format: "html", lang: "en" })).toContain("<title>Status report GM0141 2024</title>");
    expect(renderReport([], { format: "json" })).toBe("[]\n");
  });

  it("says that there are no reports in text and Markdown, ending with a newline", () => {
    expect(renderReport([])).toBe("Voortgangsrapportage\n\nGeen rapportages.\n");
    expect(renderReport([], { format: "markdown", lang: "en" })).toBe("# Status report\n\nNo reports.\n");
    for (const format of ["text", "markdown", "html", "json"] as const) expect(renderReport([], { format }).endsWith("\n")).toBe(true);
  });

  it("keeps a colour that is not #rrggbb out of the page", () => {
    // A document built in code (not through parsePlanningDocument) may carry any string as a colour.
    const unsafe = { ...simpleScale, id: "onveilig", levels: [{ ...simpleScale.levels[0], colour: { name: { nl: "x", en: "x" }, hex: "red;background:url(https://x)" } }] };
    const built = buildReport({ ...input(), planning: { ...input().planning, statusScales: [unsafe] } as never }, { asOf: "2024-10-20", scale: "onveilig" });
    const page = renderReport([built], { format: "html" });
    expect(page).not.toContain("url(");
    expect(page).toContain('data-status="goed" style="background:#616161;color:#fff"');
  });
});
