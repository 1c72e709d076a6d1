// The three seed examples as a whole: valid documents, verbatim quotes, the CLI run, seedDocuments(), and the
// invariants of the printed summary on any date.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addDays } from "opkoers/calendar";
import { parsePlanningDocument, type PlanningDocument, type ProgrammeSummary } from "opkoers/policy";
import * as almelo from "../../examples/almelo-zorg-2022.js";
import * as gezondheid from "../../examples/almere-gezondheid-2024-programma.js";
import * as jaarverslag from "../../examples/almere-jaarverslag-2024.js";
import { seedDocuments } from "../../examples/seeds.js";
import { quotedFragments, runExample, SEED_FILES, seedsMissing, seedText } from "./_seedText.js";

interface Example {
  readonly file: string;
  readonly seed: string;
  readonly document: () => PlanningDocument;
  readonly assess: (asOf?: string) => ProgrammeSummary;
  readonly summarise: (asOf?: string) => string;
  readonly defaultAsOf: string;
  readonly from: string;
}

const EXAMPLES: readonly Example[] = [
  { file: "almere-gezondheid-2024-programma.ts", seed: SEED_FILES.almereGezondheid2024, document: gezondheid.almereGezondheid2024Programma, assess: gezondheid.assess, summarise: gezondheid.summarise, defaultAsOf: gezondheid.DEFAULT_AS_OF, from: "2023-01-01" },
  { file: "almelo-zorg-2022.ts", seed: SEED_FILES.almeloZorg2022, document: almelo.almeloZorg2022, assess: almelo.assess, summarise: almelo.summarise, defaultAsOf: almelo.DEFAULT_AS_OF, from: "2021-01-01" },
  { file: "almere-jaarverslag-2024.ts", seed: SEED_FILES.almereJaarverslag2024, document: jaarverslag.almereJaarverslag2024, assess: jaarverslag.assess, summarise: jaarverslag.summarise, defaultAsOf: jaarverslag.DEFAULT_AS_OF, from: "2023-01-01" },
];

describe.each(EXAMPLES)("examples/$file", (example) => {
  const doc = example.document();

  it("is a planning document that parsePlanningDocument accepts after a JSON round trip, unchanged", () => {
    const result = parsePlanningDocument(JSON.parse(JSON.stringify(doc)));
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.value).toEqual(doc);
  });

  it.skipIf(seedsMissing !== undefined)(`quotes the seed verbatim in every text field${seedsMissing === undefined ? "" : ` (skipped: ${seedsMissing})`}`, () => {
    const seed = seedText(example.seed);
    const fragments = quotedFragments(doc);
    expect(fragments.length).toBeGreaterThan(10);
    expect(fragments.filter(({ fragment }) => !seed.includes(fragment))).toEqual([]);
  });

  it("every goal statement is a sentence of the seed, and every goal is printed with its computed assessment", () => {
    const summary = example.assess();
    const text = example.summarise();
    const goals = doc.programmes.flatMap((p) => p.goals);
    expect(summary.goals.map((g) => g.subject)).toEqual(goals.map((g) => g.id));
    for (const goal of summary.goals) expect(text).toContain(goal.message.nl);
  });

  // On any date from a year before the document's year to two years after: every item is assessed and counted
  // once, and the printout carries the library's sentence for every goal, indicator, activity and attention item.
  test.prop([fc.integer({ min: 0, max: 4 * 366 })])("on any date, counts add up and every computed sentence is printed", (offset) => {
    const asOf = addDays(example.from, offset);
    const summary = example.assess(asOf);
    const text = example.summarise(asOf);
    const items = doc.programmes.flatMap((p) => [p, ...(p.subProgrammes ?? [])]);
    const total = (counts: Readonly<Record<string, number>>): number => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total(summary.counts.goals)).toBe(items.flatMap((p) => p.goals).length);
    expect(total(summary.counts.indicators)).toBe(items.flatMap((p) => p.indicators).length);
    expect(total(summary.counts.activities)).toBe(items.flatMap((p) => p.activities).length);
    for (const a of [...summary.goals, ...summary.indicators, ...summary.activities, ...summary.attention]) expect(text).toContain(a.message.nl);
    expect(summary.attention.map((a) => a.urgency)).toEqual([...summary.attention.map((a) => a.urgency)].sort((a, b) => a - b));
  });
});

describe("examples/seeds.ts", () => {
  it("seedDocuments() gives the three documents, in order, as plain JSON data", () => {
    const docs = seedDocuments();
    expect(docs.map((d) => `${d.municipality.code} ${d.type} ${d.year}`)).toEqual(["GM0034 begroting 2024", "GM0141 begroting 2022", "GM0034 jaarverslag 2024"]);
    expect(docs).toEqual(EXAMPLES.map((e) => e.document()));
    const again = (JSON.parse(JSON.stringify(docs)) as unknown[]).map((json) => parsePlanningDocument(json));
    expect(again.every((r) => r.ok)).toBe(true);
  });
});

describe("the examples run as programs (node --import tsx), in parallel", () => {
  it("each prints its summary on its default date, and a date argument is checked", async () => {
    const bad = runExample("almelo-zorg-2022.ts", ["2022-13-01"]);
    const outputs = await Promise.all(EXAMPLES.map((example) => runExample(example.file)));
    outputs.forEach((output, i) => {
      const example = EXAMPLES[i] as Example;
      expect(output.status).toBe(0);
      expect(output.stdout).toBe(example.summarise(example.defaultAsOf));
    });
    const rejected = await bad;
    expect(rejected.status).toBe(2);
    expect(rejected.stderr).toContain('"2022-13-01" is not an ISO date');
    expect(rejected.stdout).toBe("");
  });
});
