import type { z } from "zod";
import type { Deadline, DeadlineKind, DeadlineKindSchema, DeadlineSchema, IsoDate, IsoDateSchema, Period, PeriodCode, PeriodCodeSchema, PeriodKind, PeriodKindSchema, PeriodSchema } from "opkoers/calendar";
import { parsePeriod, pcDeadlines, periodContaining } from "opkoers/calendar";
import { describe, expectTypeOf, it } from "vitest";

describe("calendar types", () => {
  it("pins each schema's output to its hand-written type", () => {
    expectTypeOf<z.output<typeof IsoDateSchema>>().toEqualTypeOf<IsoDate>();
    expectTypeOf<z.output<typeof PeriodCodeSchema>>().toEqualTypeOf<PeriodCode>();
    expectTypeOf<z.output<typeof PeriodKindSchema>>().toEqualTypeOf<PeriodKind>();
    expectTypeOf<z.output<typeof PeriodSchema>>().toEqualTypeOf<Period>();
    expectTypeOf<z.output<typeof DeadlineKindSchema>>().toEqualTypeOf<DeadlineKind>();
    expectTypeOf<z.output<typeof DeadlineSchema>>().toEqualTypeOf<Deadline>();
  });

  it("keeps periods and deadlines readonly", () => {
    expectTypeOf(parsePeriod("2024")).toEqualTypeOf<Period>();
    expectTypeOf<Period>().toHaveProperty("index").toEqualTypeOf<number>();
    // @ts-expect-error a Period is readonly
    parsePeriod("2024").index = 2;
    expectTypeOf(pcDeadlines(2025)).toEqualTypeOf<Deadline[]>();
    expectTypeOf(periodContaining).parameter(1).toEqualTypeOf<PeriodKind>();
    expectTypeOf<Deadline["kind"]>().toEqualTypeOf<"begroting" | "jaarstukken" | "iv3" | "custom">();
  });
});
