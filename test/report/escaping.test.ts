// Output that can be abused (issue 18 §3): data texts in the text, Markdown and HTML reports.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import type { PlanningDocument } from "opkoers/policy";
import { buildReport, renderReport, type Report } from "opkoers/report";
import { bundledExample } from "opkoers/cli";

const empty = { portfolioHolders: [], taakvelden: [], partners: [], goals: [], indicators: [], activities: [] };

/** A report whose municipality, programme name, ambition, goal and activity all carry `text`. */
function reportWith(text: string): Report {
  const planning = {
    type: "begroting",
    municipality: { code: "GM0034", name: text },
    year: 2024,
    programmes: [
      {
        ...empty,
        code: "zorg",
        name: text,
        ambition: text,
        goals: [{ id: "g", statement: text, indicatorIds: [], activityIds: ["a"] }],
        activities: [{ id: "a", name: text, kind: "project", plannedStart: "2024-01-01", plannedEnd: "2024-09-30", milestones: [], revisions: [], lifecycle: { state: "started" } }],
        finances: { expenses: 1_000_000_00, revenue: 0 },
      },
    ],
  } as unknown as PlanningDocument;
  return buildReport({ planning }, { asOf: "2024-10-20" });
}

// C0 (with TAB, LF, CR), DEL, C1 (with NEL), the bidi marks, embeddings, overrides and isolates, and other invisible format characters.
const FORBIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u2028\u2029\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]|\p{Cs}/u;

const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 20 }),
  fc.array(
    fc.constantFrom("\r", "\n", "\r\n", "\u001b[2J", "\u001b]0;titel\u0007", "\u009b", "\u0085", "\u2028", "\u202e", "\u2066", "\u200f", "\ufeff", "\u{e0041}", "\ud800", "\t", " ", "    ",
      "<", ">", "&", "&amp;", "&#60;", "<script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "<javascript:alert(1)>", "![i](x)",
      "#", "##", "-", "+", "*", "_", "`", "```", "~~~", "|", "\\", "=", "1.", "2)", "$x$", "[groen]", "\"", "'", "Zorg", "é", "😀"),
    { maxLength: 12 },
  ).map((parts) => parts.join("")),
);

/** Each line's kind: heading (with its level), list item, table row, blank or paragraph. */
const shape = (markdown: string): string[] =>
  markdown.split("\n").map((line) => {
    const heading = /^(#{1,6}) /.exec(line);
    if (heading !== null) return `h${heading[1]?.length}`;
    if (line.startsWith("- ")) return "li";
    if (line.startsWith("| ")) return `tr${line.replace(/\\\\/g, "").replace(/\\\|/g, "").split("|").length}`;
    return line === "" ? "" : "p";
  });

describe("the Markdown report escapes data", () => {
  it("writes raw HTML, javascript: links and a lone CR from a programme name as text", () => {
    const md = renderReport([reportWith("<img src=x onerror=alert(1)> [klik](javascript:alert(1)) <javascript:alert(1)>\r# Vervalst")], { format: "markdown" });
    expect(md).not.toContain("<img");
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/); // only the escaped \](javascript:
    expect(md).not.toContain("<javascript:");
    expect(md).not.toContain("\r");
    expect(md).not.toMatch(/^# Vervalst/m);
    expect(md).toContain("## Programma &lt;img src=x onerror=alert(1)&gt; \\[klik\\](javascript:alert(1)) &lt;javascript:alert(1)&gt; \\# Vervalst");
  });

  it("escapes a leading list, ordered-list or heading marker where data starts a line", () => {
    const md = renderReport([reportWith("1. - # x")], { format: "markdown" });
    expect(md).toContain("\nAmbitie: 1. - \\# x\n");
    expect(md).toContain("| 1. - \\# x |");
  });

  test.prop([nasty])("for any text as a name, the Markdown has no raw <, no control character and the same lines as with a plain name", (text) => {
    const md = renderReport([reportWith(text)], { format: "markdown", lang: "en" });
    const plain = renderReport([reportWith("Naam")], { format: "markdown", lang: "en" });
    expect(md).not.toContain("<");
    expect(md).not.toMatch(FORBIDDEN);
    expect(shape(md)).toEqual(shape(plain));
  });
});

describe("the text report escapes data", () => {
  it("shows ESC sequences and newlines from names instead of passing them to the terminal", () => {
    const name = "Zorg\u001b[2J\u001b]0;gehackt\u0007\n[groen] Alles op schema\u202eredro ni";
    const text = renderReport([reportWith(name)]);
    expect(text).not.toMatch(FORBIDDEN);
    expect(text).not.toMatch(/^\[groen\] Alles op schema/m);
    expect(text).toContain("Programma Zorg\\u001B[2J\\u001B]0;gehackt\\u0007 [groen] Alles op schema\\u202Eredro ni\n");
  });

  test.prop([nasty])("for any text as a name, the text has no control or bidi character but its own newlines, and as many lines as with a plain name", (text) => {
    const out = renderReport([reportWith(text)], { lang: "en" });
    expect(out).not.toMatch(FORBIDDEN);
    expect(out.split("\n").length).toBe(renderReport([reportWith("Naam")], { lang: "en" }).split("\n").length);
  });
});

describe("the HTML report", () => {
  const ids = (html: string): string[] => [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1] as string);

  it("gives the elements of two reports in one page different ids", () => {
    const reports = bundledExample().map((input) => buildReport(input));
    const doubled = [...reports, ...reports];
    const html = renderReport(doubled, { format: "html" });
    const all = ids(html);
    expect(all.length).toBeGreaterThan(10);
    expect(new Set(all).size).toBe(all.length);
    // Every aria-labelledby points at ids of the page.
    for (const m of html.matchAll(/aria-labelledby="([^"]*)"/g)) for (const id of (m[1] as string).split(" ")) expect(all).toContain(id);
    expect(all).toContain("r1-overzicht");
    expect(all).toContain("r3-overzicht");
  });

  it("prefixes ids as asked, so two rendered pages can share one page", () => {
    const [first] = bundledExample().map((input) => buildReport(input));
    const a = ids(renderReport([first as Report], { format: "html", idPrefix: "voorjaar" }));
    const b = ids(renderReport([first as Report], { format: "html", idPrefix: "najaar" }));
    expect(a.every((id) => id.startsWith("voorjaar1-"))).toBe(true);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    for (const idPrefix of ["", "1r", "a b", "x\"y", 5]) {
      expect(() => renderReport([first as Report], { format: "html", idPrefix: idPrefix as string })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    }
  });

  it("makes ids of programme codes with spaces, quotes or other characters without a space and distinct", () => {
    const report = reportWith("x");
    const programmes = ["a b", "a_b", 'a"b', "a b"].map((code) => ({ ...(report.programmes[0] as Report["programmes"][number]), code }));
    const all = ids(renderReport([{ ...report, programmes }], { format: "html" }));
    expect(all.every((id) => /^[A-Za-z0-9_-]+$/.test(id))).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });

  test.prop([nasty])("for any text as a name, the HTML has the same tags as with a plain name and no control or bidi character", (text) => {
    const html = renderReport([reportWith(text)], { format: "html", lang: "en" });
    const tags = (page: string): string[] => [...page.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1] as string);
    expect(tags(html)).toEqual(tags(renderReport([reportWith("Naam")], { format: "html", lang: "en" })));
    expect(html).not.toMatch(FORBIDDEN);
    // Attribute values never hold a quote or an angle bracket from data.
    for (const m of html.matchAll(/ [a-z-]+="([^"]*)"/g)) expect(m[1]).not.toMatch(/[<>]/);
  });
});
