import type { Cents } from "../money/index.js";
import type { Assessment } from "../status/index.js";
import { assertCents, assertObject, assertOneOf, assertYear } from "./_internal/assert.js";
import { describe, fail } from "./_internal/fail.js";
import { toCents } from "./_internal/lines.js";
import { enAmount, nlAmount } from "./_internal/text.js";
import type { YearAmount } from "./types.js";

/**
 * A measure that (partly) realises a taakstelling, with its yield per year.
 * `"decided"`: the raad has decided it (e.g. in a perspectiefnota), so it
 * counts as ingevuld; `"planned"`: worked out in a maatregelenplan but not
 * yet decided.
 *
 * @example
 * ```ts
 * import { parseAmount } from "opkoers/money";
 * import type { SavingsMeasure } from "opkoers/finance";
 *
 * const m: SavingsMeasure = { id: "pn2020", description: "Perspectiefnota 2020", state: "decided", amounts: [{ year: 2022, amount: parseAmount("2,72", { unit: "million" }) }] };
 * m.state; //=> "decided"
 * ```
 *
 * @category Multi-year
 * @since 0.1.0
 */
export interface SavingsMeasure {
  /** Stable id. */
  readonly id: string;
  /** What the measure is. */
  readonly description: string;
  /** Decided (counts as filled) or planned (worked out, not decided). */
  readonly state: "decided" | "planned";
  /** The yield per year (positive = saving); years not listed yield nothing. */
  readonly amounts: readonly YearAmount[];
}

/**
 * A taakstelling (savings target) and the measures that realise it.
 *
 * @example
 * ```ts
 * import { parseAmount } from "opkoers/money";
 * import type { SavingsTargetInput } from "opkoers/finance";
 *
 * const t: SavingsTargetInput = { id: "wmo-jeugd", description: "Taakstelling Wmo en Jeugd", target: parseAmount("7,52", { unit: "million" }), years: [2022], measures: [] };
 * t.target; //=> 752000000
 * ```
 *
 * @category Multi-year
 * @since 0.1.0
 */
export interface SavingsTargetInput {
  /** Stable id. */
  readonly id: string;
  /** What the target is. */
  readonly description: string;
  /** The target per year: one structural amount for every year, or a growth path per year (positive = saving to find). */
  readonly target: Cents | readonly YearAmount[];
  /** The years to report. */
  readonly years: readonly number[];
  /** The measures. */
  readonly measures: readonly SavingsMeasure[];
}

/**
 * The state of a taakstelling in one year; see {@link savingsTarget}.
 *
 * @example
 * ```ts
 * import type { SavingsTargetYear } from "opkoers/finance";
 *
 * const status: SavingsTargetYear["status"] = "partlyFilled";
 * status; //=> "partlyFilled"
 * ```
 *
 * @category Multi-year
 * @since 0.1.0
 */
export interface SavingsTargetYear {
  /** The year. */
  readonly year: number;
  /** The target. */
  readonly target: Cents;
  /** The yield of decided measures. */
  readonly decided: Cents;
  /** The yield of planned (not yet decided) measures. */
  readonly planned: Cents;
  /** target − decided: what still has to be found (negative = more than the target). */
  readonly remaining: Cents;
  /** target − decided − planned: what no measure covers yet. */
  readonly uncovered: Cents;
  /** `"filled"` (remaining ≤ 0), `"partlyFilled"` (some decided) or `"open"` (nothing decided). */
  readonly status: "filled" | "partlyFilled" | "open";
  /** The assessment (rule `gtk2020.savingsTarget`). */
  readonly assessment: Assessment<"filled" | "partlyFilled" | "open">;
}

const LABEL = {
  filled: { nl: "ingevuld", en: "filled" },
  partlyFilled: { nl: "gedeeltelijk ingevuld", en: "partly filled" },
  open: { nl: "niet ingevuld", en: "not filled" },
} as const;

/**
 * Follow a taakstelling (savings target) per year: the target, what decided
 * and planned measures yield, what remains and its status. Under the GTK
 * 2020 (§7.8) a taakstelling only supports a reëel evenwicht as far as it is
 * concretely filled: use `remaining` of decided measures as a correction of
 * the structural balance when judging it (see {@link structuralBalance}).
 *
 * @param input - The target, the years and the measures.
 * @returns One row per year, ascending, each with an assessment.
 * @throws {@link DomainError} `invalid_amount` – when an amount is not a whole number of cents.
 * @throws {@link DomainError} `invalid_period` – when a year is not a whole year.
 * @throws {@link DomainError} `invalid_option` – when a measure's state is unknown or the input is malformed.
 * @throws {@link DomainError} `amount_out_of_range` – when a total leaves ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { savingsTarget } from "opkoers/finance";
 *
 * const [y2025, y2026] = savingsTarget({
 *   id: "t", description: "Taakstelling", target: euro(1000000), years: [2025, 2026],
 *   measures: [
 *     { id: "a", description: "Minder inhuur", state: "decided", amounts: [{ year: 2025, amount: euro(400000) }, { year: 2026, amount: euro(1000000) }] },
 *     { id: "b", description: "Nieuw contract", state: "planned", amounts: [{ year: 2025, amount: euro(300000) }] },
 *   ],
 * });
 * y2025?.remaining; //=> 60000000
 * y2025?.uncovered; //=> 30000000
 * y2025?.status; //=> "partlyFilled"
 * y2026?.status; //=> "filled"
 * y2025?.assessment.message.nl; //=> "Taakstelling 2025: € 1.000.000,00; besloten maatregelen € 400.000,00, geplande maatregelen € 300.000,00; resteert € 600.000,00 — gedeeltelijk ingevuld."
 * ```
 *
 * @category Multi-year
 * @since 0.1.0
 */
export function savingsTarget(input: SavingsTargetInput): readonly SavingsTargetYear[] {
  assertObject(input, "The input");
  if (!Array.isArray(input.years)) fail("invalid_option", `years must be an array, but it is ${describe(input.years)}.`, { option: "years" });
  if (!Array.isArray(input.measures)) fail("invalid_option", `measures must be an array, but it is ${describe(input.measures)}.`, { option: "measures" });
  const targets = new Map<number, bigint>();
  let constant: bigint | null = null;
  if (Array.isArray(input.target)) {
    input.target.forEach((item: YearAmount, i: number) => {
      assertYear(item?.year, `target[${i}].year`);
      assertCents(item.amount, `target[${i}].amount`);
      targets.set(item.year, (targets.get(item.year) ?? 0n) + BigInt(item.amount));
    });
  } else {
    assertCents(input.target, "target");
    constant = BigInt(input.target);
  }
  const decided = new Map<number, bigint>();
  const planned = new Map<number, bigint>();
  input.measures.forEach((m, i) => {
    assertObject(m, `measures[${i}]`);
    assertOneOf(m.state, ["decided", "planned"], `measures[${i}].state`);
    if (!Array.isArray(m.amounts)) fail("invalid_option", `measures[${i}].amounts must be an array, but it is ${describe(m.amounts)}.`, { option: `measures[${i}].amounts` });
    const into = m.state === "decided" ? decided : planned;
    m.amounts.forEach((a: YearAmount, j: number) => {
      assertYear(a?.year, `measures[${i}].amounts[${j}].year`);
      assertCents(a.amount, `measures[${i}].amounts[${j}].amount`);
      into.set(a.year, (into.get(a.year) ?? 0n) + BigInt(a.amount));
    });
  });
  input.years.forEach((year, i) => assertYear(year, `years[${i}]`));
  const years = [...new Set(input.years)].sort((a, b) => a - b);
  return years.map((year): SavingsTargetYear => {
    const at = `the taakstelling ${String(input.id)} in ${year}`;
    const target = constant ?? targets.get(year) ?? 0n;
    const d = decided.get(year) ?? 0n;
    const p = planned.get(year) ?? 0n;
    const remaining = target - d;
    const status = remaining <= 0n ? "filled" : d > 0n ? "partlyFilled" : "open";
    const [t, dc, pc, rc, uc] = [target, d, p, remaining, remaining - p].map((v) => toCents(v, at)) as [Cents, Cents, Cents, Cents, Cents];
    return {
      year,
      target: t,
      decided: dc,
      planned: pc,
      remaining: rc,
      uncovered: uc,
      status,
      assessment: {
        status,
        ruleId: "gtk2020.savingsTarget",
        subject: `${String(input.id)}.${year}`,
        inputs: { target: t, decided: dc, planned: pc },
        thresholds: { filledWhenRemainingAtMost: 0 },
        message: {
          nl: `${input.description} ${year}: ${nlAmount(t)}; besloten maatregelen ${nlAmount(dc)}, geplande maatregelen ${nlAmount(pc)}; resteert ${nlAmount(rc)} — ${LABEL[status].nl}.`,
          en: `${input.description} ${year} (savings target): ${enAmount(t)}; decided measures ${enAmount(dc)}, planned measures ${enAmount(pc)}; remaining ${enAmount(rc)} — ${LABEL[status].en}.`,
        },
        severity: status === "filled" ? "info" : "warning",
      },
    };
  });
}
