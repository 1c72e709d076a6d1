import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  add,
  allocate,
  cents,
  compare,
  CentsSchema,
  divide,
  euro,
  formatAmount,
  multiply,
  parseAmount,
  percentageOf,
  roundForPresentation,
  ROUNDING_MODES,
  RoundingModeSchema,
  sum,
  toEuroString,
  type Cents,
  type Percentage,
  type PresentationTable,
  type RoundingMode,
} from "opkoers/money";

describe("Cents is branded", () => {
  it("does not accept a plain number", () => {
    // @ts-expect-error a plain number is not an amount
    const amount: Cents = 12;
    // @ts-expect-error add takes amounts, not numbers
    add(1, 2);
    // @ts-expect-error sum takes amounts
    sum([1, 2]);
    expectTypeOf(amount).toEqualTypeOf<Cents>();
  });

  it("is still usable as a number", () => {
    expectTypeOf<Cents>().toMatchTypeOf<number>();
  });
});

describe("return types", () => {
  it("are amounts, strings and results", () => {
    expectTypeOf(cents).returns.toEqualTypeOf<Cents>();
    expectTypeOf(euro).returns.toEqualTypeOf<Cents>();
    expectTypeOf(add).returns.toEqualTypeOf<Cents>();
    expectTypeOf(sum).returns.toEqualTypeOf<Cents>();
    expectTypeOf(multiply).returns.toEqualTypeOf<Cents>();
    expectTypeOf(divide).returns.toEqualTypeOf<Cents>();
    expectTypeOf(allocate).returns.toEqualTypeOf<Cents[]>();
    expectTypeOf(parseAmount).returns.toEqualTypeOf<Cents>();
    expectTypeOf(formatAmount).returns.toEqualTypeOf<string>();
    expectTypeOf(toEuroString).returns.toEqualTypeOf<string>();
    expectTypeOf(compare).returns.toEqualTypeOf<-1 | 0 | 1>();
    expectTypeOf(percentageOf).returns.toEqualTypeOf<Percentage>();
    expectTypeOf(roundForPresentation).returns.toEqualTypeOf<PresentationTable>();
    expectTypeOf(ROUNDING_MODES).toEqualTypeOf<readonly RoundingMode[]>();
  });

  it("requires an explicit rounding mode", () => {
    // @ts-expect-error rounding is always explicit
    multiply(cents(1), 2);
    // @ts-expect-error not a rounding mode
    divide(cents(1), 2, "nearest");
  });
});

describe("schemas match the hand-written types", () => {
  it("pins z.output of each schema", () => {
    expectTypeOf<z.output<typeof CentsSchema>>().toEqualTypeOf<Cents>();
    expectTypeOf<z.input<typeof CentsSchema>>().toEqualTypeOf<number>();
    expectTypeOf<z.output<typeof RoundingModeSchema>>().toEqualTypeOf<RoundingMode>();
  });
});
