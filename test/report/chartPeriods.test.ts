// Issue 19: a period's value stands over that period's label on the indicator chart's time axis.
import { describe, expect, it } from "vitest";
import { buildReport, parseReportInput, renderReport, type ReportInput } from "opkoers/report";

const empty = { portfolioHolders: [], taakvelden: [], partners: [], goals: [], activities: [] };

function page(indicator: Record<string, unknown>, asOf = "2025-06-30"): string {
  const parsed = parseReportInput({ planning: { type: "jaarverslag", municipality: { code: "GM0141" }, year: 2024, programmes: [{ ...empty, code: "p", name: "P", indicators: [indicator] }] } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return renderReport([buildReport(parsed.value[0] as ReportInput, { asOf })], { format: "html", lang: "nl" });
}
const chartOf = (html: string): string => html.slice(html.indexOf("<svg"), html.indexOf("</svg>"));
const attr = (element: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];

/** The time axis: the label's text and x per period (x is the label's anchor; labels are centred on it). */
function axis(svg: string): Map<string, { text: string; x: number }> {
  const out = new Map<string, { text: string; x: number }>();
  for (const m of svg.matchAll(/<text([^>]*class="[^"]*period-label[^"]*"[^>]*)>([^<]*)<\/text>/g)) {
    const period = attr(m[1] as string, "data-period");
    expect(attr(m[1] as string, "text-anchor")).toBe("middle");
    if (period !== undefined) out.set(period, { text: m[2] as string, x: Number(attr(m[1] as string, "x")) });
  }
  return out;
}
/** The x of every mark for a period: measured points, targets, baseline, each with its period from its title. */
function marks(svg: string): { period: string; x: number; what: string }[] {
  const out: { period: string; x: number; what: string }[] = [];
  for (const m of svg.matchAll(/<circle([^>]*) class="measured-point"><title>[^<]*\(([^()]+)\)<\/title>/g)) out.push({ what: "measured", period: m[2] as string, x: Number(attr(m[1] as string, "cx")) });
  for (const m of svg.matchAll(/<path d="M([\d.-]+),[^"]*" class="target"><title>[^<]*\(([^()]+)\)<\/title>/g)) out.push({ what: "target", period: m[2] as string, x: Number(m[1]) });
  for (const m of svg.matchAll(/<rect([^>]*) class="(?:target|baseline)"><title>[^<]*\(([^()]+)\)<\/title>/g)) {
    out.push({ what: "rect", period: m[2] as string, x: Number(attr(m[1] as string, "x")) + Number(attr(m[1] as string, "width")) / 2 });
  }
  return out;
}

function expectOverLabels(svg: string, expectedLabels: Record<string, string>): void {
  const labels = axis(svg);
  const found = marks(svg);
  expect(found.length).toBeGreaterThan(0);
  for (const mark of found) {
    const label = labels.get(mark.period);
    expect(label, `${mark.what} ${mark.period} has a label on the axis`).toBeDefined();
    expect(Math.abs(mark.x - (label?.x ?? Number.NaN)), `${mark.what} ${mark.period} stands over its label`).toBeLessThanOrEqual(0.1);
  }
  for (const [period, text] of Object.entries(expectedLabels)) expect(labels.get(period)?.text, period).toBe(text);
}

describe("indicator chart: a period's value stands over that period's label", () => {
  it("puts yearly measurements, the baseline and the targets over their year (50 % (2023) above 2023, not 2024)", () => {
    const svg = chartOf(
      page({
        id: "i", name: "Aandeel", kind: "effect", unit: { kind: "percentage" }, direction: "higherIsBetter", accumulation: "stock",
        baseline: { period: "2022", value: 40 },
        targets: [{ period: "2025", comparator: "atLeast", value: 60 }, { period: "2024", comparator: "atLeast", value: 50 }],
        measurements: [{ period: "2023", value: { state: "available", value: 50 } }, { period: "2024", value: { state: "available", value: 52 } }],
      }),
    );
    expectOverLabels(svg, { "2022": "2022", "2023": "2023", "2024": "2024", "2025": "2025" });
    // The label of 2023 stands left of the label of 2024, a year apart like every other pair.
    const labels = axis(svg);
    const step = (labels.get("2024")?.x ?? 0) - (labels.get("2023")?.x ?? 0);
    expect(step).toBeGreaterThan(0);
    expect(Math.abs((labels.get("2025")?.x ?? 0) - (labels.get("2024")?.x ?? 0) - step)).toBeLessThan(1);
    // The expected path runs through the baseline and the targets at the same x.
    const path = /<polyline points="([^"]+)" class="expected"/.exec(svg)?.[1]?.split(" ").map((p) => Number(p.split(",")[0]));
    expect(path).toEqual([labels.get("2022")?.x, labels.get("2024")?.x, labels.get("2025")?.x]);
  });

  it("puts quarterly measurements over their quarter, and a yearly target over its year", () => {
    const svg = chartOf(
      page({
        id: "i", name: "Wachttijd", kind: "performance", unit: { kind: "count", label: "dagen" }, direction: "lowerIsBetter", accumulation: "periodic",
        targets: [{ period: "2025", comparator: "atMost", value: 10 }],
        measurements: ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"].map((period, i) => ({ period, value: { state: "available", value: 20 - i } })),
      }),
    );
    expectOverLabels(svg, { "2024-Q1": "K1", "2024-Q4": "K4", "2025-Q1": "K1", "2025": "2025", "2024": "2024" });
    const labels = axis(svg);
    // The quarters are in order and evenly spaced (within the days a quarter differs).
    const xs = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"].map((p) => labels.get(p)?.x as number);
    for (let i = 1; i < xs.length; i++) expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThan(0);
  });

  it("puts monthly and tertial measurements over their month and tertial", () => {
    const monthly = chartOf(
      page({
        id: "i", name: "Meldingen", kind: "performance", unit: { kind: "count" }, direction: "lowerIsBetter", accumulation: "periodic",
        targets: [],
        measurements: ["2024-01", "2024-02", "2024-03", "2024-12"].map((period, i) => ({ period, value: { state: "available", value: 5 + i } })),
      }),
    );
    expectOverLabels(monthly, { "2024-01": "jan", "2024-03": "mrt", "2024-12": "dec", "2024": "2024" });
    const tertial = chartOf(
      page({
        id: "i", name: "Meldingen", kind: "performance", unit: { kind: "count" }, direction: "withinBand", accumulation: "periodic",
        baseline: { period: "2023-T3", value: 9 },
        targets: [{ period: "2024-H2", comparator: "between", min: 3, max: 5 }],
        measurements: ["2024-T1", "2024-T2"].map((period, i) => ({ period, value: { state: "available", value: 5 + i } })),
      }),
    );
    expectOverLabels(tertial, { "2023-T3": "T3", "2024-T1": "T1", "2024-H2": "H2" });
  });
});
