import type { RoundingMode } from "../../money/index.js";
import type { Assessment, LocalizedText } from "../../status/index.js";
import { exactValueOf } from "./exactValueOf.js";
import { rateRatio, type Rating } from "../rateRatio.js";
import type { ExactValue, RatingScale } from "../types.js";
import { rational } from "./rational.js";

/** Shared by kengetallen and weerstandsvermogen: value, rating and assessment of numerator / denominator. */
export function rateQuotient<S extends string>(args: {
  readonly numerator: bigint;
  readonly denominator: bigint;
  readonly scale: RatingScale;
  readonly decimals: number;
  readonly rounding: RoundingMode;
  readonly boundaries: "asScale" | "better" | "worse";
  readonly rateOn: "exact" | "presented";
  readonly ruleId: string;
  readonly subject: string;
  readonly name: LocalizedText;
  readonly inputs: Readonly<Record<string, unknown>>;
}): { value: ExactValue; rating: Rating | null; assessment: Assessment<S | "undetermined"> } {
  const { numerator, denominator, scale } = args;
  const unitFactor = scale.unit === "percent" ? 100n : 1n;
  let value: ExactValue;
  let rating: Rating | null;
  if (denominator === 0n) {
    const sign = numerator > 0n ? 1 : numerator < 0n ? -1 : 0;
    value = { defined: false, reason: "zeroDenominator", sign };
    rating = sign === 0 ? null : rateRatio({ numerator: sign, denominator: 0 }, scale, { boundaries: args.boundaries });
  } else {
    const exact = rational(numerator * unitFactor, denominator);
    value = exactValueOf(exact, scale.unit, args.decimals, args.rounding);
    const rated = args.rateOn === "presented" && value.defined ? { numerator: BigInt(value.scaled), denominator: 10n ** BigInt(args.decimals) } : { numerator: exact.n, denominator: exact.d };
    rating = rateRatio(rated, scale, { boundaries: args.boundaries });
  }
  const unit = scale.unit === "percent" ? " %" : "";
  const bounds = (lang: "nl" | "en"): string =>
    (rating?.boundaries ?? scale.boundaries)
      .map((b, i) => {
        const cls = scale.classes[b.belongsTo === "better" ? i : i + 1]?.code ?? "?";
        const v = lang === "nl" ? b.value.replace(".", ",") : b.value;
        return lang === "nl" ? `${v}${unit} hoort bij ${cls}` : `${v}${unit} belongs to ${cls}`;
      })
      .join("; ");
  const shown = value.defined ? value.text : { nl: value.sign === 0 ? "niet te berekenen (0/0)" : "niet gedefinieerd (noemer 0)", en: value.sign === 0 ? "cannot be computed (0/0)" : "undefined (zero denominator)" };
  const status = (rating === null ? "undetermined" : rating.code) as S | "undetermined";
  const outcome = rating === null ? { nl: "geen oordeel", en: "no rating" } : { nl: `${rating.code} (${rating.label.nl})`, en: `${rating.code} (${rating.label.en})` };
  return {
    value,
    rating,
    assessment: {
      status,
      ruleId: args.ruleId,
      subject: args.subject,
      inputs: { ...args.inputs, numerator: String(numerator), denominator: String(denominator) },
      thresholds: { scale: scale.id, direction: scale.direction, boundaries: rating?.boundaries ?? scale.boundaries, placement: args.boundaries, rateOn: args.rateOn, decimals: args.decimals, rounding: args.rounding, source: scale.source },
      message: {
        nl: `${args.name.nl}: ${shown.nl} — ${outcome.nl} (grenzen: ${bounds("nl")}).`,
        en: `${args.name.en}: ${shown.en} — ${outcome.en} (boundaries: ${bounds("en")}).`,
      },
      severity: rating === null ? "warning" : rating.rank === 0 ? "info" : rating.rank === scale.classes.length - 1 ? "error" : "warning",
    },
  };
}
