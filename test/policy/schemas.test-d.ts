import { expectTypeOf, test } from "vitest";
import { rawSchemas as raw } from "../../src/policy/schemas.js";
import type { z } from "zod";
import * as policy from "opkoers/policy";
import type * as P from "opkoers/policy";

// Each hand-written type is pinned to the output of its schema: a field added to one and not the
// other, an optional that became required, or a lost readonly makes this file fail to type-check.
test("policy schemas produce exactly the hand-written types", () => {
  expectTypeOf<z.output<typeof raw.IndicatorKind>>().toEqualTypeOf<P.IndicatorKind>();
  expectTypeOf<z.output<typeof raw.IndicatorUnit>>().toEqualTypeOf<P.IndicatorUnit>();
  expectTypeOf<z.output<typeof raw.Direction>>().toEqualTypeOf<P.Direction>();
  expectTypeOf<z.output<typeof raw.Accumulation>>().toEqualTypeOf<P.Accumulation>();
  expectTypeOf<z.output<typeof raw.MeasurementValue>>().toEqualTypeOf<P.MeasurementValue>();
  expectTypeOf<z.output<typeof raw.Measurement>>().toEqualTypeOf<P.Measurement>();
  expectTypeOf<z.output<typeof raw.Baseline>>().toEqualTypeOf<P.Baseline>();
  expectTypeOf<z.output<typeof raw.Target>>().toEqualTypeOf<P.Target>();
  expectTypeOf<z.output<typeof raw.TrajectoryPoint>>().toEqualTypeOf<P.TrajectoryPoint>();
  expectTypeOf<z.output<typeof raw.Indicator>>().toEqualTypeOf<P.Indicator>();
  expectTypeOf<z.output<typeof raw.Horizon>>().toEqualTypeOf<P.Horizon>();
  expectTypeOf<z.output<typeof raw.ReportedStatus>>().toEqualTypeOf<P.ReportedStatus>();
  expectTypeOf<z.output<typeof raw.GoalWeight>>().toEqualTypeOf<P.GoalWeight>();
  expectTypeOf<z.output<typeof raw.Goal>>().toEqualTypeOf<P.Goal>();
  expectTypeOf<z.output<typeof raw.ActivityKind>>().toEqualTypeOf<P.ActivityKind>();
  expectTypeOf<z.output<typeof raw.LifecycleState>>().toEqualTypeOf<P.LifecycleState>();
  expectTypeOf<z.output<typeof raw.Lifecycle>>().toEqualTypeOf<P.Lifecycle>();
  expectTypeOf<z.output<typeof raw.Milestone>>().toEqualTypeOf<P.Milestone>();
  expectTypeOf<z.output<typeof raw.DateRevision>>().toEqualTypeOf<P.DateRevision>();
  expectTypeOf<z.output<typeof raw.Evaluation>>().toEqualTypeOf<P.Evaluation>();
  expectTypeOf<z.output<typeof raw.BudgetLink>>().toEqualTypeOf<P.BudgetLink>();
  expectTypeOf<z.output<typeof raw.Activity>>().toEqualTypeOf<P.Activity>();
  expectTypeOf<z.output<typeof raw.ProgrammeFinances>>().toEqualTypeOf<P.ProgrammeFinances>();
  expectTypeOf<z.output<typeof raw.SubProgramme>>().toEqualTypeOf<P.SubProgramme>();
  expectTypeOf<z.output<typeof raw.Programme>>().toEqualTypeOf<P.Programme>();
  expectTypeOf<z.output<typeof raw.Municipality>>().toEqualTypeOf<P.Municipality>();
  expectTypeOf<z.output<typeof raw.DocumentType>>().toEqualTypeOf<P.DocumentType>();
  expectTypeOf<z.output<typeof raw.Begroting>>().toEqualTypeOf<P.Begroting>();
  expectTypeOf<z.output<typeof raw.Bestuursrapportage>>().toEqualTypeOf<P.Bestuursrapportage>();
  expectTypeOf<z.output<typeof raw.Jaarverslag>>().toEqualTypeOf<P.Jaarverslag>();
  expectTypeOf<z.output<typeof raw.PlanningDocument>>().toEqualTypeOf<P.PlanningDocument>();
});

test("parsePlanningDocument returns a ParseResult of PlanningDocument", () => {
  expectTypeOf(policy.parsePlanningDocument).returns.toEqualTypeOf<import("opkoers").ParseResult<P.PlanningDocument>>();
});
