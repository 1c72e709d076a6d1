import { expectTypeOf, test } from "vitest";
import type { z } from "zod";
import type { AmendmentSchema, BudgetDocumentSchema, BudgetLineSchema, MutationSchema, PhaseSchema, ReserveSchema } from "opkoers/budget";
import type { Amendment, BudgetDocument, BudgetLine, Mutation, Phase, Reserve } from "opkoers/budget";

test("schemas produce exactly the hand-written types", () => {
  expectTypeOf<z.output<typeof BudgetDocumentSchema>>().toEqualTypeOf<BudgetDocument>();
  expectTypeOf<z.output<typeof BudgetLineSchema>>().toEqualTypeOf<BudgetLine>();
  expectTypeOf<z.output<typeof MutationSchema>>().toEqualTypeOf<Mutation>();
  expectTypeOf<z.output<typeof AmendmentSchema>>().toEqualTypeOf<Amendment>();
  expectTypeOf<z.output<typeof PhaseSchema>>().toEqualTypeOf<Phase>();
  expectTypeOf<z.output<typeof ReserveSchema>>().toEqualTypeOf<Reserve>();
});
