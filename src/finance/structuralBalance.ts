import type { BudgetDocument, BudgetLine, Figures, ReserveFigures } from "../budget/index.js";
import type { Cents } from "../money/index.js";
import type { Assessment } from "../status/index.js";
import { assertCents, assertObject, assertOneOf, assertYear } from "./_internal/assert.js";
import { describe, fail } from "./_internal/fail.js";
import { isDocument, selectLines, toCents } from "./_internal/lines.js";
import { enAmount, nlAmount } from "./_internal/text.js";

/**
 * A correction the provincie (or the municipality itself) makes to the
 * structural balance when judging it — an algemene taakstelling that is not
 * worked out, an algemene-uitkering development not yet processed, too
 * optimistic assumptions (bbv-domain §7). Negative worsens the balance.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { BalanceCorrection } from "opkoers/finance";
 *
 * const c: BalanceCorrection = { year: 2025, amount: euro(-500000), description: "Taakstelling niet concreet ingevuld" };
 * c.amount; //=> -50000000
 * ```
 *
 * @category Balance
 * @since 0.1.0
 */
export interface BalanceCorrection {
  /** The jaarschijf corrected. */
  readonly year: number;
  /** The correction of the structural balance in cents (negative = worse). */
  readonly amount: Cents;
  /** Why. */
  readonly description: string;
}

/**
 * Options for {@link structuralBalance}.
 *
 * @example
 * ```ts
 * import type { StructuralBalanceOptions } from "opkoers/finance";
 *
 * const options: StructuralBalanceOptions = { years: [2025, 2026, 2027, 2028], reserveMutations: "incidental" };
 * options.years?.length; //=> 4
 * ```
 *
 * @category Balance
 * @since 0.1.0
 */
export interface StructuralBalanceOptions {
  /** The years; default for a document the begrotingsjaar t and t+1..t+3, for lines every year they contain (ascending). */
  readonly years?: readonly number[];
  /** The phases; default for a document the amended budget (original + adopted amendments), for lines all lines. */
  readonly phases?: readonly string[];
  /** The taakveld of reserve mutations (toevoegingen as lasten, onttrekkingen as baten); default `"0.10"`. */
  readonly reserveTaakveld?: string;
  /**
   * `"asMarked"` (default): a reserve mutation counts as structural when its
   * line is marked `structureel` — which the GTK 2020 allows for e.g.
   * onttrekkingen from a dekkingsreserve kapitaallasten over the whole
   * afschrijvingstermijn (§7.3); `"incidental"`: every reserve mutation is
   * incidental, whatever its mark.
   */
  readonly reserveMutations?: "asMarked" | "incidental";
  /** Corrections of the structural balance per year, applied when judging evenwicht (not to the totals). */
  readonly corrections?: readonly BalanceCorrection[];
}

/**
 * The structural balance of one year; see {@link structuralBalance}.
 *
 * @example
 * ```ts
 * import { structuralBalance, type BalanceYear } from "opkoers/finance";
 *
 * const year: BalanceYear | undefined = structuralBalance([], { years: [2025] }).years[0];
 * year?.balanced; //=> true
 * ```
 *
 * @category Balance
 * @since 0.1.0
 */
export interface BalanceYear {
  /** The year. */
  readonly year: number;
  /** Structural lasten, baten and saldo, without reserve mutations. */
  readonly structural: Figures;
  /** Incidental lasten, baten and saldo, without reserve mutations. */
  readonly incidental: Figures;
  /** Structural reserve mutations (toevoegingen, onttrekkingen, onttrekkingen − toevoegingen). */
  readonly structuralReserves: ReserveFigures;
  /** Incidental reserve mutations. */
  readonly incidentalReserves: ReserveFigures;
  /** Structureel saldo = structural saldo + structural reserve mutations. */
  readonly structuralBalance: Cents;
  /** Incidenteel saldo = incidental saldo + incidental reserve mutations. */
  readonly incidentalBalance: Cents;
  /** Resultaat = all baten − all lasten, reserve mutations included (computed from the lines on its own); always structuralBalance + incidentalBalance. */
  readonly totalBalance: Cents;
  /** The sum of the corrections of this year. */
  readonly corrections: Cents;
  /** structuralBalance + corrections: the figure judged. */
  readonly judgedBalance: Cents;
  /** Whether the judged structural balance is at least zero (structurele baten cover structurele lasten). */
  readonly balanced: boolean;
  /** The assessment (rule `gtk2020.structuralBalance`). */
  readonly assessment: Assessment<"balanced" | "notBalanced">;
}

/**
 * The result of {@link structuralBalance}: one {@link BalanceYear} per year,
 * ascending, and the options used.
 *
 * @example
 * ```ts
 * import { structuralBalance, type StructuralBalance } from "opkoers/finance";
 *
 * const result: StructuralBalance = structuralBalance([], { years: [2025, 2026] });
 * result.years.map((y) => y.year); //=> [2025, 2026]
 * ```
 *
 * @category Balance
 * @since 0.1.0
 */
export interface StructuralBalance {
  /** Per year, ascending. */
  readonly years: readonly BalanceYear[];
  /** The taakveld that was treated as reserve mutations. */
  readonly reserveTaakveld: string;
  /** How reserve mutations were classified. */
  readonly reserveMutations: "asMarked" | "incidental";
}

interface Acc {
  se: bigint;
  sr: bigint;
  ie: bigint;
  ir: bigint;
  sa: bigint;
  sw: bigint;
  ia: bigint;
  iw: bigint;
  total: bigint;
}

const RULE = "gtk2020.structuralBalance";

/**
 * Split the budget of each year into its structural and incidental part and
 * tell whether it is structureel in evenwicht: structurele baten − structurele
 * lasten (± structural reserve mutations) ≥ 0, per jaarschijf (Gemeentewet
 * art. 189 lid 2; GTK 2020 §7.1–7.3).
 *
 * Every line carries its nature (`structureel` / `incidenteel`). Reserve
 * mutations — lines on taakveld 0.10, toevoegingen as lasten, onttrekkingen
 * as baten — are split off: by default they count as structural only when
 * marked so (the GTK allows it for a dekkingsreserve kapitaallasten); with
 * `reserveMutations: "incidental"` none does. The resultaat is computed from
 * all lines on its own, and always equals structural + incidental balance.
 * Corrections (e.g. by the provincie for an unworked taakstelling) change the
 * judged balance, not the totals.
 *
 * @param source - A budget document (default phases: the amended budget) or budget lines (default: all of them).
 * @param options - Years, phases, the reserve taakveld, how reserve mutations count, corrections.
 * @returns Per year the structural and incidental figures, the balances and an assessment.
 * @throws {@link DomainError} `unknown_phase` – when a selected phase is not in the document.
 * @throws {@link DomainError} `invalid_amount` – when a line's or a correction's amount is not a whole number of cents.
 * @throws {@link DomainError} `invalid_period` – when a year is not a whole year.
 * @throws {@link DomainError} `invalid_option` – when an option or a line's nature is not allowed.
 * @throws {@link DomainError} `amount_out_of_range` – when a total leaves ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { BudgetLine } from "opkoers/budget";
 * import { structuralBalance } from "opkoers/finance";
 *
 * const line = (taakveld: string, expenses: number, revenue: number, nature: "structureel" | "incidenteel", reserve?: string): BudgetLine => ({
 *   programme: "p", taakveld, year: 2025, phase: "primitief", expenses: euro(expenses), revenue: euro(revenue), nature, ...(reserve ? { reserve } : {}),
 * });
 * const lines = [
 *   line("0.7", 0, 1000, "structureel"),   // algemene uitkering
 *   line("6.1", 900, 0, "structureel"),
 *   line("6.1", 300, 0, "incidenteel"),    // a one-off project
 *   line("0.10", 0, 300, "incidenteel", "AR"), // covered from the algemene reserve
 * ];
 * const [y] = structuralBalance(lines).years;
 * y?.structuralBalance; //=> 10000
 * y?.incidentalBalance; //=> 0
 * y?.totalBalance; //=> 10000
 * y?.assessment.message.en; //=> "2025: structural revenue € 1,000.00 and structural expenses € 900.00 (reserve mutations € 0.00): structural balance € 100.00 — structurally balanced."
 * ```
 *
 * @category Balance
 * @since 0.1.0
 */
export function structuralBalance(source: BudgetDocument | readonly BudgetLine[], options: StructuralBalanceOptions = {}): StructuralBalance {
  assertObject(options, "The options");
  const reserveTaakveld = options.reserveTaakveld ?? "0.10";
  if (typeof reserveTaakveld !== "string") fail("invalid_option", `reserveTaakveld must be a taakveld code string, but it is ${describe(reserveTaakveld)}.`, { option: "reserveTaakveld" });
  const reserveMutations = options.reserveMutations ?? "asMarked";
  assertOneOf(reserveMutations, ["asMarked", "incidental"], "reserveMutations");
  const lines = selectLines(source, options.phases, "The budget");

  let years: number[];
  if (options.years !== undefined) {
    if (!Array.isArray(options.years)) fail("invalid_option", `years must be an array of years, but it is ${describe(options.years)}.`, { option: "years" });
    options.years.forEach((year, i) => assertYear(year, `years[${i}]`));
    years = [...new Set(options.years)].sort((a, b) => a - b);
  } else if (isDocument(source)) {
    assertYear(source.budgetYear, "The document's budgetYear");
    years = [0, 1, 2, 3].map((k) => source.budgetYear + k);
  } else {
    years = [...new Set(lines.map((line) => line.year))].sort((a, b) => a - b);
  }

  const acc = new Map<number, Acc>(years.map((year) => [year, { se: 0n, sr: 0n, ie: 0n, ir: 0n, sa: 0n, sw: 0n, ia: 0n, iw: 0n, total: 0n }]));
  for (const line of lines) {
    const a = acc.get(line.year);
    if (a === undefined) continue;
    const expenses = BigInt(line.expenses);
    const revenue = BigInt(line.revenue);
    a.total += revenue - expenses;
    const structural = line.nature === "structureel";
    if (line.taakveld === reserveTaakveld) {
      if (structural && reserveMutations === "asMarked") {
        a.sa += expenses;
        a.sw += revenue;
      } else {
        a.ia += expenses;
        a.iw += revenue;
      }
    } else if (structural) {
      a.se += expenses;
      a.sr += revenue;
    } else {
      a.ie += expenses;
      a.ir += revenue;
    }
  }

  const corrections = new Map<number, bigint>();
  (options.corrections ?? []).forEach((c, i) => {
    assertObject(c, `corrections[${i}]`);
    assertYear(c.year, `corrections[${i}].year`);
    assertCents(c.amount, `corrections[${i}].amount`);
    corrections.set(c.year, (corrections.get(c.year) ?? 0n) + BigInt(c.amount));
  });

  const result = years.map((year): BalanceYear => {
    const a = acc.get(year) as Acc;
    const at = `the structural balance of ${year}`;
    const figures = (e: bigint, r: bigint): Figures => ({ expenses: toCents(e, at), revenue: toCents(r, at), balance: toCents(r - e, at) });
    const reserves = (add: bigint, wd: bigint): ReserveFigures => ({ additions: toCents(add, at), withdrawals: toCents(wd, at), balance: toCents(wd - add, at) });
    const structuralBig = a.sr - a.se + (a.sw - a.sa);
    const correction = corrections.get(year) ?? 0n;
    const judged = structuralBig + correction;
    const balanced = judged >= 0n;
    const structuralRevenue = toCents(a.sr, at);
    const structuralExpenses = toCents(a.se, at);
    const reserveBalance = toCents(a.sw - a.sa, at);
    const sb = toCents(structuralBig, at);
    const judgedC = toCents(judged, at);
    const corr = toCents(correction, at);
    const corrNl = correction !== 0n ? `, correctie ${nlAmount(corr)}: beoordeeld saldo ${nlAmount(judgedC)}` : "";
    const corrEn = correction !== 0n ? `, correction ${enAmount(corr)}: judged balance ${enAmount(judgedC)}` : "";
    return {
      year,
      structural: figures(a.se, a.sr),
      incidental: figures(a.ie, a.ir),
      structuralReserves: reserves(a.sa, a.sw),
      incidentalReserves: reserves(a.ia, a.iw),
      structuralBalance: sb,
      incidentalBalance: toCents(a.ir - a.ie + (a.iw - a.ia), at),
      totalBalance: toCents(a.total, at),
      corrections: corr,
      judgedBalance: judgedC,
      balanced,
      assessment: {
        status: balanced ? "balanced" : "notBalanced",
        ruleId: RULE,
        subject: String(year),
        inputs: { year, structuralRevenue, structuralExpenses, structuralReserveBalance: reserveBalance, corrections: corr },
        thresholds: { minimumStructuralBalance: 0, reserveMutations, reserveTaakveld },
        message: {
          nl: `${year}: structurele baten ${nlAmount(structuralRevenue)} en structurele lasten ${nlAmount(structuralExpenses)} (reservemutaties ${nlAmount(reserveBalance)}): structureel saldo ${nlAmount(sb)}${corrNl} — ${balanced ? "structureel in evenwicht" : "niet structureel in evenwicht"}.`,
          en: `${year}: structural revenue ${enAmount(structuralRevenue)} and structural expenses ${enAmount(structuralExpenses)} (reserve mutations ${enAmount(reserveBalance)}): structural balance ${enAmount(sb)}${corrEn} — ${balanced ? "structurally balanced" : "not structurally balanced"}.`,
        },
        severity: balanced ? "info" : "error",
      },
    };
  });
  return { years: result, reserveTaakveld, reserveMutations };
}
