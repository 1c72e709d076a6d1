import { expectTypeOf, test } from "vitest";
import { rawSchemas as raw } from "../../src/status/schemas.js";
import type { z } from "zod";
import * as status from "opkoers/status";

test("status schemas produce exactly the hand-written types", () => {
  expectTypeOf<z.output<typeof raw.LocalizedText>>().toEqualTypeOf<status.LocalizedText>();
  expectTypeOf<z.output<typeof raw.AnyStatus>>().toEqualTypeOf<status.AnyStatus>();
  expectTypeOf<z.output<typeof raw.StatusColour>>().toEqualTypeOf<status.StatusColour>();
  expectTypeOf<z.output<typeof raw.ScaleLevel>>().toEqualTypeOf<status.ScaleLevel>();
  expectTypeOf<z.output<typeof raw.StatusScale>>().toEqualTypeOf<status.StatusScale>();
});
