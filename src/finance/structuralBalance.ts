import { lineClassifier, type BudgetDocument, type BudgetLine, type Figures, type Reserve, type ReserveFigures, type TaakveldClassification } from "../budget/index.js";
import { joinList } from "../errors/_internal/joinList.js";
import type { Issue } from "../errors/Issue.js";
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
   * How reserve mutations count (GTK 2020 §7.2–7.3: reserve mutations are in
   * principle incidental; only withdrawals from a reserve that covers capital
   * charges for the whole afschrijvingstermijn count as structural):
   *
   * - `"gtk2020"` (default since 0.2.0): incidental, except a mutation marked
   *   `structureel` on a reserve declared with `coversCapitalCharges: true`;
   *   a `structureel` mark on any other reserve is ignored and reported in
   *   {@link BalanceYear.issues};
   * - `"incidental"`: every reserve mutation is incidental, whatever its mark;
   * - `"asMarked"` (the default before 0.2.0, not the GTK 2020 rule): a
   *   mutation counts as structural whenever its line is marked so; a mark
   *   on a reserve that does not cover capital charges is still reported.
   */
  readonly reserveMutations?: "gtk2020" | "incidental" | "asMarked";
  /** The reserves that lines name; default for a document its `reserves`, for plain lines none (so no reserve covers capital charges). */
  readonly reserves?: readonly Reserve[];
  /** The classification of the non-programme taakvelden; default `GENERAL_TAAKVELDEN` of opkoers/budget. Lines of the part `"result"` (taakveld 0.11) are left out. */
  readonly classification?: readonly TaakveldClassification[];
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
 * year?.determined; //=> false
 * year?.balanced; //=> false
 * year?.assessment.status; //=> "undetermined"
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
  /** Resultaat = all baten − all lasten, reserve mutations included, the resultaat booked on 0.11 left out (computed from the lines on its own); always structuralBalance + incidentalBalance. */
  readonly totalBalance: Cents;
  /** The sum of the corrections of this year. */
  readonly corrections: Cents;
  /** structuralBalance + corrections: the figure judged. */
  readonly judgedBalance: Cents;
  /**
   * Whether the year could be judged: false when the selection has no line of
   * the year (the resultaat on taakveld 0.11 left out). Such a year is never
   * balanced; its figures are zero and its status is `"undetermined"`.
   */
  readonly determined: boolean;
  /** Whether the year is determined and its judged structural balance is at least zero (structurele baten cover structurele lasten); false for an undetermined year. */
  readonly balanced: boolean;
  /** Reserve mutations marked `structureel` on a reserve that does not cover capital charges (code `structural_reserve_mutation`), one per reserve; path `[year, reserve]` (`"-"` when the line names none). */
  readonly issues: readonly Issue[];
  /** The assessment (rule `gtk2020.structuralBalance`): `"undetermined"` for a year without lines. */
  readonly assessment: Assessment<"balanced" | "notBalanced" | "undetermined">;
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
  readonly reserveMutations: "gtk2020" | "incidental" | "asMarked";
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
  marked: Map<string, bigint>;
  lines: number;
}

const RULE = "gtk2020.structuralBalance";

/**
 * Split the budget of each year into its structural and incidental part and
 * tell whether it is structureel in evenwicht: structurele baten − structurele
 * lasten (± structural reserve mutations) ≥ 0, per jaarschijf (Gemeentewet
 * art. 189 lid 2; GTK 2020 §7.1–7.3).
 *
 * Every line carries its nature (`structureel` / `incidenteel`). The
 * resultaat booked on taakveld 0.11 (Iv3 categorie 7.1, the balancing line
 * of every begroting read from an Iv3 delivery) is left out: it is not a
 * last or baat (CBS Iv3 definitions; bbv-domain §13), and counting it would
 * make every such begroting look balanced. The classification is the one
 * the overzicht van baten en lasten uses (`lineClassifier` of
 * opkoers/budget).
 *
 * Reserve mutations — lines on taakveld 0.10, toevoegingen as lasten,
 * onttrekkingen as baten — are split off and are incidental (GTK 2020
 * §7.2–7.3), except those marked `structureel` on a reserve declared with
 * `coversCapitalCharges: true` (a dekkingsreserve kapitaallasten that covers
 * the capital charges for the whole afschrijvingstermijn). A `structureel`
 * mark on any other reserve is ignored and reported as an issue of the year
 * (`reserveMutations: "asMarked"` counts it anyway, `"incidental"` never
 * counts a mark). The resultaat is computed from the lines on its own, and
 * always equals structural + incidental balance. Corrections (e.g. by the
 * provincie for an unworked taakstelling) change the judged balance, not the
 * totals.
 *
 * A year without any line in the selection (the resultaat on 0.11 left out)
 * is **not determined**: `determined: false`, `balanced: false`, status
 * `"undetermined"` — never "structureel in evenwicht" for want of figures.
 *
 * @param source - A budget document (default phases: the amended budget) or budget lines (default: all of them).
 * @param options - Years, phases, the reserve taakveld, how reserve mutations count, the reserves, the classification, corrections.
 * @returns Per year the structural and incidental figures, the balances, the issues and an assessment.
 * @throws {@link DomainError} `unknown_phase` – when a selected phase is not in the document.
 * @throws {@link DomainError} `invalid_amount` – when a line's or a correction's amount is not a whole number of cents.
 * @throws {@link DomainError} `invalid_period` – when a year is not a whole year.
 * @throws {@link DomainError} `invalid_option` – when an option, a reserve, the classification or a line's nature or taakveld is not allowed.
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
 *   line("0.11", 100, 0, "incidenteel"),   // the resultaat, booked to balance: left out
 * ];
 * const [y] = structuralBalance(lines).years;
 * y?.structuralBalance; //=> 10000
 * y?.incidentalBalance; //=> 0
 * y?.totalBalance; //=> 10000
 * y?.assessment.message.en; //=> "2025: structural revenue € 1,000.00 and structural expenses € 900.00 (reserve mutations € 0.00): structural balance € 100.00 — structurally balanced."
 *
 * // A structural mark on the algemene reserve does not close a deficit (GTK 2020):
 * const deficit = [line("6.1", 1100, 1000, "structureel"), line("0.10", 0, 100, "structureel", "AR")];
 * structuralBalance(deficit).years[0]?.structuralBalance; //=> -10000
 * structuralBalance(deficit).years[0]?.issues.map((i) => i.code); //=> ["structural_reserve_mutation"]
 * structuralBalance(deficit, { reserves: [{ code: "AR", name: "Dekkingsreserve", kind: "earmarked", coversCapitalCharges: true }] }).years[0]?.structuralBalance; //=> 0
 * ```
 *
 * @category Balance
 * @since 0.1.0
 */
export function structuralBalance(source: BudgetDocument | readonly BudgetLine[], options: StructuralBalanceOptions = {}): StructuralBalance {
  assertObject(options, "The options");
  const reserveTaakveld = options.reserveTaakveld ?? "0.10";
  if (typeof reserveTaakveld !== "string") fail("invalid_option", `reserveTaakveld must be a taakveld code string, but it is ${describe(reserveTaakveld)}.`, { option: "reserveTaakveld" });
  const reserveMutations = options.reserveMutations ?? "gtk2020";
  assertOneOf(reserveMutations, ["gtk2020", "incidental", "asMarked"], "reserveMutations");
  const partOf = lineClassifier(options.classification === undefined ? {} : { classification: options.classification });
  const lines = selectLines(source, options.phases, "The budget");
  const declared = options.reserves ?? (isDocument(source) ? source.reserves : undefined) ?? [];
  if (!Array.isArray(declared)) fail("invalid_option", `reserves must be an array of reserves, but it is ${describe(declared)}.`, { option: "reserves" });
  const capitalCharges = new Set<string>();
  declared.forEach((r: unknown, i) => {
    const reserve = r as Partial<Reserve> | null;
    if (typeof reserve !== "object" || reserve === null || typeof reserve.code !== "string") fail("invalid_option", `reserves[${i}] must be a reserve { code, name, kind }, but it is ${describe(r)}.`, { option: "reserves", index: i });
    if (reserve.coversCapitalCharges !== undefined && typeof reserve.coversCapitalCharges !== "boolean") {
      fail("invalid_option", `reserves[${i}].coversCapitalCharges must be true or false, but it is ${describe(reserve.coversCapitalCharges)}.`, { option: "reserves", index: i });
    }
    if (reserve.coversCapitalCharges === true) capitalCharges.add(reserve.code);
  });

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

  const acc = new Map<number, Acc>(years.map((year) => [year, { se: 0n, sr: 0n, ie: 0n, ir: 0n, sa: 0n, sw: 0n, ia: 0n, iw: 0n, total: 0n, marked: new Map(), lines: 0 }]));
  for (const line of lines) {
    const a = acc.get(line.year);
    if (a === undefined) continue;
    const isReserve = line.taakveld === reserveTaakveld;
    if (!isReserve && partOf(line) === "result") continue;
    a.lines += 1;
    const expenses = BigInt(line.expenses);
    const revenue = BigInt(line.revenue);
    a.total += revenue - expenses;
    const structural = line.nature === "structureel";
    if (isReserve) {
      const covers = typeof line.reserve === "string" && capitalCharges.has(line.reserve);
      if (structural && !covers) {
        const key = typeof line.reserve === "string" ? line.reserve : "-";
        a.marked.set(key, (a.marked.get(key) ?? 0n) + revenue - expenses);
      }
      if (structural && (reserveMutations === "asMarked" || (reserveMutations === "gtk2020" && covers))) {
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
  const given = options.corrections ?? [];
  if (!Array.isArray(given)) fail("invalid_option", `corrections must be an array, but it is ${describe(given)}.`, { option: "corrections" });
  given.forEach((c, i) => {
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
    // A year without a line (the resultaat on 0.11 left out) is not determined: nothing shows that it is balanced.
    const determined = a.lines > 0;
    const balanced = determined && judged >= 0n;
    const structuralRevenue = toCents(a.sr, at);
    const structuralExpenses = toCents(a.se, at);
    const reserveBalance = toCents(a.sw - a.sa, at);
    const sb = toCents(structuralBig, at);
    const judgedC = toCents(judged, at);
    const corr = toCents(correction, at);
    const corrNl = correction !== 0n ? `, correctie ${nlAmount(corr)}: beoordeeld saldo ${nlAmount(judgedC)}` : "";
    const corrEn = correction !== 0n ? `, correction ${enAmount(corr)}: judged balance ${enAmount(judgedC)}` : "";
    const counted = reserveMutations === "asMarked";
    const issues: Issue[] = [...a.marked.entries()]
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([reserve, amount]) => ({
        path: [year, reserve],
        code: "structural_reserve_mutation",
        message: `${year}: reserve mutations of ${enAmount(toCents(amount, at))} on ${reserve === "-" ? "no named reserve" : `reserve ${JSON.stringify(reserve)}`} are marked structureel, but only withdrawals from a reserve that covers capital charges for the whole afschrijvingstermijn count as structural (GTK 2020 §7.2–7.3; declare it with coversCapitalCharges: true); ${counted ? "counted as structural because reserveMutations is \"asMarked\"" : "counted as incidental"}.`,
      }));
    const issueNl = issues.length === 0 ? "" : ` Structureel gemarkeerde reservemutaties op ${joinList(issues.map((i) => (i.path[1] === "-" ? "een niet genoemde reserve" : `reserve ${String(i.path[1])}`)), "and", "nl")} ${counted ? "zijn als structureel meegeteld, maar dekken geen kapitaallasten" : "tellen als incidenteel: alleen een reserve die kapitaallasten dekt telt structureel"} (GTK 2020).`;
    const issueEn = issues.length === 0 ? "" : ` Reserve mutations marked structural on ${joinList(issues.map((i) => (i.path[1] === "-" ? "an unnamed reserve" : `reserve ${String(i.path[1])}`)), "and", "en")} ${counted ? "were counted as structural, but do not cover capital charges" : "count as incidental: only a reserve that covers capital charges counts as structural"} (GTK 2020).`;
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
      determined,
      balanced,
      issues,
      assessment: {
        status: !determined ? "undetermined" : balanced ? "balanced" : "notBalanced",
        ruleId: RULE,
        subject: String(year),
        inputs: { year, structuralRevenue, structuralExpenses, structuralReserveBalance: reserveBalance, corrections: corr, structuralMarksOnOtherReserves: issues.map((i) => i.path[1]) },
        thresholds: { minimumStructuralBalance: 0, reserveMutations, reserveTaakveld },
        message: !determined
          ? {
              nl: `${year}: geen begrotingsregels voor dit jaar — structureel evenwicht niet bepaald.`,
              en: `${year}: no budget lines for this year — structural balance not determined.`,
            }
          : {
              nl: `${year}: structurele baten ${nlAmount(structuralRevenue)} en structurele lasten ${nlAmount(structuralExpenses)} (reservemutaties ${nlAmount(reserveBalance)}): structureel saldo ${nlAmount(sb)}${corrNl} — ${balanced ? "structureel in evenwicht" : "niet structureel in evenwicht"}.${issueNl}`,
              en: `${year}: structural revenue ${enAmount(structuralRevenue)} and structural expenses ${enAmount(structuralExpenses)} (reserve mutations ${enAmount(reserveBalance)}): structural balance ${enAmount(sb)}${corrEn} — ${balanced ? "structurally balanced" : "not structurally balanced"}.${issueEn}`,
            },
        severity: !determined ? "warning" : balanced ? (issues.length > 0 ? "warning" : "info") : "error",
      },
    };
  });
  return { years: result, reserveTaakveld, reserveMutations };
}
