// The report's building blocks, tested on their own: labels, charts and the text, Markdown and HTML renderers.
import { describe, expect, it } from "vitest";
import { FOUR_COLOUR_SCALE, THREE_COLOUR_SCALE, type StatusScale } from "opkoers/status";
import { buildReport, renderReport, type Report } from "opkoers/report";
import { bundledExample } from "opkoers/cli";
import { unitText, type Block } from "../../src/report/_internal/blocks.js";
import { renderHtml } from "../../src/report/_internal/html.js";
import { documentTypeLabel, longDate, statusView } from "../../src/report/_internal/labels.js";
import { barChart, niceTicks } from "../../src/report/_internal/svg.js";
import { renderMarkdown, renderText } from "../../src/report/_internal/text.js";

const noColour: StatusScale = {
  id: "kaal",
  name: { nl: "Kaal", en: "Bare" },
  source: "test",
  levels: [{ code: "goed", label: { nl: "goed", en: "fine" }, description: { nl: "Goed.", en: "Good." }, statuses: ["onTrack"] }],
};

describe("labels", () => {
  it("writes money that is not a whole number of cents with two decimals", () => {
    expect(unitText(12.5, { kind: "money" }, "nl")).toBe("€ 0,13");
    expect(unitText(123456.5, { kind: "money" }, "en")).toBe("€ 1,234.57");
    expect(unitText(1, { kind: "boolean" }, "en")).toBe("yes");
    expect(unitText(0, { kind: "boolean" }, "nl")).toBe("nee");
  });

  it("shows a status by its scale level, its fallback tone, or in grey", () => {
    // On the scale: the level's label and colour.
    expect(statusView("delayed", THREE_COLOUR_SCALE, "en")).toEqual({ status: "delayed", word: "delayed", level: "needs attention", colour: "#ef6c00" });
    // On the scale, but the level has no colour: grey.
    expect(statusView("onTrack", noColour, "en")).toEqual({ status: "onTrack", word: "on track", level: "fine", colour: "#616161" });
    // Not on the scale, with a tone: the colour of the level of that tone (overdue is bad: red on the three-colour scale).
    expect(statusView("overdue", THREE_COLOUR_SCALE, "nl")).toEqual({ status: "overdue", word: "verlopen", colour: "#c62828" });
    // Not on the scale and no tone of its own: grey, no level.
    expect(statusView("delayed", noColour, "nl")).toEqual({ status: "delayed", word: "vertraagd", colour: "#616161" });
    expect(statusView("stopped", FOUR_COLOUR_SCALE, "en").level).toBeDefined();
  });

  it("names the document types, and leaves an unknown one as written", () => {
    expect(documentTypeLabel("bestuursrapportage", "en")).toBe("Interim report");
    expect(documentTypeLabel("jaarverslag", "nl")).toBe("Jaarverslag");
    expect(documentTypeLabel("voorjaarsnota", "en")).toBe("voorjaarsnota");
  });

  it("writes dates in words, and a month it does not know as its number", () => {
    expect(longDate("2024-02-05", "nl")).toBe("5 februari 2024");
    expect(longDate("2024-12-31", "en")).toBe("31 December 2024");
    expect(longDate("2024-13-01", "en")).toBe("1 13 2024");
  });
});

describe("charts", () => {
  it("gives [0, 1] as the ticks of a range that is not finite", () => {
    expect(niceTicks(Number.NaN, 5)).toEqual([0, 1]);
    expect(niceTicks(0, Number.POSITIVE_INFINITY)).toEqual([0, 1]);
    expect(niceTicks(Number.NEGATIVE_INFINITY, 0)).toEqual([0, 1]);
    expect(niceTicks(0, 10, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(7, 7)).toEqual([6, 6.5, 7, 7.5, 8]); // a single value is padded by 1 either side
  });

  const chart = (values: readonly number[], series = 2): string =>
    barChart({
      id: "c",
      title: "T",
      desc: "D",
      series: [{ label: "A", colour: "#111111" }, { label: "B", colour: "#222222" }].slice(0, series),
      groups: [{ label: "G", values: values.map((value) => ({ value, text: `v${value}` })) }],
      axisLabel: "x",
      format: String,
    });

  it("draws one bar per series, and leaves out values beyond the series", () => {
    const svg = chart([10, 20, 30], 2);
    expect(svg.match(/<rect [^>]*fill="#/g)?.length).toBe(2 + 2); // two bars and two legend squares
    expect(svg).toContain("<title>G, A: v10</title>");
    expect(svg).toContain("<title>G, B: v20</title>");
    expect(svg).not.toContain("v30");
  });

  it("prints a negative value below its bar and a positive one above", () => {
    const svg = chart([-10, 10]);
    const bar = (label: string): { y: number; h: number } => {
      const m = new RegExp(`<rect x="[\\d.]+" y="([\\d.]+)" width="[\\d.]+" height="([\\d.]+)" fill="#[0-9]+"><title>G, ${label}`).exec(svg);
      return { y: Number(m?.[1]), h: Number(m?.[2]) };
    };
    const text = (value: string): number => Number(new RegExp(`y="([\\d.]+)" text-anchor="middle" class="value">${value}<`).exec(svg)?.[1]);
    const negative = bar("A");
    const positive = bar("B");
    expect(negative.h).toBeGreaterThan(0);
    expect(text("v-10")).toBeCloseTo(negative.y + negative.h + 12, 1);
    expect(text("v10")).toBeCloseTo(positive.y - 4, 1);
    // The negative bar hangs from the zero line, the positive one stands on it.
    expect(negative.y).toBeCloseTo(positive.y + positive.h, 1);
  });
});

describe("renderers", () => {
  const table: Block = { kind: "table", caption: "Tabel", head: ["", "Bedrag", "Toelichting"], rows: [["Lasten", "12", ""], ["Baten"]], numeric: [false, true, false], wrap: [false, false, true] };

  it("gives a column without a header a label for screen readers in HTML", () => {
    const html = renderHtml([[table]], "en", "T");
    expect(html).toContain('<thead><tr><th scope="col"><span class="sr-only">Side</span></th><th scope="col" class="num">Bedrag</th><th scope="col">Toelichting</th></tr></thead>');
    expect(renderHtml([[table]], "nl", "T")).toContain('<span class="sr-only">Soort</span>');
  });

  it("writes short rows and empty long texts in the terminal without a gap line", () => {
    expect(renderText([table])).toBe(["        Bedrag", "------  ------", "Lasten      12", "Baten", ""].join("\n"));
  });

  it("writes an empty Markdown header cell as a space, so the table stays a table", () => {
    expect(renderMarkdown([table])).toBe(["|   | Bedrag | Toelichting |", "| --- | ---: | --- |", "| Lasten | 12 |  |", "| Baten |", ""].join("\n"));
  });
});

describe("reports read back from JSON", () => {
  // A Report is data (the json format is the report itself): one written by another tool may lack figures.
  const roundTrip = (report: Report): Report => JSON.parse(JSON.stringify(report)) as Report;

  it("draws a programme column without figures as zeros, in a colour of its own", () => {
    const [first] = bundledExample();
    const report = roundTrip(buildReport({ ...first, budget: undefined } as never));
    const programme = report.programmes[0] as { finances: unknown };
    programme.finances = {
      source: "planning",
      columns: [
        { id: "original", label: { nl: "Begroting", en: "Budget" } },
        { id: "amended", label: { nl: "Na wijziging", en: "Amended" } },
        { id: "eigen", label: { nl: "Eigen", en: "Own" } },
        { id: "actual", label: { nl: "Realisatie", en: "Actual" } },
      ],
      values: { original: { expenses: 2_000_000_00, revenue: 1_000_000_00, balance: -1_000_000_00 } },
      deviations: [],
    };
    const text = renderReport([report], { lang: "en" });
    expect(text).toMatch(/Side\s+Budget\s+Amended\s+Own\s+Actual\s+Difference\n/);
    expect(text).toMatch(/Expenses\s+2,000\s+0\s+0\s+0\s+0\n/);
    expect(text).toMatch(/Balance\s+-1,000\s+0\s+0\s+0\s+0\n/);
    const html = renderReport([report], { format: "html", lang: "en" });
    expect(html).toContain('fill="#7e57c2"><title>Expenses, Own: 0</title>'); // fallback colours go by column position: the third column gets the third
    expect(html).toContain('fill="#c75000"><title>Expenses, Actual: 0</title>');
  });

  it("prints a budget column without a header by its id, and missing figures as zeros", () => {
    const report = roundTrip(buildReport(bundledExample()[0] as never));
    const budget = report.budget as unknown as { columns: { id: string }[]; overview: { columns: string[]; saldo: Record<string, unknown>; result: Record<string, unknown>; reserves: { values: Record<string, unknown> }[]; programmes: { values: Record<string, unknown> }[]; general: { values: Record<string, unknown> }[] } };
    expect(budget.overview.columns).toContain("forecast");
    budget.columns = budget.columns.filter((c) => c.id !== "forecast");
    delete budget.overview.saldo["forecast"];
    delete budget.overview.result["forecast"];
    for (const part of [...budget.overview.reserves, ...budget.overview.programmes, ...budget.overview.general]) delete part.values["forecast"];
    const text = renderReport([report], { lang: "en" });
    const overview = text.slice(text.indexOf("Overview of revenue and expenses 2024\n"), text.indexOf("Structural balance and supervision"));
    expect(overview).toMatch(/\nLine\s+Side\s+Original budget\s+Amended budget\s+forecast\s+Difference\n/);
    // The other columns (and the difference, computed before the figures were dropped) are as computed.
    expect(overview).toMatch(/\nGezondheid\s+Expenses\s+46,634\s+47,884\s+0\s+536\n/);
    expect(overview).toMatch(/\nBalance of revenue and expenses\s+Balance\s+-1,500\s+-2,750\s+0\s+42\n/);
    expect(overview).toMatch(/\nReserve mutations \(withdrawals − additions\): .+\s+Balance\s+1,500\s+2,750\s+0\s+0\n/);
    expect(overview).toMatch(/\nResult\s+Balance\s+0\s+0\s+0\s+42\n/);
  });
});
