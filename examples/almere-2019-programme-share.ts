// The share rule behind "46.634 — 4,1 %" on Almere's begroting pages, checked on a year whose totals ARE published.
// Source: Almere, Programmabegroting 2019, https://almere.begroting-2019.nl/ (home page: "Inkomsten € 905.474.980",
// "Uitgaven € 905.474.978", and per programme "Inkomsten € 89.870.682 / Uitgaven € 131.138.933" for
// "Duurzaam, leefbaar en bereikbaar") and https://almere.begroting-2019.nl/p2096/ambitie (the same programme:
// "Lasten & baten x € 1.000 — Lasten € 131.139 14,5 % — Baten € 89.871 9,9 %").
// The 2024 page of the seed shows the same layout; its totals are not published on the page (see
// examples/almere-gezondheid-2024.ts), which is why the rule is verified here on 2019.
//
// Run: npx tsx examples/almere-2019-programme-share.ts
import { programmeShare, type BudgetDocument } from "opkoers/budget";
import { euro, formatAmount } from "opkoers/money";

/** The programme "Duurzaam, leefbaar en bereikbaar" of Almere's begroting 2019, in euros as on the home page. */
export const duurzaamLeefbaarBereikbaar2019: BudgetDocument = {
  municipality: "Almere",
  budgetYear: 2019,
  programmes: [{ code: "duurzaam-leefbaar-bereikbaar", name: "Duurzaam, leefbaar en bereikbaar" }],
  // The page gives programme totals, not taakvelden: the line is put on 2.1 Verkeer en vervoer for illustration only.
  taakvelden: ["2.1"],
  phases: [{ id: "primitief", kind: "original", label: "Programmabegroting 2019" }],
  lines: [
    {
      programme: "duurzaam-leefbaar-bereikbaar",
      taakveld: "2.1",
      year: 2019,
      phase: "primitief",
      expenses: euro(131138933),
      revenue: euro(89870682),
      nature: "structureel",
    },
  ],
  amendments: [],
};

/** The begroting's totals as published on the home page ("Uitgaven" are the lasten, "Inkomsten" the baten). */
export const ALMERE_TOTALS_2019 = { expenses: euro(905474978), revenue: euro(905474980) } as const;

/** The figures as the programme page shows them: amounts × € 1.000 and shares with one decimal. */
export function almere2019Share(): { readonly lasten: string; readonly lastenShare: string; readonly baten: string; readonly batenShare: string } {
  const share = programmeShare(duurzaamLeefbaarBereikbaar2019, "duurzaam-leefbaar-bereikbaar", { phases: ["primitief"], year: 2019, totals: ALMERE_TOTALS_2019 });
  const pct = (p: typeof share.expensesShare): string => (p.defined ? `${p.value.toFixed(p.decimals).replace(".", ",")} %` : "n.v.t.");
  return {
    lasten: formatAmount(share.expenses, { unit: "thousand" }),
    lastenShare: pct(share.expensesShare),
    baten: formatAmount(share.revenue, { unit: "thousand" }),
    batenShare: pct(share.revenueShare),
  };
}

if (typeof process !== "undefined" && import.meta.url === `file://${process.argv[1]}`) {
  const s = almere2019Share();
  process.stdout.write(`Almere 2019 — Duurzaam, leefbaar en bereikbaar (× € 1.000)\n  Lasten € ${s.lasten}  ${s.lastenShare}\n  Baten  € ${s.baten}  ${s.batenShare}\n`);
}
