// Almere, programmabegroting 2024, programme Gezondheid: "Lasten & baten 46.634 4,1 % 4.742 0,4 %" (× € 1.000).
// Seed: ../shared/seeds/000_e09942d5b91cb652.txt (Almere begroting 2024 page "Gezondheid", built 13-11-2023).
//
// The percentages are shares of the begroting's total lasten and total baten. Those totals are NOT on the
// seed page, and we did not find them in a citable source: the only figure found is Omroep Almere
// (https://omroepalmere.nl/2023/10/begroting-2024-almere-blijft-investeren-in-een-groene-gezonde-en-duurzame-stad/):
// "In totaal verwacht het college in 2024 ongeveer € 1,2 miljard uit te geven" — a rounded figure, not the total.
// So the totals below are marked TO BE CONFIRMED (null). The example never picks totals to make the
// percentages come out: it computes the shares from the totals when they are given, and otherwise computes
// which totals the published percentages imply, and checks the Omroep Almere figure against them.
//
// Run: npx tsx examples/almere-gezondheid-2024.ts
import { divide, formatAmount, parseAmount, percentageOf, type Cents, type Percentage } from "opkoers/money";
import { programmeShare, rollup, type BudgetDocument } from "opkoers/budget";

/** Total lasten and baten of Almere's begroting 2024 (primitief). TO BE CONFIRMED: not found in a citable source. */
export const ALMERE_TOTALS_2024: { readonly expenses: Cents; readonly revenue: Cents } | null = null;

/** The Gezondheid programme as published (× € 1.000). The seed gives programme totals only, so the taakveld split is not known: the one line is put on 7.1 Volksgezondheid for illustration. */
export const gezondheid2024: BudgetDocument = {
  municipality: "Almere",
  budgetYear: 2024,
  programmes: [{ code: "gezondheid", name: "Gezondheid" }],
  taakvelden: ["7.1"],
  phases: [{ id: "primitief", kind: "original", label: "Programmabegroting 2024" }],
  lines: [
    {
      programme: "gezondheid",
      taakveld: "7.1",
      year: 2024,
      phase: "primitief",
      expenses: parseAmount("46.634", { unit: "thousand" }),
      revenue: parseAmount("4.742", { unit: "thousand" }),
      nature: "structureel",
      description: "Programma Gezondheid, lasten en baten zoals gepubliceerd (× € 1.000)",
    },
  ],
  amendments: [],
};

/** The range of totals (in cents) for which `part` is `shown` percent (one decimal, halfUp): shown − 0,05 ≤ part/total < shown + 0,05. */
export function impliedTotalRange(part: Cents, shownTenthsOfPercent: number): { readonly above: Cents; readonly atMost: Cents } {
  // total > part × 1000 / (shown + 0,5)  and  total ≤ part × 1000 / (shown − 0,5), with shown in tenths of a percent.
  const above = divide(part, { numerator: 2 * shownTenthsOfPercent + 1, denominator: 2000 }, "down");
  const atMost = divide(part, { numerator: 2 * shownTenthsOfPercent - 1, denominator: 2000 }, "down");
  return { above, atMost };
}

const pct = (share: Percentage): string => (share.defined ? `${share.value.toFixed(share.decimals).replace(".", ",")} %` : "n.v.t.");

/** What the example shows: the amounts as published, and the shares or, without totals, the totals they imply. */
export interface AlmereGezondheid2024 {
  readonly lasten: string;
  readonly baten: string;
  readonly shares: { readonly lasten: string; readonly baten: string } | "totals to be confirmed";
  readonly impliedTotals: { readonly lasten: readonly [string, string]; readonly baten: readonly [string, string] };
  readonly omroepAlmereShare: string;
}

export function almereGezondheid2024(totals = ALMERE_TOTALS_2024): AlmereGezondheid2024 {
  const programme = rollup(gezondheid2024, { by: ["programme"], phases: ["primitief"], years: [2024] }).rows[0];
  if (programme === undefined) throw new Error("no lines");
  const thousand = (amount: Cents): string => formatAmount(amount, { unit: "thousand" });
  const lastenRange = impliedTotalRange(programme.expenses, 41);
  const batenRange = impliedTotalRange(programme.revenue, 4);
  let shares: AlmereGezondheid2024["shares"] = "totals to be confirmed";
  if (totals !== null) {
    const share = programmeShare(gezondheid2024, "gezondheid", { phases: ["primitief"], year: 2024, totals });
    shares = { lasten: pct(share.expensesShare), baten: pct(share.revenueShare) };
  }
  return {
    lasten: thousand(programme.expenses),
    baten: thousand(programme.revenue),
    shares,
    impliedTotals: {
      lasten: [thousand(lastenRange.above), thousand(lastenRange.atMost)],
      baten: [thousand(batenRange.above), thousand(batenRange.atMost)],
    },
    omroepAlmereShare: pct(percentageOf(programme.expenses, parseAmount("1.200.000", { unit: "thousand" }))),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = almereGezondheid2024();
  process.stdout.write(
    [
      "Almere, programmabegroting 2024 — Gezondheid (× € 1.000)",
      `  lasten ${r.lasten}   baten ${r.baten}`,
      typeof r.shares === "string"
        ? `  shares: ${r.shares} (totals of the begroting 2024 not found)`
        : `  lasten ${r.shares.lasten} of the total, baten ${r.shares.baten}`,
      `  the published 4,1 % implies total lasten above ${r.impliedTotals.lasten[0]} and at most ${r.impliedTotals.lasten[1]}`,
      `  the published 0,4 % implies total baten above ${r.impliedTotals.baten[0]} and at most ${r.impliedTotals.baten[1]}`,
      `  with Omroep Almere's "ongeveer € 1,2 miljard" the lasten share would be ${r.omroepAlmereShare}`,
      "",
    ].join("\n"),
  );
}
