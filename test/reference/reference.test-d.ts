import { expectTypeOf, test } from "vitest";
import {
  BOEKJAREN,
  isBoekjaar,
  isForbiddenCombination,
  mapTaakveld,
  taakveldenOf,
  type Boekjaar,
  type Combination,
  type Taakveld,
  type TaakveldMappingKind,
} from "opkoers/reference";

test("look-ups return readonly data", () => {
  expectTypeOf(taakveldenOf(2024)).toEqualTypeOf<readonly Taakveld[]>();
  expectTypeOf<Taakveld["code"]>().toEqualTypeOf<string>();
  // @ts-expect-error the lists are read-only
  taakveldenOf(2024).push({ code: "x", label: "x", hoofdtaakveld: "0", bookable: true });
  expectTypeOf(BOEKJAREN).toEqualTypeOf<readonly Boekjaar[]>();
});

test("isBoekjaar narrows a number", () => {
  const year: number = 2024;
  if (isBoekjaar(year)) expectTypeOf(year).toEqualTypeOf<Boekjaar>();
});

test("a combination names a taakveld for lasten/baten and a balanscode for the balance tables", () => {
  expectTypeOf(isForbiddenCombination).parameter(0).toEqualTypeOf<Combination>();
  // @ts-expect-error a lasten cell has a taakveld, not a balanscode
  isForbiddenCombination({ side: "lasten", balanscode: "A23", categorie: "1.1" }, 2026);
  expectTypeOf(mapTaakveld("6.71", 2022, 2023).kind).toEqualTypeOf<TaakveldMappingKind>();
});
