import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { groupThousands } from "../../src/money/_internal/groupThousands.js";

// formatAmount groups thousands by hand, so that a runtime without Dutch locale data (which would format
// "1,234") still writes "1.234". The oracle is Intl.NumberFormat("nl-NL") of Node's full ICU.
const dutch = new Intl.NumberFormat("nl-NL", { useGrouping: true, maximumFractionDigits: 0 });
const english = new Intl.NumberFormat("en-GB", { useGrouping: true, maximumFractionDigits: 0 });

describe("groupThousands", () => {
  it("puts a dot before every group of three digits from the right", () => {
    expect(groupThousands(0n)).toBe("0");
    expect(groupThousands(999n)).toBe("999");
    expect(groupThousands(1000n)).toBe("1.000");
    expect(groupThousands(46634000n)).toBe("46.634.000");
    expect(groupThousands(123456789012345678901234567890n)).toBe("123.456.789.012.345.678.901.234.567.890");
  });

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 30n })])("writes what Intl.NumberFormat('nl-NL') writes", (value) => {
    expect(groupThousands(value)).toBe(dutch.format(value));
  });

  test.prop([fc.maxSafeNat()])("takes a safe integer as a number, and another separator (en-GB's comma)", (value) => {
    expect(groupThousands(value)).toBe(dutch.format(value));
    expect(groupThousands(value, ",")).toBe(english.format(value));
  });
});
