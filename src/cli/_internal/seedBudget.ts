// The budget document of the bundled Almere example (programma Gezondheid, begroting 2024).
//
// FROM THE SEED (../shared/seeds/000, Almere begroting 2024, page "Gezondheid", "Lasten & baten"):
//   lasten 46.634 and baten 4.742 (× € 1.000) in the primitieve begroting 2024.
// ILLUSTRATIVE (not in any seed; chosen only so that every part of the report has something to show):
//   - how the 46.634 splits into structureel 45.134 and incidenteel 1.500, and that it is all on taakveld 7.1
//     (the seed gives programme totals only) with categorie 3.8 (lasten) and 4.3.1 (baten), reserve mutations on 0.10 with categorie 7.1 (allowed combinations in CBS 2024);
//   - the "Algemene dekkingsmiddelen" line (0.7 algemene uitkering) that covers this one programme: in 2024 exactly
//     the gap, so that the primitieve begroting is sluitend (lasten = baten, as an Iv3 delivery checks with PF006);
//   - the onttrekking from the algemene reserve that covers the incidental lasten;
//   - the meerjarenraming 2025–2027, begrotingswijziging 1 and the prognose of the 2e bestuursrapportage.
import type { BudgetDocument, BudgetLine, Mutation } from "../../budget/index.js";
import { parseAmount, type Cents } from "../../money/index.js";

/** × € 1.000, written as in the documents ("46.634"). */
const k = (text: string): Cents => parseAmount(text, { unit: "thousand" });

type Row = readonly [programme: string, taakveld: string, categorie: string, year: number, phase: string, expenses: string, revenue: string, nature: "structureel" | "incidenteel", description: string, reserve?: string];

function line([programme, taakveld, categorie, year, phase, expenses, revenue, nature, description, reserve]: Row): BudgetLine {
  return { programme, taakveld, categorie, year, phase, expenses: k(expenses), revenue: k(revenue), nature, description, ...(reserve === undefined ? {} : { reserve }) };
}

function mutation(row: Row): Mutation {
  const { phase: _phase, ...rest } = line(row);
  return rest;
}

const ROWS: readonly Row[] = [
  // Seed: lasten 46.634 (split illustrative) and baten 4.742, begroting 2024 primitief.
  ["gezondheid", "7.1", "3.8", 2024, "primitief", "45.134", "0", "structureel", "Gezondheid, structureel (seed: lasten 46.634 in totaal)"],
  ["gezondheid", "7.1", "3.8", 2024, "primitief", "1.500", "0", "incidenteel", "Gezondheid, incidenteel (seed: lasten 46.634 in totaal)"],
  ["gezondheid", "7.1", "4.3.1", 2024, "primitief", "0", "4.742", "structureel", "Gezondheid, baten (seed: 4.742)"],
  // Illustrative from here on.
  ["algemeen", "0.7", "4.3.1", 2024, "primitief", "0", "40.392", "structureel", "Algemene uitkering, deel dat dit programma dekt (illustratief)"],
  ["algemeen", "0.10", "7.1", 2024, "primitief", "0", "1.500", "incidenteel", "Onttrekking algemene reserve (illustratief)", "ar"],
  ["gezondheid", "7.1", "3.8", 2025, "primitief", "46.900", "0", "structureel", "Meerjarenraming (illustratief)"],
  ["gezondheid", "7.1", "4.3.1", 2025, "primitief", "0", "4.742", "structureel", "Meerjarenraming (illustratief)"],
  ["algemeen", "0.7", "4.3.1", 2025, "primitief", "0", "42.300", "structureel", "Meerjarenraming (illustratief)"],
  ["gezondheid", "7.1", "3.8", 2026, "primitief", "47.300", "0", "structureel", "Meerjarenraming (illustratief)"],
  ["gezondheid", "7.1", "4.3.1", 2026, "primitief", "0", "4.742", "structureel", "Meerjarenraming (illustratief)"],
  ["algemeen", "0.7", "4.3.1", 2026, "primitief", "0", "42.600", "structureel", "Meerjarenraming (illustratief)"],
  ["gezondheid", "7.1", "3.8", 2027, "primitief", "47.700", "0", "structureel", "Meerjarenraming (illustratief)"],
  ["gezondheid", "7.1", "4.3.1", 2027, "primitief", "0", "4.742", "structureel", "Meerjarenraming (illustratief)"],
  ["algemeen", "0.7", "4.3.1", 2027, "primitief", "0", "43.000", "structureel", "Meerjarenraming (illustratief)"],
  // Prognose 2e bestuursrapportage 2024 (illustrative): more baten than budgeted, lasten slightly higher.
  ["gezondheid", "7.1", "3.8", 2024, "prognose", "46.670", "0", "structureel", "Prognose (illustratief)"],
  ["gezondheid", "7.1", "3.8", 2024, "prognose", "1.750", "0", "incidenteel", "Prognose (illustratief)"],
  ["gezondheid", "7.1", "4.3.1", 2024, "prognose", "0", "5.320", "structureel", "Prognose (illustratief)"],
  ["algemeen", "0.7", "4.3.1", 2024, "prognose", "0", "40.392", "structureel", "Prognose (illustratief)"],
  ["algemeen", "0.10", "7.1", 2024, "prognose", "0", "2.750", "incidenteel", "Prognose onttrekking algemene reserve (illustratief)", "ar"],
];

/** The Almere Gezondheid 2024 budget document: seed figures plus the illustrative lines above. */
export const ALMERE_GEZONDHEID_2024_BUDGET: BudgetDocument = {
  municipality: "Almere",
  budgetYear: 2024,
  programmes: [
    { code: "gezondheid", name: "Gezondheid" },
    { code: "algemeen", name: "Algemene dekkingsmiddelen" },
  ],
  taakvelden: ["0.7", "0.10", "7.1"],
  reserves: [{ code: "ar", name: "Algemene reserve", kind: "general" }],
  phases: [
    { id: "primitief", kind: "original", label: "Programmabegroting 2024" },
    { id: "prognose", kind: "forecast", label: "Prognose 2e bestuursrapportage 2024 (illustratief)" },
  ],
  lines: ROWS.map(line),
  amendments: [
    {
      id: "bw-2024-1",
      number: 1,
      date: "2024-07-04",
      decision: "Begrotingswijziging 1 (illustratief)",
      description: "Voorbereiding zorgtransformatie IZA, gedekt uit de algemene reserve (illustratief)",
      mutations: [
        mutation(["gezondheid", "7.1", "3.8", 2024, "bw-2024-1", "1.250", "0", "incidenteel", "IZA-transformatie, voorbereiding (illustratief)"]),
        mutation(["algemeen", "0.10", "7.1", 2024, "bw-2024-1", "0", "1.250", "incidenteel", "Onttrekking algemene reserve (illustratief)", "ar"]),
      ],
    },
  ],
};
